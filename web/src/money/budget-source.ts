/**
 * Whose budgets the month shows and changes: the person's own (GET|PUT|DELETE /api/budgets: their
 * personal expenses and their part of each bill) or their household's (/api/households/:id/budgets:
 * its bills whole, any member may change them). Each is read from the server, else from the phone's
 * copy; changing one needs the network, as the server keeps budgets.
 */
import type { Budget, BudgetBody, BudgetTarget } from '@voicetrack/shared';
import type { Answer } from '../data/api/answer.ts';
import type { ApiClient } from '../data/api/client.ts';
import { householdsApi } from '../data/api/households.ts';
import { type BudgetReader, householdCopy, personalCopy } from './money-cache.ts';

export interface BudgetSource extends BudgetReader {
  /** null: the person's own budgets; else the household they belong to (its name said with each). */
  household: { id: string; name: string } | null;
  put(target: BudgetTarget, body: BudgetBody): Promise<Answer<Budget>>;
  remove(target: BudgetTarget, currency: string): Promise<Answer<null>>;
}

export const personalBudgets = (api: ApiClient): BudgetSource => ({
  household: null,
  copy: personalCopy,
  read: (month) => api.budgets(month),
  put: (target, body) => api.putBudget(target, body),
  remove: (target, currency) => api.deleteBudget(target, currency),
});

export function householdBudgets(api: ApiClient, household: { id: string; name: string }): BudgetSource {
  const calls = householdsApi(api.routes);
  return {
    household: { id: household.id, name: household.name },
    copy: householdCopy(household.id),
    read: async (month) => {
      const got = await calls.budgets(household.id, month);
      return got.kind === 'ok' ? got.value : null;
    },
    put: (target, body) => calls.putBudget(household.id, target, body),
    remove: (target, currency) => calls.deleteBudget(household.id, target, currency),
  };
}
