/**
 * The life of a note in the outbox, as a pure function: what the server's answer (or its
 * absence) means for the note. Audio is dropped only once the server answered with a capture
 * result for that clientId; every other outcome keeps it.
 *
 *   recorded ─send→ sending ─ok→ done (saved | needs_review | no_expense)
 *                        ├─ offline, refused 5xx, 408, 409, 421, 429 → waiting (retry after backoff / Retry-After)
 *                        ├─ refused 503 transcription_unavailable → awaiting_transcription (long backoff)
 *                        ├─ refused 401, 403 → waiting_for_sign_in (due at once when paired or signed in)
 *                        └─ other refusals → failed (the user retries or discards; the audio stays)
 *
 * "offline" is every answer that is not the API's (answer.ts): no network, a cut answer, a captive
 * portal's 200 page.
 */
import type { CaptureResult } from '@voicetrack/shared';
import type { Answer, Refusal } from './api/answer.ts';

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

/** What sending gave: the API client's answer (answer.ts), its body already checked. */
export type SendOutcome<T = CaptureResult> = Answer<T>;

export type Transition = NoteProgress & { result: CaptureResult | null; dropAudio: boolean };

const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;
const NO_PROVIDER_DELAY_MS = 15 * 60_000;

/** Exponential backoff with ±20 % jitter, from a random number in [0, 1). */
export function backoffMs(attempts: number, random: number): number {
  const base = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random));
}

/**
 * The server's time to answer, before any upload: a change is a row written; a note may wait on
 * its providers (Whisper, the model: 20 s a call and two more tries, PROVIDER_TIMEOUT_MS's and
 * PROVIDER_MAX_RETRIES' defaults).
 */
export const SERVER_WORK_MS = { change: 15_000, note: 65_000 } as const;
/** A slow phone network's upload (about 128 kbit/s): what a voice note's or a photo's bytes take. */
const SLOW_UPLOAD_BYTES_PER_S = 16_000;
/** Past this many tries, the time allowed stops doubling (8 × the first). */
const ANSWER_DOUBLINGS = 3;

/**
 * How long a send waits for the server's answer before it is given up as no answer (`offline`, tried
 * again after the backoff): a request gone out on a connection the network dropped in silence (a
 * phone from Wi-Fi to 4G) is answered never, and the browser may wait minutes, the outbox behind
 * it. The server's work, then its bytes' upload at a slow network's pace; doubled at each try, so
 * a network or a server slower than that still gets the note through (the server answers a note or
 * a change sent twice once).
 */
export function answerWithinMs(work: keyof typeof SERVER_WORK_MS, bytes: number, attempts: number): number {
  const first = SERVER_WORK_MS[work] + Math.ceil((bytes / SLOW_UPLOAD_BYTES_PER_S) * 1000);
  return first * 2 ** Math.min(ANSWER_DOUBLINGS, Math.max(0, attempts));
}

const errorOf = (refusal: Refusal): { code: string; message: string } => ({
  code: refusal.code,
  message: refusal.message,
});

/** Retry-After, in ms; 0 when the server did not say. */
const serverSaid = (refusal: Refusal): number => (refusal.retryAfterSeconds ?? 0) * 1000;

/** A refusal worth another try on its own: the server was busy, down or slow, not the note wrong. */
const worthAnotherTry = (status: number, others: readonly number[]) =>
  status >= 500 || others.includes(status);

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
  switch (outcome.kind) {
    case 'ok':
      return {
        state: 'done',
        attempts,
        nextAttemptAt: 0,
        lastError: null,
        result: outcome.value,
        dropAudio: true,
      };
    case 'offline':
      return retry('waiting', backoffMs(attempts, random), { code: 'network', message: outcome.message });
    case 'refused': {
      const error = errorOf(outcome);
      if (outcome.status === 503 && outcome.code === 'transcription_unavailable') {
        return retry('awaiting_transcription', Math.max(serverSaid(outcome), NO_PROVIDER_DELAY_MS), error);
      }
      // Not the note's fault, as for a change (afterOpSend): a phone unpaired or signed out (401), or
      // whose token may not do this (403), waits for its pairing or sign-in; a host the server does
      // not answer yet (421, a name being set up) is asked again later. The audio stays either way.
      if (outcome.status === 401 || outcome.status === 403)
        return retry('waiting_for_sign_in', MAX_DELAY_MS, error);
      if (worthAnotherTry(outcome.status, [408, 409, 421, 429])) {
        return retry('waiting', Math.max(serverSaid(outcome), backoffMs(attempts, random)), error);
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
  }
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

/**
 * Notes a flush should send now, oldest recorded first (the instant, whatever offset each was
 * written with); notes recorded at the same instant in the order they were put in the outbox
 * (`seq`; one queued before sequences existed first), never in their random ids' order.
 */
export function dueNotes<T extends NoteProgress & { recordedAt: string; seq?: number; createdAt?: number }>(
  notes: readonly T[],
  now: number,
): T[] {
  return notes
    .filter((n) => isDue(n, now))
    .sort(
      (a, b) =>
        Date.parse(a.recordedAt) - Date.parse(b.recordedAt) ||
        (a.seq ?? 0) - (b.seq ?? 0) ||
        (a.createdAt ?? 0) - (b.createdAt ?? 0),
    );
}

/**
 * Changes in the order they were made on this phone: by their sequence (expense-changes.ts), never by a
 * time, which ties within a millisecond and, for a replayed early change, is the server's clock.
 * One queued before sequences existed has none and comes first, by its time.
 */
export function inOrderMade<T extends { seq?: number; createdAt: number }>(ops: readonly T[]): T[] {
  return [...ops].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0) || a.createdAt - b.createdAt);
}

/**
 * The network is back: what waited only because the phone was offline is due at once, not at
 * the end of a backoff that grew while the metro had no signal. Server refusals (429, 5xx)
 * keep their delay.
 */
export function dueOnceOnline<T extends NoteProgress>(item: T): number | null {
  return item.state === 'waiting' && item.lastError?.code === 'network' && item.nextAttemptAt > 0 ? 0 : null;
}

/**
 * Whether the server may already have a note: it is on its way, or its last try ended without an
 * answer that says it has not (no network, a cut answer, a busy or failing server). A note never
 * sent, refused, or answered that no provider can read it is not there.
 */
export const mayBeOnServer = (note: NoteProgress): boolean =>
  note.state === 'sending' || note.state === 'waiting';

/**
 * Whether an answer says the server kept nothing of the note: a refusal of it, or no provider to
 * read it (its audio waits here). A cut answer, a busy server or a sign-in asked say nothing.
 */
export const serverKeptNone = (next: NoteProgress): boolean =>
  next.state === 'failed' || next.state === 'awaiting_transcription';

/** Whether a note still counts as pending for the user (shown in the pending list). */
export const isPending = (state: NoteState): boolean => state !== 'done';

/** A refusal in a proxy's words (`http_<status>`), not the API's; too large is too large all the same. */
const notTheApis = (refusal: Refusal): boolean => refusal.code.startsWith('http_') && refusal.status !== 413;

/**
 * What an edit or a delete sent to the server means for the queued operation. `failed` is the
 * server's refusal of the change itself: flush.ts takes it out of the outbox, shows the row as the
 * server has it and tells the person (refused-change.ts); it never stays queued.
 */
export function afterOpSend(
  op: NoteProgress & { kind: 'edit' | 'delete' },
  outcome: SendOutcome<unknown>,
  now: number,
  random: number,
): NoteProgress {
  const attempts = op.attempts + 1;
  switch (outcome.kind) {
    case 'ok':
      return { state: 'done', attempts, nextAttemptAt: 0, lastError: null };
    case 'offline':
      return {
        state: 'waiting',
        attempts,
        nextAttemptAt: now + backoffMs(attempts, random),
        lastError: { code: 'network', message: outcome.message },
      };
    case 'refused': {
      // Done: the expense is already gone (deleted here or on another device), in the API's words.
      if (outcome.status === 404 && outcome.code === 'not_found')
        return { state: 'done', attempts, nextAttemptAt: 0, lastError: null };
      const error = errorOf(outcome);
      // Not the change's fault: a phone unpaired, revoked or signed out (401), or one whose token may
      // not change data (403), waits for its pairing or sign-in; a refusal not in the API's words
      // (a proxy's page) or of a host the server does not answer yet (421) is no verdict on the change.
      if (outcome.status === 401 || outcome.status === 403)
        return {
          state: 'waiting_for_sign_in',
          attempts,
          nextAttemptAt: now + MAX_DELAY_MS,
          lastError: error,
        };
      if (worthAnotherTry(outcome.status, [408, 421, 429]) || notTheApis(outcome)) {
        return {
          state: 'waiting',
          attempts,
          nextAttemptAt: now + Math.max(serverSaid(outcome), backoffMs(attempts, random)),
          lastError: error,
        };
      }
      return { state: 'failed', attempts, nextAttemptAt: Number.POSITIVE_INFINITY, lastError: error };
    }
  }
}
