import type { ErrorBody } from '@voicetrack/shared';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError } from '../errors.ts';
import type { Logger } from '../observe/logger.ts';

/** Every error leaves as `{ error: { code, message } }`; unexpected ones are logged, never leaked. */
export function respondError(error: unknown, c: Context, logger?: Logger): Response {
  const apiError = toApiError(error);
  if (!apiError) {
    logger?.log('error', 'unhandled error', {
      requestId: c.get('requestId'),
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  }
  const e =
    apiError ?? new ApiError(500, 'internal_error', 'Something went wrong on our side; nothing was changed.');
  const body: ErrorBody = {
    error: {
      code: e.code,
      message: e.message,
      ...(e.options.details ? { details: e.options.details } : {}),
      ...(e.options.csv ? { csv: e.options.csv } : {}),
    },
  };
  if (e.options.retryAfterSeconds !== undefined) c.header('Retry-After', String(e.options.retryAfterSeconds));
  return c.json(body, e.status);
}

function toApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 413) return new ApiError(413, 'payload_too_large', 'The request body is too large.');
    if (error.status === 408 || error.status === 504)
      return new ApiError(error.status, 'timeout', 'The request took too long.');
    if (error.status >= 400 && error.status < 500)
      return new ApiError(error.status, 'bad_request', error.message || 'Bad request.');
  }
  return fromDatabase(error);
}

/**
 * A value that passed validation and that the database still refuses is the client's input, not
 * our failure: a 4xx with a code, never a 500. SQLSTATE classes: 22 data exceptions (a date out
 * of range, a bad byte), 23 integrity (23503: the signed-in user no longer exists; 23505: a
 * duplicate), 57014 a statement cancelled by its timeout.
 */
function fromDatabase(error: unknown): ApiError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  if (code === '23503')
    return new ApiError(403, 'forbidden', 'This account does not exist (any more): sign in again.');
  if (code === '23505') return new ApiError(409, 'conflict', 'This already exists.');
  if (code.startsWith('22') || code.startsWith('23'))
    return new ApiError(400, 'validation_failed', 'The database refused a value of this request.');
  if (code === '57014')
    return new ApiError(503, 'timeout', 'The database took too long; try again.', { retryAfterSeconds: 5 });
  return null;
}
