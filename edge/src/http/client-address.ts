/**
 * Who the client is and which host it asked for, as far as the proxies you run are trusted
 * (TRUST_PROXY): rate limits without auth key on the address, same-origin checks on the host.
 */
import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';

/**
 * The client's address behind `hops` proxies you run: each appends the address it saw, so the
 * hops-th entry from the right is the one your outermost proxy saw. Entries further left came
 * from the client and are never trusted. null without trusted proxies or the header.
 */
export function forwardedClient(header: string | undefined, hops: number): string | null {
  if (hops <= 0 || !header) return null;
  const entries = header
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  return entries[Math.max(0, entries.length - hops)] ?? null;
}

/** The client's address: from X-Forwarded-For behind trusted proxies, else the runtime's peer. */
export const clientAddressOf =
  (trustProxy: number, remoteAddress?: (c: Context<AppEnv>) => string | undefined) =>
  (c: Context<AppEnv>): string | undefined =>
    forwardedClient(c.req.header('x-forwarded-for'), trustProxy) ?? remoteAddress?.(c);

/** The host the request was addressed to: X-Forwarded-Host behind trusted proxies, else Host. */
export const requestHostOf =
  (trustProxy: number) =>
  (c: Context<AppEnv>): string | undefined =>
    (trustProxy > 0 ? c.req.header('x-forwarded-host')?.split(',').at(-1)?.trim() : undefined) ??
    c.req.header('host') ??
    new URL(c.req.url).host;
