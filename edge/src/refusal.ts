/**
 * What a use case answers when it does not do what was asked, as data: the API's error code
 * (shared/src/errors.ts: clients switch on it), a message a person can read, and when trying again
 * may succeed. A use case returns `{kind: 'saved', …} | Refusal<…>`; only routes turn a refusal
 * into an HTTP status (http/refusal.ts), so domain code never knows HTTP.
 */

import type { CsvPreview } from '@voicetrack/shared';

/** The codes a use case may refuse with (each has its status in http/refusal.ts). */
export type RefusalCode =
  | 'validation_failed'
  | 'payload_too_large'
  | 'too_many_amounts'
  | 'too_many_budgets'
  | 'not_found'
  | 'forbidden'
  | 'invalid_code'
  | 'rate_limited'
  | 'capture_in_progress'
  | 'unsupported_audio'
  | 'transcription_unavailable'
  | 'provider_unavailable'
  | 'push_endpoint_refused'
  | 'push_unavailable'
  | 'conflict'
  | 'csv_mapping_required'
  | 'statement_unreadable'
  | 'statement_unsafe'
  | 'already_paired'
  | 'currency_mismatch'
  | 'amount_mismatch'
  | 'not_shared'
  | 'invalid_split'
  | 'not_a_member'
  | 'dates_too_far';

export interface Refusal<C extends RefusalCode = RefusalCode> {
  kind: 'refused';
  code: C;
  message: string;
  /** When a retry may succeed (a provider down, a limit reached). */
  retryAfterSeconds?: number;
  /** What in the input was wrong, each where it is (a statement's refused lines). */
  details?: { path: string; message: string }[];
  /** csv_mapping_required: the file's columns and first rows, to say which is which. */
  csv?: CsvPreview;
}

export function refused<C extends RefusalCode>(
  code: C,
  message: string,
  retryAfterSeconds?: number,
): Refusal<C> {
  return retryAfterSeconds === undefined
    ? { kind: 'refused', code, message }
    : { kind: 'refused', code, message, retryAfterSeconds };
}

export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'refused';
