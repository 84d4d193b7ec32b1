/**
 * Supabase mode: the page keeps the signed-in user's current access token in IndexedDB, so the
 * service worker (which cannot read the page's session) sends the outbox with it. The worker
 * never refreshes a session: with no token, or one about to expire, it leaves the notes queued
 * and the page sends them once it has refreshed.
 */
import type { VoiceTrackDb } from './db.ts';

const KEY = 'session';
/** A token this close to its expiry is not used: the request could land after it. */
const MARGIN_MS = 30_000;

export interface SessionToken {
  accessToken: string;
  /** ms since epoch. */
  expiresAt: number;
  userId: string;
}

export async function saveSessionToken(db: VoiceTrackDb, token: SessionToken | null): Promise<void> {
  if (token) await db.meta.put({ key: KEY, value: token });
  else await db.meta.delete(KEY);
}

export async function readSessionToken(db: VoiceTrackDb): Promise<SessionToken | null> {
  const row = await db.meta.get(KEY);
  return (row?.value as SessionToken | undefined) ?? null;
}

/** Headers for a request from the worker, or null when it must wait for the page. */
export async function workerAuthHeaders(
  db: VoiceTrackDb,
  now = Date.now(),
): Promise<Record<string, string> | null> {
  const token = await readSessionToken(db);
  if (!token || token.expiresAt - MARGIN_MS <= now) return null;
  return { authorization: `Bearer ${token.accessToken}` };
}
