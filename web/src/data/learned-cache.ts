/**
 * What the person taught the parser (GET /api/learned), kept in `meta` while online so that the
 * page reads notes with it offline too (the memory syncs to the device). Loaded after the first
 * screen, with its schema.
 */
import { type LearnedWord, LearnedWordsSchema } from '@voicetrack/shared';
import type { ApiClient } from './api/client.ts';
import type { VoiceTrackDb } from './db.ts';

export const LEARNED_KEY = 'learned';

/** The server's copy into the phone's; false when it could not be read (the last copy stays). */
export async function refreshLearned(db: VoiceTrackDb, api: ApiClient): Promise<boolean> {
  const learned = await api.read((c) => c.learned.$get(), LearnedWordsSchema);
  if (!learned) return false;
  await db.meta.put({ key: LEARNED_KEY, value: learned.words });
  return true;
}

/** The words as last read from the server; none before the first read. */
export async function cachedLearned(db: VoiceTrackDb): Promise<LearnedWord[]> {
  const kept = (await db.meta.get(LEARNED_KEY))?.value;
  return Array.isArray(kept) ? (kept as LearnedWord[]) : [];
}
