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
    error: { code: e.code, message: e.message, ...(e.options.details ? { details: e.options.details } : {}) },
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
  return null;
}
