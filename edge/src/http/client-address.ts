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

/**
 * The key an address is counted under by the limits keyed on it (rate limits, wrong codes, change
 * streams, sockets): an IPv6 address by its /64, the smallest block one home line or one server is
 * given, so a client that picks a new address in its block for each request is still one client
 * (before, each of its 2^64 addresses was a fresh one: ten more guesses of a code, ten more notes
 * of an anonymous account); an IPv4-mapped one (`::ffff:203.0.113.7`, how a dual-stack socket
 * says an IPv4 peer) as the IPv4 address. Anything else (IPv4, a name, text) is kept as it is.
 */
export function addressKey(address: string): string {
  const groups = ipv6Groups(
    address
      .trim()
      .replace(/^\[|\]$/g, '')
      .replace(/%.*$/, '')
      .toLowerCase(),
  );
  if (!groups) return address;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff)
    return [groups[6] ?? 0, groups[7] ?? 0].flatMap((g) => [g >> 8, g & 0xff]).join('.');
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address (`::` and a dotted IPv4 tail read), or null. */
function ipv6Groups(text: string): number[] | null {
  if (!text.includes(':')) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const read = (part: string | undefined): number[] | null => {
    if (!part) return [];
    const out: number[] = [];
    for (const g of part.split(':')) {
      const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(g);
      if (v4) {
        const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
        if (Math.max(a, b, c, d) > 255) return null;
        out.push((a << 8) | b, (c << 8) | d);
      } else if (/^[0-9a-f]{1,4}$/.test(g)) out.push(Number.parseInt(g, 16));
      else return null;
    }
    return out;
  };
  const front = read(halves[0]);
  const back = read(halves[1]);
  if (!front || !back) return null;
  const missing = 8 - front.length - back.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  return [...front, ...Array<number>(missing).fill(0), ...back];
}

/** The host the request was addressed to: X-Forwarded-Host behind trusted proxies, else Host. */
export const requestHostOf =
  (trustProxy: number) =>
  (c: Context<AppEnv>): string | undefined =>
    (trustProxy > 0 ? c.req.header('x-forwarded-host')?.split(',').at(-1)?.trim() : undefined) ??
    c.req.header('host') ??
    new URL(c.req.url).host;
