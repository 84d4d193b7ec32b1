/** Budgets' use cases: where each stands this month, and removing one. */
import { type BudgetsAnswer, type BudgetTarget, budgetStatuses } from '@voicetrack/shared';
import type { BudgetStore, Owner } from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';
import type { RecurringRunner } from './recurring-runner.ts';

export interface BudgetDeps {
  budgets: BudgetStore;
  runner: Pick<RecurringRunner, 'runFor'>;
}

/** Each budget against the month's spending; recurring expenses due by now count too. */
export async function monthBudgets(deps: BudgetDeps, owner: Owner, month: string): Promise<BudgetsAnswer> {
  // Made first: Supabase has no schedule, so this is where its recurring expenses appear.
  await deps.runner.runFor(owner);
  const [list, spending] = await Promise.all([
    deps.budgets.list(owner),
    deps.budgets.monthSpending(owner, month),
  ]);
  return budgetStatuses(list, spending, month);
}

export async function deleteBudget(
  deps: BudgetDeps,
  owner: Owner,
  category: BudgetTarget,
  currency: string,
): Promise<{ kind: 'deleted' } | Refusal<'not_found'>> {
  if (await deps.budgets.delete(owner, category, currency)) return { kind: 'deleted' };
  return refused('not_found', `No ${category} budget in ${currency}.`);
}
