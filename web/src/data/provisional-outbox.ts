/**
 * In the transaction that stores the server's answer to a note: the changes the person made to its
 * unsent rows, queued as ordinary edits and deletes of the server's rows (so last-writer-wins holds
 * as for any edit). Runs in the page and, through flush.ts, in the service worker.
 */
import type { Expense } from '@voicetrack/shared';
import type { VoiceTrackDb } from './db.ts';
import { enqueueOp } from './outbox.ts';
import { type Provisional, replayChanges } from './provisional.ts';

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
