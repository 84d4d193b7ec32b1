/** One sync run: the owner's saved expenses read from the store, handed to Actual. */

import type { ActualConfig } from '../config/actual.ts';
import { LOCAL_OWNER, type Store } from '../ports.ts';
import { withActualBudget } from './actual-api.ts';
import { type SyncedExpense, type SyncOutcome, syncToActual } from './sync-to-actual.ts';

export async function savedExpenses(store: Pick<Store, 'expenses'>): Promise<SyncedExpense[]> {
  const all: SyncedExpense[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.expenses.list(LOCAL_OWNER, {
      status: 'saved',
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    for (const e of page.expenses)
      if (e.amount !== null)
        all.push({
          id: e.id,
          date: e.date,
          amount: e.amount,
          currency: e.currency,
          category: e.category,
          description: e.description,
        });
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

export async function runActualSync(
  store: Pick<Store, 'expenses'>,
  config: ActualConfig,
  currency: string,
): Promise<SyncOutcome> {
  const expenses = await savedExpenses(store);
  return withActualBudget(config, (ledger) =>
    syncToActual(ledger, expenses, { account: config.account, currency, categoryMap: config.categoryMap }),
  );
}
