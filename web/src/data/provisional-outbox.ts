/**
 * In the transaction that stores the server's answer to a note: the changes the person made to its
 * unsent rows, queued as ordinary edits and deletes of the server's rows (so last-writer-wins holds
 * as for any edit). Runs in the page and, through flush.ts, in the service worker.
 */
import type { Expense, FieldValues } from '@voicetrack/shared';
import type { Provisional, VoiceTrackDb } from './db.ts';
import { enqueueOp } from './outbox.ts';

/** An early change as an ordinary change of the server's row: an edit or a delete, with its time. */
export interface Replay {
  expenseId: string;
  patch?: FieldValues;
  /**
   * When the person made it, on this phone's clock like every change it sends (the server reads it
   * on its own by the phone's clock at sending). Made before the server had the row, it still wins
   * the fields nobody edited since (a row's creation is no one's edit: shared/src/edits.ts), and
   * loses those changed elsewhere after it was made. Never the row's `createdAt`: that is the
   * server's clock, which this phone's may be minutes off.
   */
  editedAt: Date;
}

export function replayChanges(provisional: Provisional, answered: readonly Expense[]): Replay[] {
  const replays: Replay[] = [];
  for (const change of provisional.changes) {
    const row = answered.find((e) => e.position === change.position);
    if (!row) continue;
    replays.push({
      expenseId: row.id,
      ...(change.patch ? { patch: change.patch } : {}),
      editedAt: new Date(change.at),
    });
  }
  return replays;
}

/** Inside the answer's transaction (notes, expenses, ops): the early changes, queued in order. */
export async function replayEarlyChanges(
  db: VoiceTrackDb,
  provisional: Provisional | undefined,
  answered: readonly Expense[],
): Promise<void> {
  if (!provisional?.changes.length) return;
  for (const replay of replayChanges(provisional, answered)) {
    // The row as the earlier replays left it; gone when one of them deleted it.
    const expense = await db.expenses.get(replay.expenseId);
    if (!expense) continue;
    await enqueueOp(
      db,
      replay.patch ? { kind: 'edit', expense, patch: replay.patch } : { kind: 'delete', expense },
      replay.editedAt,
    );
  }
}
