import * as v from 'valibot';
import { ApiError } from '../errors.ts';

/** Validates with a shared schema; a failure is a 400 naming each bad field. */
export function parseWith<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const details = result.issues.slice(0, 20).map((issue) => ({
    path: v.getDotPath(issue) ?? '',
    message: issue.message,
  }));
  const first = details[0];
  const message = first
    ? first.path
      ? `${first.path}: ${first.message}`
      : first.message
    : 'invalid request';
  throw new ApiError(400, 'validation_failed', message, { details });
}

/** Reads a JSON body: 415 when it is not declared JSON, 400 when it does not parse. */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  let text: string;
  try {
    // fatal: invalid UTF-8 is refused, not silently replaced.
    text = new TextDecoder('utf-8', { fatal: true }).decode(await request.arrayBuffer());
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(400, 'malformed_json', 'The body is not valid UTF-8.');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'malformed_json', 'The body is not valid JSON.');
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string): boolean => UUID.test(s);
