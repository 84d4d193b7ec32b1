/**
 * What the outbox machine's table tests feed it (outbox-machine.test.ts for notes,
 * outbox-machine-ops.test.ts for queued edits and deletes): a fresh item, the clock, and the API
 * client's answers (ok, offline, refused with the server's code and Retry-After).
 */
import type { RefusalCode } from './api/answer.ts';
import type { NoteProgress, SendOutcome } from './outbox-machine.ts';

export const fresh: NoteProgress = { state: 'sending', attempts: 0, nextAttemptAt: 0, lastError: null };
export const NOW = 1_000_000;
export const ok = <T>(value: T): SendOutcome<T> => ({ kind: 'ok', value });
export const offline: SendOutcome<never> = { kind: 'offline', message: 'offline' };
/** A refusal as the API client reads it: the server's code (http_<status> for a body not its own). */
export const refused = (
  status: number,
  code: RefusalCode = `http_${status}`,
  { message = code, retryAfterSeconds }: { message?: string; retryAfterSeconds?: number } = {},
): SendOutcome<never> => ({
  kind: 'refused',
  status,
  code,
  message,
  ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
});
export const wait = (retryAfterSeconds: number) => ({ retryAfterSeconds });
