/**
 * One sync run: the server's saved expenses read from the store, handed to Actual, and its
 * household's bills (the server speaks for nobody: each whole, as in its report).
 */

import type { ActualConfig } from '../config/actual.ts';
import { savedExpenses } from '../expenses/saved-expenses.ts';
import { LOCAL_OWNER, type Store } from '../ports.ts';
import { withActualBudget } from './actual-api.ts';
import { type SyncOutcome, syncToActual } from './sync-to-actual.ts';

export async function runActualSync(
  store: Pick<Store, 'expenses' | 'households'>,
  config: ActualConfig,
  currency: string,
): Promise<SyncOutcome> {
  const expenses = await savedExpenses(store.expenses, LOCAL_OWNER, {}, store.households);
  return withActualBudget(config, (ledger) =>
    syncToActual(ledger, expenses, { account: config.account, currency, categoryMap: config.categoryMap }),
  );
}
