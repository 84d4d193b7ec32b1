/**
 * The server's rows as the person left them on this phone (pure, tested beside): what the server
 * sends — a reading of the list, or a note's answer — may not yet know of a change made here. A
 * change queued and not sent yet (an edit, a delete) stays on top; so do the changes made to a
 * note's unsent rows before its answer landed here (replayed on its rows then: provisional-outbox.ts);
 * and a note the person deleted while it may have reached the server shows none of its rows.
 */
import type { Expense } from '@voicetrack/shared';
import type { Note, Op } from './db.ts';
import { inOrderMade } from './outbox-machine.ts';

/** Changes not sent yet, the last made on top: a deleted row goes, an edited one shows the edit. */
export function withPendingOps(expenses: readonly Expense[], ops: readonly Op[]): Expense[] {
  const pending = inOrderMade(ops);
  const deleted = new Set(pending.filter((o) => o.kind === 'delete').map((o) => o.expenseId));
  const rows = [...expenses];
  for (const op of pending) {
    if (op.kind !== 'edit') continue;
    const i = rows.findIndex((e) => e.id === op.expenseId);
    const e = rows[i];
    if (e) rows[i] = { ...e, ...op.patch } as Expense;
  }
  return rows.filter((e) => !deleted.has(e.id));
}

/**
 * The row of a change the server refused: `server`, the expense as the server has it (a refused
 * change changed nothing there), with the changes of it queued besides `op` on top; null when one
 * of them deletes it.
 */
export function shownAfterRefusal(server: Expense, op: Op, queue: readonly Op[]): Expense | null {
  const others = queue.filter((o) => o.id !== op.id && o.expenseId === op.expenseId);
  return withPendingOps([server], others)[0] ?? null;
}

/**
 * The row each other change of `op`'s expense was made on, once `op` was refused: `server`'s, with
 * the changes queued before it on top, not the refused one. A change is told (and taken back) by
 * its `before`; left as it was, it would name a bill by a refused description never kept anywhere.
 */
export function rebasedAfterRefusal(
  server: Expense,
  op: Op,
  queue: readonly Op[],
): { id: string; before: Expense }[] {
  const others = inOrderMade(queue).filter((o) => o.id !== op.id && o.expenseId === op.expenseId);
  return others.map((o, i) => ({
    id: o.id,
    before: withPendingOps([server], others.slice(0, i))[0] ?? server,
  }));
}

/**
 * The changes made to the unsent rows of notes whose answer has not landed here, on the server's
 * rows at the same positions (as provisional-change.ts made them: an edited row with an amount no
 * longer waits for review); the rows of a note deleted whole, gone.
 */
export function withUnansweredChanges(expenses: readonly Expense[], notes: readonly Note[]): Expense[] {
  const discarded = new Set(notes.filter((n) => n.discarded).map((n) => n.id));
  const unanswered = new Map(
    notes
      .filter((n) => !n.result && n.provisional?.changes.length)
      .map((n) => [n.id, n.provisional?.changes ?? []]),
  );
  const shown: Expense[] = [];
  for (const e of expenses) {
    if (discarded.has(e.clientId)) continue;
    let row: Expense | null = e;
    for (const change of unanswered.get(e.clientId) ?? []) {
      if (!row || change.position !== row.position) continue;
      if (!change.patch) {
        row = null;
        continue;
      }
      const patched = { ...row, ...change.patch } as Expense;
      row = patched.amount !== null ? { ...patched, status: 'saved', reviewReason: null } : patched;
    }
    if (row) shown.push(row);
  }
  return shown;
}

/** Both: the rows as this phone's person left them. */
export const asLeftHere = (
  expenses: readonly Expense[],
  here: { ops: readonly Op[]; notes: readonly Note[] },
) => withPendingOps(withUnansweredChanges(expenses, here.notes), here.ops);
