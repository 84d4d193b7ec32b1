/**
 * The expenses' use cases: the list (with recurring expenses whose day has come made first), an
 * edit (last writer wins per field; a changed category teaches the parser; budgets and the bank's
 * lines are checked after the answer) and a delete. Each returns what happened as data.
 */
import {
  checkSplitEdit,
  type ExpenseEdited,
  type ExpenseList,
  type ExpenseListQuery,
  type ExpensePatch,
  inHouseholdOrder,
} from '@voicetrack/shared';
import { learnFromEdit } from '../learning/learn-from-edit.ts';
import type { SpendingWatch } from '../money/budget-alerts.ts';
import type { RecurringRunner } from '../money/recurring-runner.ts';
import type { ExpenseStore, HouseholdStore, LearningStore, Owner } from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';
import type { BankWatch } from '../statements/bank-watch.ts';

export interface ExpenseDeps {
  expenses: ExpenseStore;
  learning: LearningStore;
  runner: Pick<RecurringRunner, 'runFor'>;
  watch: SpendingWatch;
  /** An edit of an amount, currency or date is matched with the bank's lines again. */
  bank?: BankWatch;
  /** A household's bill's payer and shares are checked against its members. */
  households?: HouseholdStore;
}

const notFound = () => refused('not_found', 'No expense with this id.');

/** A page of the owner's expenses; recurring ones due by now are in it (Supabase has no schedule). */
export async function listExpenses(
  deps: ExpenseDeps,
  owner: Owner,
  query: ExpenseListQuery,
): Promise<{ kind: 'listed'; list: ExpenseList } | Refusal<'validation_failed'>> {
  if (query.from && query.to && query.from > query.to)
    return refused('validation_failed', 'from must not be after to.');
  await deps.runner.runFor(owner);
  return { kind: 'listed', list: await deps.expenses.list(owner, query) };
}

/**
 * Applies the fields the edit wins; the answer is the expense as it now stands, with `lost`
 * naming the fields a newer change kept. A household's bill's payer and shares are checked first
 * (households/split-edit.ts): a refusal changes nothing.
 */
export async function editExpense(
  deps: ExpenseDeps,
  owner: Owner,
  id: string,
  patch: ExpensePatch,
): Promise<
  | { kind: 'saved'; expense: ExpenseEdited }
  | Refusal<'not_found' | 'not_shared' | 'not_a_member' | 'invalid_split'>
> {
  // A changed category teaches the parser (the expense as it was says what the words were);
  // a changed amount, currency or date is matched with the bank again (its old day too).
  const moved = patch.amount !== undefined || patch.currency !== undefined || patch.date !== undefined;
  const shares = patch.paidBy !== undefined || patch.split !== undefined;
  const before = patch.category || moved || shares ? await deps.expenses.get(owner, id) : null;
  if (shares) {
    // Not the owner's nor a bill of a household they are in: not found, as for any expense.
    if (!before) return notFound();
    const household = before.householdId ? await deps.households?.get(owner, before.householdId) : null;
    const members = household?.members ?? [];
    const checked = checkSplitEdit(before, members, patch);
    if (checked.kind === 'refused') return refused(checked.code, checked.message);
    // Written in the household's order, as every split is: ties of a later re-split go to the earlier.
    if (patch.split)
      patch = {
        ...patch,
        split: inHouseholdOrder(
          patch.split,
          members.map((m) => m.id),
        ),
      };
  }
  const updated = await deps.expenses.update(owner, id, patch);
  if (!updated) return notFound();
  if (before && patch.category && !updated.lost.includes('category'))
    await learnFromEdit(deps.learning, owner, before, updated.expense);
  if (before && moved) deps.bank?.changed(owner, before.id, [before.date, updated.expense.date]);
  // An edit can take a budget over a threshold (alerts are checked after the answer).
  deps.watch.changed(owner);
  const { expense, lost } = updated;
  return { kind: 'saved', expense: lost.length > 0 ? { ...expense, lost } : expense };
}

export async function deleteExpense(
  deps: ExpenseDeps,
  owner: Owner,
  id: string,
): Promise<{ kind: 'deleted' } | Refusal<'not_found'>> {
  return (await deps.expenses.delete(owner, id)) ? { kind: 'deleted' } : notFound();
}
