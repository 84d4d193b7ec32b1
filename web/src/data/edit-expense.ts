/**
 * Fixing and deleting on the phone: the change shows at once (the local copy), and queues in
 * the outbox with its time, to reach the server when it can. A delete waits a few seconds first,
 * so "Annuler" can take it back without the server ever hearing of it.
 */
import type { Expense, FieldValues } from '@voicetrack/shared';
import type { Op, VoiceTrackDb } from './db.ts';
import { isoWithOffset } from './time.ts';

export const UNDO_MS = 5000;

export async function editExpense(
  db: VoiceTrackDb,
  expense: Expense,
  patch: FieldValues,
  now = new Date(),
): Promise<void> {
  const changed: FieldValues = {};
  for (const [k, v] of Object.entries(patch) as [keyof FieldValues, string][]) {
    if (v !== (expense as unknown as Record<string, string>)[k]) changed[k] = v;
  }
  if (Object.keys(changed).length === 0) return;
  const op: Op = {
    id: crypto.randomUUID(),
    kind: 'edit',
    expenseId: expense.id,
    patch: changed,
    editedAt: isoWithOffset(now),
    before: expense,
    state: 'recorded',
    attempts: 0,
    nextAttemptAt: 0,
    lastError: null,
    createdAt: now.getTime(),
  };
  await db.transaction('rw', db.expenses, db.ops, async () => {
    await db.ops.add(op);
    // A fixed amount no longer waits for review.
    const reviewed = changed.amount !== undefined ? { status: 'saved' as const, reviewReason: null } : {};
    await db.expenses.put({ ...expense, ...changed, ...reviewed } as Expense);
  });
}

/**
 * Accepts an expense the user asked to confirm: it counts from now on. Sent like an edit (its
 * amount, unchanged, with the time of the tap), which the server reads as "a person looked at it".
 */
export async function acceptExpense(db: VoiceTrackDb, expense: Expense, now = new Date()): Promise<void> {
  if (expense.amount === null) return;
  const op: Op = {
    id: crypto.randomUUID(),
    kind: 'edit',
    expenseId: expense.id,
    patch: { amount: expense.amount },
    editedAt: isoWithOffset(now),
    before: expense,
    state: 'recorded',
    attempts: 0,
    nextAttemptAt: 0,
    lastError: null,
    createdAt: now.getTime(),
  };
  await db.transaction('rw', db.expenses, db.ops, async () => {
    await db.ops.add(op);
    await db.expenses.put({ ...expense, status: 'saved', reviewReason: null });
  });
}

/** Deletes now on the phone; returns the undo, valid until the delete is sent (UNDO_MS). */
export async function deleteExpense(
  db: VoiceTrackDb,
  expense: Expense,
  now = new Date(),
): Promise<() => Promise<boolean>> {
  const op: Op = {
    id: crypto.randomUUID(),
    kind: 'delete',
    expenseId: expense.id,
    editedAt: isoWithOffset(now),
    before: expense,
    state: 'recorded',
    attempts: 0,
    nextAttemptAt: now.getTime() + UNDO_MS,
    lastError: null,
    createdAt: now.getTime(),
  };
  await db.transaction('rw', db.expenses, db.ops, async () => {
    await db.ops.add(op);
    await db.expenses.delete(expense.id);
  });
  return () =>
    db.transaction('rw', db.expenses, db.ops, async () => {
      const still = await db.ops.get(op.id);
      if (still?.state !== 'recorded') return false;
      await db.ops.delete(op.id);
      await db.expenses.put(expense);
      return true;
    });
}
