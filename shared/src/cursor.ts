/**
 * The list cursor: (date, created_at, id) of the last expense of a page, newest first, as
 * base64url JSON. Opaque to clients; validated here so a forged one is a 400, never a database
 * error.
 */
import { isIsoDate } from './dates.ts';

export type ExpenseCursor = [date: string, createdAt: string, id: string];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z$/;

// The cursor's JSON is ASCII (dates, instants, UUIDs): a plain base64url of its characters,
// written here so shared/ needs no runtime global.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const [a, b, c] = [text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)];
    const n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += ALPHABET[(n >> 18) & 63] + (ALPHABET[(n >> 12) & 63] as string);
    if (i + 1 < text.length) out += ALPHABET[(n >> 6) & 63];
    if (i + 2 < text.length) out += ALPHABET[n & 63];
  }
  return out;
}

/** null when the text is not base64url of ASCII. */
function fromBase64Url(text: string): string | null {
  if (text.length % 4 === 1) return null;
  let out = '';
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    const n = ALPHABET.indexOf(ch);
    if (n < 0) return null;
    value = (value << 6) | n;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const code = (value >> bits) & 255;
      if (code > 127) return null;
      out += String.fromCharCode(code);
    }
  }
  return out;
}

export function encodeCursor(e: { date: string; createdAt: string; id: string }): string {
  return toBase64Url(JSON.stringify([e.date, e.createdAt, e.id]));
}

/** The cursor's parts, or null when it is not one the server gave (bad date, time or id). */
export function decodeCursor(cursor: string): ExpenseCursor | null {
  const json = fromBase64Url(cursor);
  if (json === null) return null;
  try {
    const v: unknown = JSON.parse(json);
    if (!Array.isArray(v) || v.length !== 3 || !v.every((x) => typeof x === 'string')) return null;
    const [date, createdAt, id] = v as [string, string, string];
    const day = createdAt.slice(0, 10);
    if (!isIsoDate(date) || !INSTANT.test(createdAt) || !isIsoDate(day) || !UUID.test(id)) return null;
    if (Number.isNaN(Date.parse(createdAt))) return null;
    return [date, createdAt, id];
  } catch {
    return null;
  }
}
