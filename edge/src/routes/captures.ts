import { MAX_AUDIO_BYTES, TextCaptureSchema, VoiceFieldsSchema } from '@voicetrack/shared';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type CaptureDeps, processCapture } from '../capture/process-capture.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { sniffAudio } from '../http/audio-sniff.ts';
import { parseWith, readJson } from '../http/validate.ts';
import type { Counter } from '../observe/metrics.ts';

const MAX_TEXT_BODY = 64 * 1024;
/** The audio plus the few text fields and multipart framing. */
const MAX_VOICE_BODY = MAX_AUDIO_BYTES + 64 * 1024;
const MAX_PARTS = 12;

const tooLarge = (what: string, max: number) => () => {
  throw new ApiError(
    413,
    'payload_too_large',
    `${what} must be at most ${Math.round(max / 1024 / 1024)} MB.`,
  );
};

/** POST /voice (multipart) and POST /text (JSON): both end in one idempotent capture. */
export function captureRoutes(deps: CaptureDeps, notes: Counter) {
  const counted = (source: 'voice' | 'text', created: boolean, status: string) => {
    if (created) notes.inc({ source, outcome: status });
  };
  return new Hono<AppEnv>()
    .post(
      '/voice',
      // Counts bytes as they stream in and stops at the limit: a 1 GB upload is never buffered.
      bodyLimit({ maxSize: MAX_VOICE_BODY, onError: tooLarge('The audio', MAX_AUDIO_BYTES) }),
      async (c) => {
        const type = c.req.header('content-type') ?? '';
        if (!/^multipart\/form-data\b/i.test(type)) {
          throw new ApiError(415, 'unsupported_media_type', 'Send the note as multipart/form-data.');
        }
        let form: FormData;
        try {
          form = await c.req.raw.formData();
        } catch (error) {
          if (error instanceof ApiError) throw error;
          throw new ApiError(400, 'bad_request', 'The multipart body could not be read.');
        }
        const keys = [...form.keys()];
        if (keys.length > MAX_PARTS)
          throw new ApiError(400, 'bad_request', `At most ${MAX_PARTS} parts are allowed.`);
        const single = (name: string) => {
          const all = form.getAll(name);
          if (all.length > 1) throw new ApiError(400, 'validation_failed', `${name} must be sent once.`);
          return all[0];
        };
        const fields: Record<string, unknown> = {};
        for (const name of ['clientId', 'recordedAt', 'timezone', 'locale', 'currency', 'confirm']) {
          const value = single(name);
          if (value === undefined) continue;
          if (typeof value !== 'string')
            throw new ApiError(400, 'validation_failed', `${name} must be a text field.`);
          fields[name] = value;
        }
        const audio = single('audio');
        if (audio === undefined) throw new ApiError(400, 'missing_audio', 'The note has no `audio` file.');
        if (typeof audio === 'string')
          throw new ApiError(400, 'missing_audio', '`audio` must be a file, not text.');
        const meta = parseWith(VoiceFieldsSchema, fields);
        if (audio.size === 0) throw new ApiError(400, 'empty_audio', 'The audio file is empty.');
        if (audio.size > MAX_AUDIO_BYTES) tooLarge('The audio', MAX_AUDIO_BYTES)();
        const bytes = new Uint8Array(await audio.arrayBuffer());
        const kind = sniffAudio(bytes);
        if (!kind) {
          throw new ApiError(
            415,
            'unsupported_audio',
            'The file is not audio this server can read (webm, mp4/m4a, ogg, wav, mp3 or flac).',
          );
        }
        const { created, result } = await processCapture(deps, c.get('owner'), {
          ...meta,
          input: {
            kind: 'voice',
            audio: { bytes, mimeType: kind.mimeType, fileName: `note.${kind.extension}` },
          },
        });
        counted('voice', created, result.status);
        return c.json(result, created ? 201 : 200);
      },
    )
    .post(
      '/text',
      bodyLimit({ maxSize: MAX_TEXT_BODY, onError: tooLarge('The body', MAX_TEXT_BODY) }),
      async (c) => {
        const body = parseWith(TextCaptureSchema, await readJson(c.req.raw));
        const { text, ...meta } = body;
        const { created, result } = await processCapture(deps, c.get('owner'), {
          ...meta,
          input: { kind: 'text', text },
        });
        counted('text', created, result.status);
        return c.json(result, created ? 201 : 200);
      },
    );
}
