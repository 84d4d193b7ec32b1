/**
 * What the person taught the parser (GET /api/learned), kept in `meta` while online so that the
 * page reads notes with it offline too (the memory syncs to the device). Loaded after the first
 * screen, with its schema. The page reads the copy with the parser (provisional-reading.ts
 * knownOf), in the parser's chunk: a chunk of its own for these few lines cost 0.2 KB gzip there.
 */
import { LearnedWordsSchema } from '@voicetrack/shared';
import type { ApiClient } from './api/client.ts';
import type { VoiceTrackDb } from './db.ts';

/** `meta`'s row of the copy (provisional-reading.ts reads it under the same key, checked by its type). */
export const LEARNED_KEY = 'learned';

/** The server's copy into the phone's; false when it could not be read (the last copy stays). */
export async function refreshLearned(db: VoiceTrackDb, api: ApiClient): Promise<boolean> {
  const learned = await api.read((c) => c.learned.$get(), LearnedWordsSchema);
  if (!learned) return false;
  await db.meta.put({ key: LEARNED_KEY, value: learned.words });
  return true;
}
