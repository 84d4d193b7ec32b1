/** One sync run: the owner's saved expenses read from the store, handed to Actual. */

import type { ActualConfig } from '../config/actual.ts';
import { savedExpenses } from '../expenses/saved-expenses.ts';
import { LOCAL_OWNER, type Store } from '../ports.ts';
import { withActualBudget } from './actual-api.ts';
import { type SyncOutcome, syncToActual } from './sync-to-actual.ts';

export async function runActualSync(
  store: Pick<Store, 'expenses'>,
  config: ActualConfig,
  currency: string,
): Promise<SyncOutcome> {
  const expenses = await savedExpenses(store.expenses, LOCAL_OWNER);
  return withActualBudget(config, (ledger) =>
    syncToActual(ledger, expenses, { account: config.account, currency, categoryMap: config.categoryMap }),
  );
}
