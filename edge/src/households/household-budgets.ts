/**
 * A household's budgets: GET, PUT and DELETE /households/:id/budgets[/:category]. Any current
 * member may set or remove one; progress counts the household's bills whole (whoever recorded
 * them); an outsider is told `not_found`, as for the household itself.
 */
import {
  type Budget,
  type BudgetsAnswer,
  type BudgetTarget,
  budgetStatuses,
  MAX_BUDGETS,
} from '@voicetrack/shared';
import type { HouseholdBudgetStore, HouseholdStore, Owner } from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';

export interface HouseholdBudgetDeps {
  households: HouseholdStore;
  householdBudgets: HouseholdBudgetStore;
}

const noHousehold = () => refused('not_found', 'No such household.');

export async function householdBudgets(
  deps: HouseholdBudgetDeps,
  owner: Owner,
  householdId: string,
  month: string,
): Promise<{ kind: 'budgets'; answer: BudgetsAnswer } | Refusal<'not_found'>> {
  const household = await deps.households.get(owner, householdId);
  if (!household) return noHousehold();
  const [list, spending] = await Promise.all([
    deps.householdBudgets.list(owner, household.id),
    deps.householdBudgets.monthSpending(owner, household.id, month),
  ]);
  return { kind: 'budgets', answer: budgetStatuses(list, spending, month) };
}

export async function putHouseholdBudget(
  deps: HouseholdBudgetDeps,
  owner: Owner,
  householdId: string,
  budget: Budget,
): Promise<{ kind: 'saved'; budget: Budget; created: boolean } | Refusal<'not_found' | 'too_many_budgets'>> {
  const household = await deps.households.get(owner, householdId);
  if (!household) return noHousehold();
  const put = await deps.householdBudgets.put(owner, household.id, budget, MAX_BUDGETS);
  if (put) return { kind: 'saved', ...put };
  return refused(
    'too_many_budgets',
    `This household has ${MAX_BUDGETS} budgets already, the most one keeps: delete one before adding another.`,
  );
}

export async function deleteHouseholdBudget(
  deps: HouseholdBudgetDeps,
  owner: Owner,
  householdId: string,
  category: BudgetTarget,
  currency: string,
): Promise<{ kind: 'deleted' } | Refusal<'not_found'>> {
  const household = await deps.households.get(owner, householdId);
  if (!household) return noHousehold();
  if (await deps.householdBudgets.delete(owner, household.id, category, currency)) return { kind: 'deleted' };
  return refused('not_found', `No ${category} budget in ${currency} for this household.`);
}
