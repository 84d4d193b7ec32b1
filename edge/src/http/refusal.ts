/** A use case's refusal (refusal.ts) as the API answers it: the status of each code, once. */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from '../errors.ts';
import type { Refusal, RefusalCode } from '../refusal.ts';

const STATUS: Record<RefusalCode, ContentfulStatusCode> = {
  validation_failed: 400,
  push_endpoint_refused: 400,
  invalid_code: 401,
  forbidden: 403,
  not_found: 404,
  capture_in_progress: 409,
  conflict: 409,
  too_many_budgets: 409,
  // A bank line or an expense paired already: unpair it first.
  already_paired: 409,
  payload_too_large: 413,
  // The provider heard the audio and could not read it: the request was understood, not its content.
  unsupported_audio: 422,
  // Words that say more amounts than one note may hold: sent again, they would say as many.
  too_many_amounts: 422,
  csv_mapping_required: 422,
  statement_unreadable: 422,
  statement_unsafe: 422,
  // A bank line and an expense that cannot be the same payment.
  currency_mismatch: 422,
  amount_mismatch: 422,
  dates_too_far: 422,
  // A payer or shares given to a personal expense, shares that do not add up, someone not in the household.
  not_shared: 422,
  invalid_split: 422,
  not_a_member: 422,
  rate_limited: 429,
  transcription_unavailable: 503,
  provider_unavailable: 503,
  push_unavailable: 503,
};

/** The error a route throws for a refusal: respond-error.ts writes it as `{error:{code,message}}`. */
export function refusalError(refusal: Refusal): ApiError {
  const { retryAfterSeconds, details, csv } = refusal;
  return new ApiError(STATUS[refusal.code], refusal.code, refusal.message, {
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    ...(details ? { details } : {}),
    ...(csv ? { csv } : {}),
  });
}
