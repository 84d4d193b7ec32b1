/**
 * Tokens, one-time codes and tickets, web-standard (WebCrypto): the same on Node and Deno.
 * Only digests are stored; comparisons of secrets take the same time whatever they hold.
 */

/** Marks our own tokens apart from Supabase JWTs in the same Authorization header. */
export const TOKEN_PREFIX = 'vt_';
/** Crockford's base32 (no I, L, O, U): nothing a person could misread when copying a code. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A device token: 256 random bits, shown once. */
export function newToken(): string {
  return `${TOKEN_PREFIX}${base64url(crypto.getRandomValues(new Uint8Array(32)))}`;
}

/**
 * A one-time code: 12 symbols of 5 bits (60 bits; 256 is a multiple of 32, so each is uniform):
 * too many for any flood of guesses to find one in its 10 minutes (devices/failure-budget.ts).
 */
export function newCode(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(CODE_LENGTH)), (b) => CODE_ALPHABET[b & 31]).join(
    '',
  );
}

/** SHA-256 as 64 hex digits: what the database keeps of a token or a code. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Constant-time comparison of two byte strings (no node:crypto in what app.ts imports). */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

export const sameSecret = (given: string, expected: string): boolean =>
  timingSafeEqual(encoder.encode(given), encoder.encode(expected));

/**
 * Short-lived, single-use tickets: what the change stream takes in its URL instead of the device
 * token, which never goes into a URL. A ticket is 256 random bits, unrelated to the token or its
 * digest (what the database keeps): a URL that leaks (a log, a proxy) gives nothing to replay, and
 * the first stream it opens spends it. Kept in this process's memory, at most `max` at once.
 */
export async function createTicketSigner(now: () => number = Date.now, max = 10_000) {
  const tickets = new Map<string, { subject: string; expiresAt: number }>();
  return {
    async issue(subject: string, ttlMs: number): Promise<{ ticket: string; expiresAt: number }> {
      const t = now();
      for (const [id, held] of tickets) if (held.expiresAt <= t) tickets.delete(id);
      // Past `max` live tickets, the oldest goes: a flood of requests cannot grow this map.
      if (tickets.size >= max) {
        const oldest = tickets.keys().next();
        if (!oldest.done) tickets.delete(oldest.value);
      }
      const ticket = base64url(crypto.getRandomValues(new Uint8Array(32)));
      const expiresAt = t + ttlMs;
      tickets.set(ticket, { subject, expiresAt });
      return { ticket, expiresAt };
    },
    /** The subject of a live ticket, spending it; null for one unknown, used or expired. */
    async verify(ticket: string): Promise<string | null> {
      const held = tickets.get(ticket);
      if (!held) return null;
      tickets.delete(ticket);
      return held.expiresAt > now() ? held.subject : null;
    },
  };
}
