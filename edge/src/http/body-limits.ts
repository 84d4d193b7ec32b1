/**
 * The bodies the API's POSTs take that are larger than a small JSON body, each with the words of
 * its 413, in one place: the route stops its body there (validate.ts limitBody) and so does an
 * Idempotency-Key's fingerprint (idempotency.ts), which reads the body before the route does.
 */
import { MAX_AUDIO_BYTES, MAX_RECEIPT_BYTES, MAX_STATEMENT_BYTES } from '@voicetrack/shared';

export interface BodyLimit {
  maxSize: number;
  /** The body's name in the 413's message (« The audio must be at most 25 MB. »). */
  what: string;
}

export const BODY_LIMITS = {
  /** The audio plus the few text fields and multipart framing. */
  voice: { maxSize: MAX_AUDIO_BYTES + 64 * 1024, what: 'The audio' },
  /** The photo plus the fields (the phone's OCR text among them) and multipart framing. */
  receipt: { maxSize: MAX_RECEIPT_BYTES + 128 * 1024, what: 'The photo' },
  /** The file plus a few fields and the multipart framing. */
  statement: { maxSize: MAX_STATEMENT_BYTES + 64 * 1024, what: 'A statement' },
  /** An export with receipts' photos in it weighs about 400 KB per ticket. */
  import: { maxSize: 100 * 1024 * 1024, what: 'An import file' },
  /** A typed note, the largest of the JSON bodies (each route has its own, smaller or equal). */
  json: { maxSize: 64 * 1024, what: 'The body' },
} as const satisfies Record<string, BodyLimit>;

const BY_PATH: Record<string, BodyLimit> = {
  '/api/voice': BODY_LIMITS.voice,
  '/api/receipts': BODY_LIMITS.receipt,
  '/api/statements': BODY_LIMITS.statement,
  '/api/import': BODY_LIMITS.import,
};

/** The most a POST to this path may send: its route's limit, or the largest JSON body's. */
export const bodyLimitOf = (path: string): BodyLimit => BY_PATH[path] ?? BODY_LIMITS.json;
