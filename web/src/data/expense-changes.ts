/**
 * A change the person makes to an expense on this phone (an edit, an accept, a delete): what it
 * queues for the server and what the phone's copy shows at once, and the undo of one not sent yet.
 * Sending is flush.ts's job; the order of changes is the queue's (`seq`, outbox-machine.ts).
 */
import { decimalToCents, type Expense, type ExpenseEdits, resplitCents } from '@voicetrack/shared';
import type { Op, VoiceTrackDb } from './db.ts';
import { queued } from './new-note.ts';
import { inOrderMade } from './outbox-machine.ts';
import { isoWithOffset } from './time.ts';

/** How long a delete waits before it is due, so "Annuler" can take it back unsent. */
export const UNDO_MS = 5000;

/** A change the person made to an expense on this phone. */
export type Change =
  | { kind: 'edit'; expense: Expense; patch: ExpenseEdits }
  /** An expense that waited for confirmation counts from now on. */
  | { kind: 'accept'; expense: Expense }
  | { kind: 'delete'; expense: Expense };

/**
 * What a change queues, and what the local copy shows at once (null: gone). An accept is sent as
 * an edit of its amount, unchanged, with the time of the tap: the server reads it as "a person
 * looked at it". An edit saved unchanged on an expense that waits for review is that accept too
 * ("Corriger" then "Enregistrer": the person looked and agreed). Nothing to send: an unchanged
 * edit of a saved expense, an accept with no amount.
 */
function planChange(change: Change, now: Date): { op: Op; local: Expense | null } | null {
  const { expense } = change;
  const op = (kind: Op['kind'], patch?: ExpenseEdits): Op => ({
    id: crypto.randomUUID(),
    kind,
    expenseId: expense.id,
    ...(patch ? { patch } : {}),
    editedAt: isoWithOffset(now),
    before: expense,
    ...queued(kind === 'delete' ? now.getTime() + UNDO_MS : 0),
    createdAt: now.getTime(),
  });
  if (change.kind === 'delete') return { op: op('delete'), local: null };
  const accept = () =>
    expense.amount === null
      ? null
      : {
          op: op('edit', { amount: expense.amount }),
          local: { ...expense, status: 'saved' as const, reviewReason: null },
        };
  if (change.kind === 'accept') return accept();
  const changed: ExpenseEdits = {};
  for (const [k, v] of Object.entries(change.patch) as [keyof ExpenseEdits, unknown][]) {
    // Shares compared by value: the dialog gives a new list each time.
    if (JSON.stringify(v) !== JSON.stringify((expense as unknown as Record<string, unknown>)[k]))
      Object.assign(changed, { [k]: v });
  }
  if (Object.keys(changed).length === 0) return expense.status === 'needs_review' ? accept() : null;
  // As the server does: once a person edited it and it has an amount, it no longer waits for review.
  // Shares given with the edit are the bill's at once (the server keeps them as given); else an
  // edited amount re-splits the old ones in proportion.
  const local = {
    ...expense,
    ...changed,
    ...(changed.split ? {} : sharesFollow(expense, changed.amount)),
  } as Expense;
  const reviewed = local.amount !== null ? { status: 'saved' as const, reviewReason: null } : {};
  return { op: op('edit', changed), local: { ...local, ...reviewed } };
}

/**
 * A household's bill whose amount is edited shows at once the shares the server will give it: the
 * new amount in the old shares' proportions (shared's resplitCents, the rule of the database's
 * trigger). A bill nobody bore yet keeps no shares until the server splits it among its members.
 */
function sharesFollow(expense: Expense, amount: string | undefined): Pick<Expense, 'split'> {
  if (amount === undefined || !expense.split) return {};
  const split = resplitCents(decimalToCents(amount) ?? 0, expense.split);
  return split ? { split } : {};
}

/**
 * Shows a change at once on this phone and queues it, with its time, for the server, after every
 * change queued before it (its `seq`: the next after the queue's last, read in the same
 * transaction, so two tabs or the service worker never give the same one).
 */
export async function enqueueOp(db: VoiceTrackDb, change: Change, now = new Date()): Promise<Op | null> {
  const plan = planChange(change, now);
  if (!plan) return null;
  await db.transaction('rw', db.expenses, db.ops, async () => {
    const last = inOrderMade(await db.ops.toArray()).at(-1);
    plan.op.seq = (last?.seq ?? 0) + 1;
    await db.ops.add(plan.op);
    if (plan.local) await db.expenses.put(plan.local);
    else await db.expenses.delete(plan.op.expenseId);
  });
  return plan.op;
}

/** Takes back a queued change the server has not heard of yet; false once it was sent. */
export function takeBack(db: VoiceTrackDb, op: Op): Promise<boolean> {
  return db.transaction('rw', db.expenses, db.ops, async () => {
    const still = await db.ops.get(op.id);
    if (still?.state !== 'recorded') return false;
    await db.ops.delete(op.id);
    await db.expenses.put(op.before);
    return true;
  });
}
