/**
 * The ActualLedger port over Actual's official Node client, @actual-app/api: it downloads the
 * budget from the sync server into ACTUAL's data dir, works on it, and syncs back on shutdown.
 * The client is one budget per process (module state): runs are serialised here.
 */
import { mkdirSync } from 'node:fs';
import type { ActualConfig } from '../config/actual.ts';
import type { ActualLedger, LedgerTransaction } from './sync-to-actual.ts';

type Api = typeof import('@actual-app/api');

let queue: Promise<unknown> = Promise.resolve();

/** Opens the budget, runs `work` on it, syncs and closes, one run at a time in this process. */
export function withActualBudget<T>(
  config: ActualConfig,
  work: (ledger: ActualLedger) => Promise<T>,
): Promise<T> {
  const run = queue.then(async () => {
    const api: Api = await import('@actual-app/api');
    mkdirSync(config.dataDir, { recursive: true });
    await api.init({ dataDir: config.dataDir, serverURL: config.serverUrl, password: config.password });
    try {
      await api.downloadBudget(
        config.syncId,
        config.budgetPassword ? { password: config.budgetPassword } : {},
      );
      const result = await work(ledgerOf(api));
      await api.sync();
      return result;
    } finally {
      await api.shutdown();
    }
  });
  queue = run.catch(() => {});
  return run;
}

function ledgerOf(api: Api): ActualLedger {
  return {
    accounts: async () =>
      (await api.getAccounts()).map((a) => ({ id: a.id, name: a.name, closed: Boolean(a.closed) })),
    createAccount: (name) => api.createAccount({ name, offbudget: false }, 0),
    categories: async () =>
      (await api.getCategories()).filter((c) => 'name' in c).map((c) => ({ id: c.id, name: c.name })),
    transactions: async (accountId) =>
      (await api.getTransactions(accountId, '1970-01-01', '2999-12-31')).map(
        (t): LedgerTransaction => ({
          id: t.id,
          date: t.date,
          amount: t.amount,
          imported_id: t.imported_id ?? null,
          category: t.category ?? null,
          notes: t.notes ?? null,
        }),
      ),
    importTransactions: async (accountId, transactions) => {
      const result = await api.importTransactions(
        accountId,
        transactions.map((t) => ({
          date: t.date,
          amount: t.amount,
          imported_id: t.imported_id ?? undefined,
          payee_name: t.payee_name ?? undefined,
          category: t.category ?? undefined,
          notes: t.notes ?? undefined,
          account: accountId,
        })),
      );
      if (result.errors.length > 0)
        throw new Error(`Actual refused the import: ${result.errors[0]?.message}`);
    },
    updateTransaction: async (id, fields) => {
      await api.updateTransaction(id, {
        ...(fields.date !== undefined ? { date: fields.date } : {}),
        ...(fields.amount !== undefined ? { amount: fields.amount } : {}),
        // Actual's type says string, its database takes null: no category.
        ...(fields.category !== undefined ? { category: fields.category as string } : {}),
        ...(fields.notes !== undefined && fields.notes !== null ? { notes: fields.notes } : {}),
      });
    },
  };
}
