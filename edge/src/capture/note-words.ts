/**
 * A note's words: given (typed, or the browser's where the server has no Whisper), or heard by
 * Whisper, with whose they are; and a provider's failure as the note's refusal.
 */
import type { TranscriptSource } from '@voicetrack/shared';
import {
  type AudioInput,
  ProviderRejectedInputError,
  ProviderUnavailableError,
  type Transcriber,
} from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';
import type { ProviderUsage } from '../usage/prices.ts';

export type NoteInput =
  | { kind: 'text'; text: string }
  /** `browserWords`: what the browser's own recognition heard (untrusted, already checked). */
  | { kind: 'voice'; audio: AudioInput; browserWords?: string | undefined };

/** Seconds a client waits before sending a note again when no provider key is configured. */
const NO_TRANSCRIBER_RETRY_SECONDS = 300;

export type Words = { text: string; source: TranscriptSource | null };

/**
 * The note's words when the server need not hear the audio: typed ones, or, on a server with no
 * Whisper key, the browser's own (parsed exactly as typed words). null: Whisper must hear it.
 */
export function wordsGiven(input: NoteInput, transcriber: Transcriber | null): Words | null {
  if (input.kind === 'text') return { text: input.text, source: null };
  if (!transcriber && input.browserWords) return { text: input.browserWords, source: 'browser' };
  return null;
}

/** Whose words the note's are, and the browser's kept beside Whisper's. */
export function sources(input: NoteInput, source: TranscriptSource | null) {
  const browser = input.kind === 'voice' ? (input.browserWords ?? null) : null;
  return { transcriptSource: source, browserTranscript: browser };
}

/** Whisper hears the audio; the browser's words, when it had any, steer its spelling (its prompt). */
export async function transcribe(
  input: NoteInput,
  transcriber: Transcriber | null,
  locale: string,
  onUsage: (u: ProviderUsage) => void,
): Promise<Words | Refusal<'transcription_unavailable'>> {
  if (input.kind !== 'voice' || !transcriber) {
    return refused(
      'transcription_unavailable',
      "No transcription provider is configured (set GROQ_API_KEY or OPENAI_API_KEY), and the note came without the browser's words. Keep the note and send it later.",
      NO_TRANSCRIBER_RETRY_SECONDS,
    );
  }
  const language = locale.split('-')[0]?.toLowerCase();
  const { text } = await transcriber.transcribeAudio(input.audio, {
    ...(language ? { language } : {}),
    ...(input.browserWords ? { hint: input.browserWords } : {}),
    onUsage,
  });
  return { text, source: 'whisper' };
}

/** A provider's failure as the note's answer: down (retry later), or unable to read this audio. */
export function providerRefusal(
  error: unknown,
): Refusal<'provider_unavailable' | 'unsupported_audio'> | null {
  if (error instanceof ProviderUnavailableError)
    return refused(
      'provider_unavailable',
      `The ${error.provider} provider is unavailable: keep the note and retry.`,
      error.retryAfterSeconds,
    );
  if (error instanceof ProviderRejectedInputError)
    return refused(
      'unsupported_audio',
      `The transcription provider could not read this audio: ${error.message}`,
    );
  return null;
}
