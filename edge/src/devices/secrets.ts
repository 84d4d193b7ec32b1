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
 * Signed, short-lived tickets (HMAC-SHA-256 with a key this process drew at start): what the
 * change stream takes in its URL instead of the device token, which never goes into a URL.
 */
export async function createTicketSigner(now: () => number = Date.now) {
  const key = await crypto.subtle.importKey(
    'raw',
    crypto.getRandomValues(new Uint8Array(32)),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
  const sign = async (payload: string) =>
    base64url(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(payload))));
  return {
    async issue(subject: string, ttlMs: number): Promise<{ ticket: string; expiresAt: number }> {
      const expiresAt = now() + ttlMs;
      const payload = `${subject}.${expiresAt}`;
      return { ticket: `${payload}.${await sign(payload)}`, expiresAt };
    },
    /** The subject of a valid, unexpired ticket, else null. */
    async verify(ticket: string): Promise<string | null> {
      const parts = ticket.split('.');
      if (parts.length !== 3) return null;
      const [subject, expires, signature] = parts as [string, string, string];
      if (!sameSecret(signature, await sign(`${subject}.${expires}`))) return null;
      return Number(expires) > now() ? subject : null;
    },
  };
}
