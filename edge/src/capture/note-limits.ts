/** What bounds a note before a provider hears it: its amounts, its audio's length, the day's budget. */
import { type LocalReading, MAX_EXPENSES_PER_NOTE } from '@voicetrack/shared';
import type { AudioInput, Owner, Transcriber, UsageStore } from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';
import { audioSeconds } from './audio-duration.ts';

type NoteInput = { kind: 'text' } | { kind: 'voice'; audio: AudioInput };

/** Words saying more amounts than a note may hold: refused before any model reads them. */
export function tooManyAmounts(reading: LocalReading): Refusal<'too_many_amounts'> | null {
  if (reading.expenses.length <= MAX_EXPENSES_PER_NOTE) return null;
  return refused(
    'too_many_amounts',
    `These words say ${reading.expenses.length} amounts; one note holds ${MAX_EXPENSES_PER_NOTE} expenses at most: split it into several notes.`,
  );
}

/** Audio Whisper would hear for longer than MAX_AUDIO_SECONDS, read from its container. */
export function audioTooLong(
  deps: { transcriber: Transcriber | null; maxAudioSeconds?: number | undefined },
  input: NoteInput,
): Refusal<'payload_too_large'> | null {
  if (input.kind !== 'voice' || !deps.transcriber || !deps.maxAudioSeconds) return null;
  // A container that names no length at all goes on; the daily budget bounds it.
  const seconds = audioSeconds(input.audio.bytes);
  if (seconds === null || seconds <= deps.maxAudioSeconds) return null;
  const minutes = (s: number) => `${Math.floor(s / 60)} min ${String(Math.round(s % 60)).padStart(2, '0')} s`;
  return refused(
    'payload_too_large',
    `This recording lasts ${minutes(seconds)}; this server transcribes ${minutes(deps.maxAudioSeconds)} at most (MAX_AUDIO_SECONDS).`,
  );
}

/** The day's provider budget spent (DAILY_COST_LIMIT_USD): the note waits until the next UTC day. */
export async function dailyBudgetSpent(
  deps: {
    usage: Pick<UsageStore, 'costSince'>;
    transcriber: unknown;
    parser: unknown;
    dailyCostLimitNano?: number | undefined;
    now?: (() => Date) | undefined;
  },
  owner: Owner,
): Promise<Refusal<'rate_limited'> | null> {
  const limit = deps.dailyCostLimitNano ?? 0;
  if (limit <= 0 || (!deps.transcriber && !deps.parser)) return null;
  const now = deps.now?.() ?? new Date();
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if ((await deps.usage.costSince(owner, new Date(midnight))) < limit) return null;
  const wait = Math.max(1, Math.ceil((midnight + 86_400_000 - now.getTime()) / 1000));
  return refused(
    'rate_limited',
    `Today's transcription budget is spent (DAILY_COST_LIMIT_USD = ${Number((limit / 1e9).toFixed(6))} USD a day): this note is kept and sent again tomorrow (UTC).`,
    wait,
  );
}
