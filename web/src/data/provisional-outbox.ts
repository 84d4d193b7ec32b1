/**
 * In the transaction that stores the server's answer to a note: the changes the person made to its
 * unsent rows, queued as ordinary edits and deletes of the server's rows (so last-writer-wins holds
 * as for any edit), and a note the person deleted meanwhile, its rows deleted. Runs in the page
 * and, through flush.ts, in the service worker.
 */
import { decimalToCents, type Expense, type ExpenseEdits, resplitCents } from '@voicetrack/shared';
import { withPendingOps } from './as-left.ts';
import type { Note, Provisional, VoiceTrackDb } from './db.ts';
import { deleteRowsOfDiscarded } from './discard.ts';
import { enqueueOp } from './expense-changes.ts';

/** An early change as an ordinary change of the server's row: an edit or a delete, with its time. */
export interface Replay {
  expenseId: string;
  patch?: ExpenseEdits;
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
      replay.patch
        ? { kind: 'edit', expense, patch: sharesOfItsAmount(replay.patch, expense) }
        : { kind: 'delete', expense },
      replay.editedAt,
    );
  }
}

/**
 * Shares chosen on an unsent bill add up to the amount the phone read; the server may have read
 * another (Whisper's words, the model's reading). Sent as they are, they would be refused
 * (`invalid_split`): they go in the proportions chosen, to the bill's amount (resplitCents), as
 * the server does when an amount edit wins over older shares.
 */
export function sharesOfItsAmount(patch: ExpenseEdits, expense: Expense): ExpenseEdits {
  if (!patch.split || patch.amount !== undefined || expense.amount === null) return patch;
  const total = decimalToCents(expense.amount);
  if (total === null || patch.split.reduce((sum, s) => sum + s.cents, 0) === total) return patch;
  const split = resplitCents(total, patch.split);
  return split ? { ...patch, split } : patch;
}

/**
 * Inside the answer's transaction (notes, expenses, ops): the server's rows into the copy as the
 * person left them — a change already queued for one of them on top, the changes made to the
 * unsent rows replayed — and, the note deleted meanwhile (`discarded`), each row deleted as of
 * then: due once the undo window is over, never shown.
 */
export async function landAnswer(db: VoiceTrackDb, note: Note, answered: readonly Expense[]): Promise<void> {
  await db.expenses.bulkPut(withPendingOps(answered, await db.ops.toArray()));
  await replayEarlyChanges(db, note.provisional, answered);
  if (!note.discarded) return;
  // The rows as the replays left them (gone when one of them deleted it).
  const rows = await db.expenses.bulkGet(answered.map((e) => e.id));
  await deleteRowsOfDiscarded(
    db,
    rows.filter((e) => e !== undefined),
    new Date(note.discarded.at),
  );
}
