/** The notes and the list as the screens show them, from the phone's database, live. */
import { useLiveQuery } from '../base/hooks.ts';
import type { Note, VoiceTrackDb } from '../data/db.ts';
import type { Listed } from '../expenses/provisional.ts';
import { byNewest } from '../expenses/shown.ts';

export function useNotesAndExpenses(db: VoiceTrackDb): { notes: Note[]; expenses: Listed[] } {
  // Notes and expenses read in one transaction: a note answered between two reads could show its
  // unsent rows and the server's (or neither); from one snapshot, exactly one of them.
  return useLiveQuery<{ notes: Note[]; expenses: Listed[] }>(
    async () => {
      const [all, expenses] = await db.transaction('r', db.notes, db.expenses, () =>
        Promise.all([db.notes.orderBy('recordedAt').reverse().toArray(), db.expenses.toArray()]),
      );
      // A note the person deleted stays in the outbox only for its answer (discard.ts).
      const notes = all.filter((n) => !n.discarded);
      // Notes read on the phone join the list as their rows (the merge loads with the first one).
      const listed: Listed[] = notes.some((n) => n.provisional)
        ? (await import('../expenses/provisional.ts')).withProvisional(expenses, notes)
        : expenses;
      return { notes, expenses: listed.sort(byNewest) };
    },
    [],
    { notes: [], expenses: [] },
  );
}
