/**
 * Whether this phone must be paired before anything it holds can leave (local mode): the server
 * refused it as nobody (`missing_token`: a server that answers only paired devices) or refused its
 * token (`invalid_token`: revoked). Kept in IndexedDB's `meta` so the page says it at once, from
 * the first list read or the first note refused, and forgets it once a request goes through.
 */
import type { Answer, RefusalCode } from './api/answer.ts';
import type { VoiceTrackDb } from './db.ts';

const KEY = 'pairing';

/** `needed`: never paired (or the pairing was forgotten); `revoked`: its token was revoked. */
export type PairingNeed = 'needed' | 'revoked';

/** What a refusal says of the pairing: null when it says nothing of it. */
export function pairingNeedOf(refusal: { status: number; code: RefusalCode }): PairingNeed | null {
  if (refusal.status !== 401) return null;
  return refusal.code === 'invalid_token' ? 'revoked' : refusal.code === 'missing_token' ? 'needed' : null;
}

export async function readPairingNeed(db: VoiceTrackDb): Promise<PairingNeed | null> {
  return ((await db.meta.get(KEY))?.value as PairingNeed | undefined) ?? null;
}

/**
 * What any answer says of the pairing, remembered: a note or a change refused as revoked is said
 * at once (the list read may be minutes away), one that went through forgets it.
 */
export async function notePairingFrom(db: VoiceTrackDb, answer: Answer<unknown>): Promise<void> {
  if (answer.kind === 'refused') {
    const need = pairingNeedOf(answer);
    if (need) await savePairingNeed(db, need);
  } else if (answer.kind === 'ok' && (await readPairingNeed(db))) await savePairingNeed(db, null);
}

/** Remembers what the server said (null: a request went through, or the phone was just paired). */
export async function savePairingNeed(db: VoiceTrackDb, need: PairingNeed | null): Promise<void> {
  if (need) await db.meta.put({ key: KEY, value: need });
  else await db.meta.delete(KEY);
}
