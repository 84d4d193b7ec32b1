/**
 * The controller's household seam: which households' bills the list is read with, « Partagé avec [foyer] »
 * stamped on the notes the first screen finished (it does not carry the household) before the
 * outbox sends them, and the news of a repayment made on another phone.
 */
import { rememberedHouseholds, sharingWith } from '../base/household-memory.ts';
import { shareEarlyNote } from '../capture/recorded-notes.ts';
import type { ApiClient } from '../data/api/client.ts';
import type { VoiceTrackDb } from '../data/db.ts';

export interface HouseholdWiring {
  /** Asks the server which households the person is in and who is in each (remembered on the phone): their ids. */
  refresh(): Promise<string[]>;
  /** A note was saved: while sharing is on, it is the household's bill (once stamped). */
  stamp(noteId: string): void;
  /** Resolves once every note saved so far carries its household. */
  stamped(): Promise<void>;
  /** The household new notes are bills of, or undefined (personal). */
  sharingWith(): string | undefined;
  /** Heard from the server: a repayment in a household (its balances changed). */
  news(): void;
  onNews(listener: () => void): () => void;
}

export function householdWiring(db: VoiceTrackDb, api: ApiClient): HouseholdWiring {
  let stamps: Promise<void> = Promise.resolve();
  const listeners = new Set<() => void>();
  return {
    refresh: () =>
      import('../households/household-sync.ts')
        .then((m) => m.refreshHouseholds(api))
        .catch(() => rememberedHouseholds().map((h) => h.id)),
    stamp(noteId) {
      const householdId = sharingWith();
      if (householdId)
        stamps = stamps.then(() => shareEarlyNote(db, noteId, householdId)).catch(() => undefined);
    },
    stamped: () => stamps,
    sharingWith: () => sharingWith() ?? undefined,
    news() {
      for (const l of listeners) l();
    },
    onNews(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
