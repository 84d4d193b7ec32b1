/** Idempotency-Key: what a creating POST answered, kept per person and key for a day. */
import type { Owner } from './owner.ts';

export interface StoredAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** What a key is when a request brings it. */
export type KeyClaim =
  /** New (or its earlier request died): this request runs, then `finish` or `abandon`. */
  | { kind: 'started' }
  /** Answered before, to the same request: the same answer. */
  | { kind: 'answered'; answer: StoredAnswer }
  /** Sent before with another body, path or caller. */
  | { kind: 'mismatch' }
  /** Another request with this key is still running. */
  | { kind: 'pending' };

export interface IdempotencyStore {
  begin(owner: Owner, key: string, fingerprint: string, leaseSeconds: number): Promise<KeyClaim>;
  finish(owner: Owner, key: string, answer: StoredAnswer): Promise<void>;
  /** The request gave no answer worth repeating (a 5xx, a 429): the key is free again. */
  abandon(owner: Owner, key: string): Promise<void>;
}
