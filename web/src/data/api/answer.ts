/**
 * What one request to the API gave, as every caller reads it: one tagged union to switch on.
 *
 * - `ok`: the answer the call expects, its body checked against the shared schema.
 * - `refused`: the server said no, in its own words: its error `code` (`http_<status>` when the
 *   body was not the API's, e.g. a proxy's 502 page), its `message`, the HTTP `status` (read by
 *   the outbox's machine only: which refusals are worth another try), and how long the server
 *   asked to wait (Retry-After, in seconds) when it said.
 * - `offline`: no answer from VoiceTrack: no network, an answer cut off, or a page that is not
 *   the API's (a captive portal's 200). Nothing was refused, so the request is worth sending
 *   again; `message` is what the browser said, kept with a waiting note.
 *
 * client.ts and its sections make each request through `readAnswer`; the outbox's machine
 * (../outbox-machine.ts) decides on the same union.
 */
import { type CsvPreview, ErrorBodySchema, type ErrorCode } from '@voicetrack/shared';
import * as v from 'valibot';

/** The server's error code, or `http_<status>` when the body was not the API's. */
export type RefusalCode = ErrorCode | `http_${number}`;

export interface Refusal {
  kind: 'refused';
  code: RefusalCode;
  message: string;
  status: number;
  /** Retry-After, in seconds from the answer; absent when the server did not say. */
  retryAfterSeconds?: number;
  /** csv_mapping_required: the file's columns and first rows. */
  csv?: CsvPreview;
}

export type Answer<T> = { kind: 'ok'; value: T } | Refusal | { kind: 'offline'; message: string };

/**
 * Retry-After (RFC 9110 §10.2.3) in whole seconds from `now`: delay-seconds as our server sends
 * them, or an HTTP date as some proxies do. Undefined when absent, unreadable or already past.
 */
export function retryAfterSeconds(header: string | null, now: number): number | undefined {
  const text = header?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) > 0 ? Number(text) : undefined;
  const at = Date.parse(text);
  return Number.isFinite(at) && at > now ? Math.ceil((at - now) / 1000) : undefined;
}

/** The answer's value, or null for anything else (a read that shows nothing rather than an error). */
export const okValue = <T>(got: Answer<T>): T | null => (got.kind === 'ok' ? got.value : null);

/** A delete of what is already gone (removed from another device) is done all the same. */
export const goneIsDone = (got: Answer<null>): Answer<null> =>
  got.kind === 'refused' && got.code === 'not_found' ? { kind: 'ok', value: null } : got;

/** What the browser said; a request given up for its time (AbortSignal.timeout) says so in words. */
const errorMessage = (error: unknown) =>
  error instanceof Error && error.name === 'TimeoutError'
    ? 'no answer in the time allowed'
    : error instanceof Error
      ? error.message
      : String(error);

/**
 * Makes one request and reads its answer: a 2xx body checked against `schema` (null: no body is
 * expected, as for a 204), any other status against the shared error shape. Never throws.
 */
export function readAnswer<T>(
  call: () => Promise<Response>,
  schema: v.GenericSchema<unknown, T>,
  now?: () => number,
): Promise<Answer<T>>;
export function readAnswer(
  call: () => Promise<Response>,
  schema: null,
  now?: () => number,
): Promise<Answer<null>>;
export async function readAnswer<T>(
  call: () => Promise<Response>,
  schema: v.GenericSchema<unknown, T> | null,
  now: () => number = Date.now,
): Promise<Answer<T | null>> {
  let res: Response;
  try {
    res = await call();
  } catch (error) {
    return { kind: 'offline', message: errorMessage(error) };
  }
  let json: unknown;
  if ((res.headers.get('content-type') ?? '').includes('json')) {
    try {
      json = await res.json();
    } catch {
      // A cut response: no body to read. The request is sent again; the server answers it once.
      return { kind: 'offline', message: 'the answer was cut off' };
    }
  }
  if (res.ok) {
    if (!schema) return { kind: 'ok', value: null };
    const expected = v.safeParse(schema, json);
    // Not the API's answer (a captive portal's page, a proxy's): the request did not reach it.
    if (!expected.success) return { kind: 'offline', message: `not the API's answer (HTTP ${res.status})` };
    return { kind: 'ok', value: expected.output };
  }
  const error = v.safeParse(ErrorBodySchema, json);
  const wait = retryAfterSeconds(res.headers.get('retry-after'), now());
  return {
    kind: 'refused',
    ...(error.success
      ? {
          code: error.output.error.code,
          message: error.output.error.message,
          ...(error.output.error.csv ? { csv: error.output.error.csv } : {}),
        }
      : { code: `http_${res.status}` as const, message: `HTTP ${res.status}` }),
    status: res.status,
    ...(wait !== undefined ? { retryAfterSeconds: wait } : {}),
  };
}

/**
 * Makes one download (an export) and reads it as a file: `ok` with its body when the server sent
 * the `expected` content type, a refusal read as readAnswer reads one, and `offline` for no answer
 * or a page that is not the API's (a captive portal's 200). Never throws.
 */
export async function readFile(call: () => Promise<Response>, expected: RegExp): Promise<Answer<Blob>> {
  let res: Response;
  try {
    res = await call();
  } catch (error) {
    return { kind: 'offline', message: errorMessage(error) };
  }
  if (!res.ok) {
    const got = await readAnswer(async () => res, null);
    return got.kind === 'ok' ? { kind: 'offline', message: `HTTP ${res.status}` } : got;
  }
  if (!expected.test(res.headers.get('content-type') ?? ''))
    return { kind: 'offline', message: `not the API's answer (HTTP ${res.status})` };
  try {
    return { kind: 'ok', value: await res.blob() };
  } catch (error) {
    return { kind: 'offline', message: errorMessage(error) };
  }
}
