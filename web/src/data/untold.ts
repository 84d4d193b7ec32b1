/**
 * What the service worker's flush had to tell while no page was open (an edit that lost fields, a
 * change refused: flush.ts's onEditLost): kept in `meta` until a page opens and says it, so a
 * change that left the outbox by Background Sync after the app was closed is never dropped unsaid.
 */
import type { Expense } from '@voicetrack/shared';
import type { VoiceTrackDb } from './db.ts';
import type { ChangeRefusal } from './refused-change.ts';

const KEY = 'untold-changes';

export interface Untold {
  expense: Expense;
  fields: string[];
  refused?: ChangeRefusal;
}

/** Keeps one more thing to tell, after those kept before. */
export function keepUntold(db: VoiceTrackDb, told: Untold): Promise<void> {
  return db.transaction('rw', db.meta, async () => {
    const kept = ((await db.meta.get(KEY))?.value as Untold[] | undefined) ?? [];
    await db.meta.put({ key: KEY, value: [...kept, told] });
  });
}

/** What was kept to tell, in the order it happened, forgotten once read (one page says it). */
export function takeUntold(db: VoiceTrackDb): Promise<Untold[]> {
  return db.transaction('rw', db.meta, async () => {
    const kept = ((await db.meta.get(KEY))?.value as Untold[] | undefined) ?? [];
    if (kept.length > 0) await db.meta.delete(KEY);
    return kept;
  });
}
