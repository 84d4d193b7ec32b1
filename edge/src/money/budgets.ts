/** Budgets' use cases: where each stands this month, and removing one. */
import {
  type Budget,
  type BudgetsAnswer,
  type BudgetTarget,
  budgetStatuses,
  localDate,
  MAX_BUDGETS,
} from '@voicetrack/shared';
import type { BudgetStore, Owner } from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';
import type { RecurringRunner } from './recurring-runner.ts';

export interface BudgetDeps {
  budgets: BudgetStore;
  runner: Pick<RecurringRunner, 'runFor'>;
  /** REPORT_TIMEZONE: which month is "this month" when none is said (the alerts' own). */
  timeZone: string;
  now: () => Date;
}

/**
 * Each budget against the month's spending; recurring expenses due by now count too. No month:
 * this month in REPORT_TIMEZONE, the zone budget alerts count in (the server knows no person's
 * zone apart from a note's; the page always says its month).
 */
export async function monthBudgets(
  deps: BudgetDeps,
  owner: Owner,
  asked: string | undefined,
): Promise<BudgetsAnswer> {
  const month = asked ?? localDate(deps.now(), deps.timeZone).slice(0, 7);
  // Made first: Supabase has no schedule, so this is where its recurring expenses appear.
  await deps.runner.runFor(owner);
  const [list, spending] = await Promise.all([
    deps.budgets.list(owner),
    deps.budgets.monthSpending(owner, month),
  ]);
  return budgetStatuses(list, spending, month);
}

export async function deleteBudget(
  deps: Pick<BudgetDeps, 'budgets'>,
  owner: Owner,
  category: BudgetTarget,
  currency: string,
): Promise<{ kind: 'deleted' } | Refusal<'not_found'>> {
  if (await deps.budgets.delete(owner, category, currency)) return { kind: 'deleted' };
  return refused('not_found', `No ${category} budget in ${currency}.`);
}

/** Sets a budget (replacing the one of its category and currency); at most MAX_BUDGETS each. */
export async function putBudget(
  deps: Pick<BudgetDeps, 'budgets'>,
  owner: Owner,
  budget: Budget,
): Promise<{ kind: 'saved'; budget: Budget; created: boolean } | Refusal<'too_many_budgets'>> {
  const put = await deps.budgets.put(owner, budget, MAX_BUDGETS);
  if (put) return { kind: 'saved', ...put };
  return refused(
    'too_many_budgets',
    `You have ${MAX_BUDGETS} budgets already, the most one person keeps: delete one before adding another.`,
  );
}
