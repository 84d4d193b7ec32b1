/**
 * The life of a note in the outbox, as a pure function: what the server's answer (or its
 * absence) means for the note. Audio is dropped only once the server answered with a capture
 * result for that clientId; every other outcome keeps it.
 *
 *   recorded ─send→ sending ─201/200→ done (saved | needs_review | no_expense)
 *                        ├─ network error, 5xx, 408, 409, 429 → waiting (retry after backoff / Retry-After)
 *                        ├─ 503 transcription_unavailable → awaiting_transcription (long backoff)
 *                        ├─ 401 → waiting_for_sign_in
 *                        └─ other 4xx → failed (the user retries or discards; the audio stays)
 */
import type { CaptureResult, ErrorBody } from '@voicetrack/shared';

export type NoteState =
  | 'recording'
  | 'recorded'
  | 'sending'
  | 'waiting'
  | 'awaiting_transcription'
  | 'waiting_for_sign_in'
  | 'failed'
  | 'done';

export interface NoteProgress {
  state: NoteState;
  attempts: number;
  /** Epoch ms before which the note is not sent again. */
  nextAttemptAt: number;
  lastError: { code: string; message: string } | null;
}

/** What sending gave: an answer (its body already checked against the shared schemas), or none. */
export type SendOutcome<T = CaptureResult> =
  | { kind: 'response'; status: number; retryAfterSeconds: number | null; body: T | ErrorBody | null }
  | { kind: 'network_error'; message: string };

export type Transition = NoteProgress & { result: CaptureResult | null; dropAudio: boolean };

const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;
const NO_PROVIDER_DELAY_MS = 15 * 60_000;

/** Exponential backoff with ±20 % jitter, from a random number in [0, 1). */
export function backoffMs(attempts: number, random: number): number {
  const base = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random));
}

const errorOf = (body: SendOutcome<unknown> & { kind: 'response' }): { code: string; message: string } =>
  body.body && typeof body.body === 'object' && 'error' in body.body
    ? (body.body as ErrorBody).error
    : { code: `http_${body.status}`, message: `HTTP ${body.status}` };

export function afterSend(note: NoteProgress, outcome: SendOutcome, now: number, random: number): Transition {
  const attempts = note.attempts + 1;
  const retry = (state: NoteState, delay: number, lastError: NoteProgress['lastError']): Transition => ({
    state,
    attempts,
    nextAttemptAt: now + delay,
    lastError,
    result: null,
    dropAudio: false,
  });
  if (outcome.kind === 'network_error') {
    return retry('waiting', backoffMs(attempts, random), { code: 'network', message: outcome.message });
  }
  const { status } = outcome;
  if ((status === 200 || status === 201) && outcome.body && 'clientId' in outcome.body) {
    return {
      state: 'done',
      attempts,
      nextAttemptAt: 0,
      lastError: null,
      result: outcome.body,
      dropAudio: true,
    };
  }
  const error = errorOf(outcome);
  const serverSaid = outcome.retryAfterSeconds !== null ? outcome.retryAfterSeconds * 1000 : null;
  if (status === 503 && error.code === 'transcription_unavailable') {
    return retry('awaiting_transcription', Math.max(serverSaid ?? 0, NO_PROVIDER_DELAY_MS), error);
  }
  if (status === 401) return retry('waiting_for_sign_in', MAX_DELAY_MS, error);
  if (
    status >= 500 ||
    status === 408 ||
    status === 409 ||
    status === 429 ||
    status === 200 ||
    status === 201
  ) {
    // A 2xx without a capture result is a proxy or portal page, not our answer: try again.
    return retry('waiting', Math.max(serverSaid ?? 0, backoffMs(attempts, random)), error);
  }
  return {
    state: 'failed',
    attempts,
    nextAttemptAt: Number.POSITIVE_INFINITY,
    lastError: error,
    result: null,
    dropAudio: false,
  };
}

/**
 * The states in which a note or a change waits to be sent, once its time has come (isDue). The
 * others: still being recorded, refused (the person decides), or done.
 */
export const DUE_STATES = [
  'recorded',
  'waiting',
  'awaiting_transcription',
  'waiting_for_sign_in',
  // A send that never came back (the tab was closed mid-request) is sent again.
  'sending',
] as const satisfies readonly NoteState[];

const due = new Set<NoteState>(DUE_STATES);

/** Whether a flush should send this note or change now. */
export const isDue = (item: NoteProgress, now: number): boolean =>
  due.has(item.state) && item.nextAttemptAt <= now;

/** Notes a flush should send now, oldest recorded first. */
export function dueNotes<T extends NoteProgress & { recordedAt: string }>(
  notes: readonly T[],
  now: number,
): T[] {
  return notes
    .filter((n) => isDue(n, now))
    .sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0));
}

/**
 * The network is back: what waited only because the phone was offline is due at once, not at
 * the end of a backoff that grew while the metro had no signal. Server refusals (429, 5xx)
 * keep their delay.
 */
export function dueOnceOnline<T extends NoteProgress>(item: T): number | null {
  return item.state === 'waiting' && item.lastError?.code === 'network' && item.nextAttemptAt > 0 ? 0 : null;
}

/** Whether a note still counts as pending for the user (shown in the pending list). */
export const isPending = (state: NoteState): boolean => state !== 'done';

/** What an edit or a delete sent to the server means for the queued operation. */
export function afterOpSend(
  op: NoteProgress & { kind: 'edit' | 'delete' },
  outcome: SendOutcome<unknown>,
  now: number,
  random: number,
): NoteProgress {
  const attempts = op.attempts + 1;
  if (outcome.kind === 'network_error') {
    return {
      state: 'waiting',
      attempts,
      nextAttemptAt: now + backoffMs(attempts, random),
      lastError: { code: 'network', message: outcome.message },
    };
  }
  const { status } = outcome;
  // Done: applied, or the expense is already gone (deleted here or on another device).
  if (status === 200 || status === 204 || status === 404)
    return { state: 'done', attempts, nextAttemptAt: 0, lastError: null };
  const error = errorOf(outcome);
  if (status === 401)
    return { state: 'waiting_for_sign_in', attempts, nextAttemptAt: now + MAX_DELAY_MS, lastError: error };
  if (status >= 500 || status === 408 || status === 429) {
    const serverSaid = outcome.retryAfterSeconds !== null ? outcome.retryAfterSeconds * 1000 : 0;
    return {
      state: 'waiting',
      attempts,
      nextAttemptAt: now + Math.max(serverSaid, backoffMs(attempts, random)),
      lastError: error,
    };
  }
  return { state: 'failed', attempts, nextAttemptAt: Number.POSITIVE_INFINITY, lastError: error };
}
