/**
 * Validation at the edge of the API, once, with the shared valibot schemas through Hono's
 * standard-schema validator, so `AppType` carries every route's input and output and the PWA's
 * `hc<AppType>` client is typed from the same schemas. A failure is a 400 naming each bad field.
 */

import { sValidator } from '@hono/standard-validator';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { MiddlewareHandler, ValidationTargets } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors.ts';
import { boundaryOf, countParts } from './multipart-parts.ts';

const pathOf = (issue: StandardSchemaV1.Issue): string =>
  (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)).join('.');

/** The 400 for a schema failure: the first issue in the message, the first 20 in `details`. */
export function validationFailed(issues: readonly StandardSchemaV1.Issue[]): ApiError {
  const details = issues.slice(0, 20).map((issue) => ({ path: pathOf(issue), message: issue.message }));
  const first = details[0];
  const message = first
    ? first.path
      ? `${first.path}: ${first.message}`
      : first.message
    : 'invalid request';
  return new ApiError(400, 'validation_failed', message, { details });
}

/** Validates a request part (`json`, `form`, `query`, `param`) against a shared schema. */
export function valid<Target extends keyof ValidationTargets, S extends StandardSchemaV1>(
  target: Target,
  schema: S,
) {
  return sValidator(target, schema, (result) => {
    if (!result.success) throw validationFailed(result.error);
  });
}

/** Validates any value with a shared schema (what no request part carries, such as import rows). */
export function parseWith<S extends StandardSchemaV1>(
  schema: S,
  input: unknown,
): StandardSchemaV1.InferOutput<S> {
  const result = schema['~standard'].validate(input);
  if (result instanceof Promise) throw new TypeError('async schemas are not used here');
  if (result.issues) throw validationFailed(result.issues);
  return result.value;
}

/** Stops a body at `maxSize` bytes as it streams in (a 1 GB upload is never buffered). */
export const limitBody = (maxSize: number, what: string): MiddlewareHandler =>
  bodyLimit({ maxSize, onError: () => tooLarge(what, maxSize) });

export function tooLarge(what: string, maxSize: number): never {
  const size =
    maxSize >= 1024 * 1024 ? `${Math.round(maxSize / 1024 / 1024)} MB` : `${Math.round(maxSize / 1024)} KB`;
  throw new ApiError(413, 'payload_too_large', `${what} must be at most ${size}.`);
}

/**
 * A JSON body, strictly: 415 when it is not declared JSON, 400 when it is not valid UTF-8 (never
 * silently replaced) or not JSON. The checked text is cached for the validator that follows.
 */
export const strictJson: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer());
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(400, 'malformed_json', 'The body is not valid UTF-8.');
  }
  try {
    JSON.parse(text);
  } catch {
    throw new ApiError(400, 'malformed_json', 'The body is not valid JSON.');
  }
  // Hono caches bodies as promises (its type says the value): the validator reads this one.
  (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve(text);
  await next();
};

/**
 * The content type a multipart route insists on (415 otherwise), its parts counted on the bytes
 * before a parser builds any (400 past `maxParts`), then read once and cached.
 */
export const multipartForm =
  (maxParts: number): MiddlewareHandler =>
  async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    if (!/^multipart\/form-data\b/i.test(type)) {
      throw new ApiError(415, 'unsupported_media_type', 'Send the note as multipart/form-data.');
    }
    const unreadable = () => new ApiError(400, 'bad_request', 'The multipart body could not be read.');
    const boundary = boundaryOf(type);
    if (!boundary) throw unreadable();
    try {
      // The bytes are bounded by limitBody before this; Hono caches them, so formData() reads these.
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (countParts(bytes, boundary, maxParts) > maxParts) throw tooManyParts(maxParts);
      const form = await c.req.formData();
      // Hono keeps a body made from another cached one uncached: the form validator reads this one.
      (c.req.bodyCache as Record<string, unknown>).formData = Promise.resolve(form);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw unreadable();
    }
    await next();
  };

const tooManyParts = (maxParts: number) =>
  new ApiError(400, 'bad_request', `At most ${maxParts} parts are allowed.`);
