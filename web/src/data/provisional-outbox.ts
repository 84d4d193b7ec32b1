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
   * When it counts as made: the person's time, or, made before the server had the row, just after
   * the row was created (a field's first stamp), so last-writer-wins keeps it over the reading
   * and still lets any later change made elsewhere win.
   */
  editedAt: Date;
}

export function replayChanges(provisional: Provisional, answered: readonly Expense[]): Replay[] {
  const replays: Replay[] = [];
  for (const change of provisional.changes) {
    const row = answered.find((e) => e.position === change.position);
    if (!row) continue;
    const at = Math.max(Date.parse(change.at), Date.parse(row.createdAt) + 1);
    replays.push({
      expenseId: row.id,
      ...(change.patch ? { patch: change.patch } : {}),
      editedAt: new Date(at),
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
