/**
 * What the person does to a row of the list — accept, edit, delete — whether the row is the
 * server's or one read on the phone from a note not sent yet: the change is shown at once and
 * queued for the server's row it is for (an unsent row's change waits on its note; the module for
 * those loads with the first one).
 */
import type { ExpenseEdits } from '@voicetrack/shared';
import type { VoiceTrackDb } from '../data/db.ts';
import { discard } from '../data/discard.ts';
import * as changes from '../data/expense-changes.ts';
import type { Listed } from './provisional.ts';
import type { RowRemoval } from './unsent.ts';

const unsent = () => import('./unsent.ts');

export function rowChanges(db: VoiceTrackDb, kick: () => void) {
  return {
    async accept(row: Listed): Promise<void> {
      const expense = row.provisional ? await (await unsent()).changeRow(db, row, { kind: 'accept' }) : row;
      if (expense) await changes.enqueueOp(db, { kind: 'accept', expense });
      kick();
    },
    async edit(row: Listed, patch: ExpenseEdits): Promise<void> {
      // An unsent bill's payer and shares wait on its note with its other fields (replayed on the
      // server's row once it answers: data/provisional-outbox.ts).
      const expense = row.provisional
        ? await (await unsent()).changeRow(db, row, { kind: 'edit', patch })
        : row;
      if (expense) await changes.enqueueOp(db, { kind: 'edit', expense, patch });
      kick();
    },
    /** Deletes now; resolves with the undo (until the delete is sent). */
    async remove(row: Listed): Promise<() => Promise<boolean>> {
      const removed: RowRemoval = row.provisional
        ? await (await unsent()).removeRow(db, row)
        : { kind: 'answered', expense: row };
      // The note's only row: the note goes, with its own undo (kept for its answer when it may be
      // on the server already: its row is deleted there once the undo window is over).
      if (removed.kind === 'last') return discard(db, row.clientId);
      if (removed.kind === 'removed') return removed.undo;
      const op =
        removed.expense && (await changes.enqueueOp(db, { kind: 'delete', expense: removed.expense }));
      // The delete is due once the undo window closes.
      setTimeout(kick, changes.UNDO_MS + 100);
      return () => (op ? changes.takeBack(db, op) : Promise.resolve(false));
    },
  };
}
