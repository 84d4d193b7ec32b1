import { sValidator } from '@hono/standard-validator';
import { MAX_AUDIO_BYTES, TextCaptureSchema, VoiceNoteSchema } from '@voicetrack/shared';
import { Hono } from 'hono';
import { sniffAudio } from '../capture/audio-sniff.ts';
import { type CaptureDeps, processCapture } from '../capture/process-capture.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { BODY_LIMITS } from '../http/body-limits.ts';
import { refusalError } from '../http/refusal.ts';
import { limitBody, multipartForm, strictJson, tooLarge, valid, validationFailed } from '../http/validate.ts';
import type { Counter } from '../observe/metrics.ts';

const MAX_PARTS = 12;

/** The voice note's form: a missing or textual `audio` is named as such, other fields as usual. */
const voiceForm = sValidator('form', VoiceNoteSchema, (result) => {
  if (result.success) return;
  const audio = (result.data as Record<string, unknown>).audio;
  if (Array.isArray(audio)) throw new ApiError(400, 'validation_failed', 'audio must be sent once.');
  if (!(audio instanceof File)) {
    throw new ApiError(
      400,
      'missing_audio',
      audio === undefined ? 'The note has no `audio` file.' : '`audio` must be a file, not text.',
    );
  }
  throw validationFailed(result.error);
});

const EARLIEST = Date.UTC(2000, 0, 1);
const YEAR_MS = 366 * 24 * 3600 * 1000;

/** A note recorded before 2000 or after next year is a broken clock or a probe: refused. */
export function saneRecordedAt(recordedAt: string, now = Date.now()): void {
  const t = Date.parse(recordedAt);
  if (t < EARLIEST || t > now + YEAR_MS) {
    throw new ApiError(400, 'validation_failed', 'recordedAt: must be between the year 2000 and next year', {
      details: [{ path: 'recordedAt', message: 'must be between the year 2000 and next year' }],
    });
  }
}

/**
 * POST /voice (multipart: the audio, and the browser's own words when it heard any) and POST /text
 * (JSON): both end in one idempotent capture.
 */
export function captureRoutes(deps: CaptureDeps, notes: Counter) {
  const counted = (source: 'voice' | 'text', created: boolean, status: string) => {
    if (created) notes.inc({ source, outcome: status });
  };
  return new Hono<AppEnv>()
    .post(
      '/voice',
      limitBody(BODY_LIMITS.voice.maxSize, BODY_LIMITS.voice.what),
      multipartForm(MAX_PARTS),
      voiceForm,
      async (c) => {
        // transcriptSource can only say "browser": the words are the browser's either way.
        const { audio, transcript, transcriptSource: _source, ...meta } = c.req.valid('form');
        saneRecordedAt(meta.recordedAt);
        if (audio.size === 0) throw new ApiError(400, 'empty_audio', 'The audio file is empty.');
        if (audio.size > MAX_AUDIO_BYTES) tooLarge('The audio', MAX_AUDIO_BYTES);
        const bytes = new Uint8Array(await audio.arrayBuffer());
        const kind = sniffAudio(bytes);
        if (!kind) {
          throw new ApiError(
            415,
            'unsupported_audio',
            'The file is not audio this server can read (webm, mp4/m4a, ogg, wav, mp3 or flac).',
          );
        }
        const capture = await processCapture(deps, c.get('owner'), {
          ...meta,
          input: {
            kind: 'voice',
            audio: { bytes, mimeType: kind.mimeType, fileName: `note.${kind.extension}` },
            browserWords: transcript,
          },
        });
        if (capture.kind === 'refused') throw refusalError(capture);
        counted('voice', capture.created, capture.result.status);
        return c.json(capture.result, capture.created ? 201 : 200);
      },
    )
    .post(
      '/text',
      limitBody(BODY_LIMITS.json.maxSize, BODY_LIMITS.json.what),
      strictJson,
      valid('json', TextCaptureSchema),
      async (c) => {
        const { text, ...meta } = c.req.valid('json');
        saneRecordedAt(meta.recordedAt);
        const capture = await processCapture(deps, c.get('owner'), {
          ...meta,
          input: { kind: 'text', text },
        });
        if (capture.kind === 'refused') throw refusalError(capture);
        counted('text', capture.created, capture.result.status);
        return c.json(capture.result, capture.created ? 201 : 200);
      },
    );
}
