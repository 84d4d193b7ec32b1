import * as v from 'valibot';
import { DATE_ORDERS } from './statements/date-order.ts';

/** Every error code the API answers with. Clients switch on these, so they are a contract. */
export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'missing_audio',
  'empty_audio',
  'unsupported_audio',
  'missing_image',
  'empty_image',
  'unsupported_image',
  'unreadable_image',
  'not_found',
  'method_not_allowed',
  'conflict',
  'capture_in_progress',
  'unauthorized',
  'missing_token',
  'invalid_token',
  'token_expired',
  'invalid_code',
  'forbidden',
  'cross_site_request',
  'rate_limited',
  'transcription_unavailable',
  'parser_unavailable',
  'provider_unavailable',
  'database_unavailable',
  'timeout',
  'live_updates_unavailable',
  'push_endpoint_refused',
  'push_unavailable',
  'csv_mapping_required',
  'statement_unreadable',
  'statement_unsafe',
  'already_paired',
  'currency_mismatch',
  'amount_mismatch',
  'not_shared',
  'invalid_split',
  'not_a_member',
  'dates_too_far',
  'unknown_host',
  'insufficient_scope',
  'audio_too_long',
  'too_many_uploads',
  'daily_cost_limit',
  'too_many_budgets',
  'too_many_streams',
  'too_many_amounts',
  'idempotency_key_reused',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ErrorBodySchema = v.object({
  error: v.object({
    code: v.picklist(ERROR_CODES),
    message: v.string(),
    details: v.optional(v.array(v.object({ path: v.string(), message: v.string() }))),
    /** csv_mapping_required: the file's columns and first rows, to say which is which. */
    csv: v.optional(
      v.object({
        columns: v.array(v.string()),
        rows: v.array(v.array(v.string())),
        dateOrders: v.optional(v.array(v.nullable(v.picklist(DATE_ORDERS)))),
      }),
    ),
  }),
});
export type ErrorBody = v.InferOutput<typeof ErrorBodySchema>;
