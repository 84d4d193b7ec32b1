/**
 * Idempotency-Key on every POST that needs a caller (the open doors — pairing, Telegram's webhook —
 * have one-use codes and update ids of their own). The same key with the same request gets the
 * first answer again (`Idempotent-Replayed: true`), never a second row; the same key with another
 * body, path or caller is `422 idempotency_key_reused`; a second request while the first runs
 * waits for its answer. Answers worth repeating are kept a day: 2xx and 4xx, but not 408, 409, 425
 * or 429 (trying again may succeed), nor a 5xx, after which the key is free again.
 */
import { concatBytes } from '@voicetrack/shared';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.ts';
import type { IdempotencyStore } from '../ports.ts';
import type { AppEnv } from './app-env.ts';
import type { BodyLimit } from './body-limits.ts';
import { tooLarge } from './validate.ts';

const KEY = /^[\x21-\x7e]{1,255}$/;
const RETRYABLE = new Set([408, 409, 425, 429]);
const MAX_KEPT = 1024 * 1024;
/** A request that holds its key longer than this (it died) gives it up to the next one. */
const LEASE_SECONDS = 120;

export function idempotencyKeys(options: {
  store: IdempotencyStore;
  openPaths: readonly string[];
  /**
   * The largest body a path takes (its route's own limit): the key's fingerprint reads no more,
   * so a body of a gigabyte is a 413 here as it is at the route, never read whole first.
   */
  maxBodyOf: (path: string) => BodyLimit;
  /** How long a second request waits for the first's answer before 409 (ms). */
  waitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}): MiddlewareHandler<AppEnv> {
  const open = new Set(options.openPaths);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const waitMs = options.waitMs ?? 30_000;
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (key === undefined || c.req.method !== 'POST' || open.has(c.req.path)) return next();
    if (!KEY.test(key))
      throw new ApiError(400, 'bad_request', 'Idempotency-Key must be 1 to 255 visible ASCII characters.');
    const owner = c.get('owner');
    const fingerprint = await fingerprintOf(
      c.req.raw.clone(),
      c.get('deviceTokenHash') ?? owner.userId ?? '',
      options.maxBodyOf(c.req.path),
    );
    for (let waited = 0, step = 50; ; waited += step, step = Math.min(step * 2, 500)) {
      const claim = await options.store.begin(owner, key, fingerprint, LEASE_SECONDS);
      if (claim.kind === 'mismatch')
        throw new ApiError(
          422,
          'idempotency_key_reused',
          'This Idempotency-Key was sent before with another request (body, path or caller): use a new key for a new request.',
        );
      if (claim.kind === 'answered')
        return c.body(claim.answer.body, claim.answer.status as 200, {
          'content-type': claim.answer.contentType,
          'idempotent-replayed': 'true',
        });
      if (claim.kind === 'started') break;
      if (waited >= waitMs)
        throw new ApiError(
          409,
          'conflict',
          'A request with this Idempotency-Key is still running; try again shortly.',
          {
            retryAfterSeconds: 5,
          },
        );
      await sleep(step);
    }
    try {
      await next();
    } catch (error) {
      await options.store.abandon(owner, key).catch(() => {});
      throw error;
    }
    const res = c.res;
    const type = res.headers.get('content-type') ?? '';
    const textual = type === '' || /^(application\/json|text\/)/.test(type);
    if (res.status >= 500 || RETRYABLE.has(res.status) || !textual) {
      await options.store.abandon(owner, key);
      return;
    }
    const body = await res.clone().text();
    if (body.length > MAX_KEPT) await options.store.abandon(owner, key);
    else await options.store.finish(owner, key, { status: res.status, contentType: type, body });
  };
}

/** The request as a digest: method, path and query, caller, media type, and body (a multipart boundary left out: a retry draws a new one). */
async function fingerprintOf(request: Request, caller: string, maxBody: BodyLimit): Promise<string> {
  const url = new URL(request.url);
  const type = request.headers.get('content-type') ?? '';
  const boundary = /boundary=("?)([^";]+)\1/i.exec(type)?.[2];
  let body = await bodyUpTo(request, maxBody);
  if (boundary) {
    const text = new TextDecoder('latin1').decode(body).replaceAll(boundary, '');
    body = new TextEncoder().encode(text);
  }
  const head = new TextEncoder().encode(
    `${request.method} ${url.pathname}${url.search}\n${caller}\n${type.split(';')[0]?.trim() ?? ''}\n`,
  );
  const all = new Uint8Array(head.length + body.length);
  all.set(head);
  all.set(body, head.length);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The body's bytes; 413 (the route's own words) once more than its limit are declared or arrive. */
async function bodyUpTo(request: Request, { maxSize, what }: BodyLimit): Promise<Uint8Array> {
  if (Number(request.headers.get('content-length')) > maxSize) tooLarge(what, maxSize);
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.length;
    if (size > maxSize) {
      // Not awaited: a tee's branch is cancelled only once the other is too (the route's, left unread).
      void reader.cancel().catch(() => {});
      tooLarge(what, maxSize);
    }
    chunks.push(read.value);
  }
  return concatBytes(chunks);
}
