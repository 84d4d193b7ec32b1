/**
 * Saved expenses into an account of an Actual budget: new ones with importTransactions and
 * `imported_id` = the expense's id (Actual's own key for "already imported"), edited ones updated,
 * unchanged ones left alone — so a second run doubles nothing. Amounts in cents, negative; the
 * payee is the description; the category the Actual category of the same name (ACTUAL_CATEGORY_MAP,
 * else the category's French or English name). Talks to Actual through the ActualLedger port.
 */
import {
  CATEGORY_LABELS,
  type Category,
  decimalToCents,
  type LedgerExpense,
  sharedMemo,
} from '@voicetrack/shared';

export interface LedgerTransaction {
  id: string;
  date: string;
  amount: number;
  imported_id?: string | null;
  category?: string | null;
  notes?: string | null;
  payee_name?: string | null;
  imported_payee?: string | null;
}

/** The part of @actual-app/api the sync uses (actual-api.ts implements it). */
export interface ActualLedger {
  accounts(): Promise<{ id: string; name: string; closed?: boolean }[]>;
  createAccount(name: string): Promise<string>;
  categories(): Promise<{ id: string; name: string }[]>;
  transactions(accountId: string): Promise<LedgerTransaction[]>;
  importTransactions(accountId: string, transactions: Omit<LedgerTransaction, 'id'>[]): Promise<void>;
  updateTransaction(id: string, fields: Partial<LedgerTransaction>): Promise<void>;
}

/** A household's bill comes at the part synced, its household and whole bill in the notes. */
export type SyncedExpense = LedgerExpense;

export interface SyncOutcome {
  account: string;
  added: number;
  updated: number;
  unchanged: number;
  /** Expenses in another currency than the account's (Actual accounts hold one): left out. */
  skipped: number;
}

export async function syncToActual(
  ledger: ActualLedger,
  expenses: readonly SyncedExpense[],
  options: { account: string; currency: string; categoryMap: Partial<Record<Category, string>> },
): Promise<SyncOutcome> {
  const accounts = await ledger.accounts();
  const found = accounts.find((a) => a.name.toLowerCase() === options.account.toLowerCase() && !a.closed);
  const accountId = found?.id ?? (await ledger.createAccount(options.account));
  const categories = await ledger.categories();
  const byName = new Map(categories.map((c) => [c.name.toLowerCase(), c.id]));
  const categoryOf = (category: Category) =>
    [options.categoryMap[category], CATEGORY_LABELS.fr[category], CATEGORY_LABELS.en[category]]
      .filter((n): n is string => Boolean(n))
      .map((n) => byName.get(n.toLowerCase()))
      .find(Boolean) ?? null;
  const existing = new Map(
    (await ledger.transactions(accountId))
      .filter((t) => t.imported_id)
      .map((t) => [t.imported_id as string, t]),
  );
  const fresh: Omit<LedgerTransaction, 'id'>[] = [];
  let updated = 0;
  let unchanged = 0;
  let skipped = 0;
  for (const e of expenses) {
    if (e.currency !== options.currency) {
      skipped++;
      continue;
    }
    const wanted = {
      date: e.date,
      amount: -(decimalToCents(e.amount) ?? 0),
      category: categoryOf(e.category),
      notes: e.shared ? `${e.description} — ${sharedMemo(e, 'fr')}` : e.description,
    };
    const known = existing.get(e.id);
    if (!known) {
      fresh.push({
        ...wanted,
        imported_id: e.id,
        payee_name: e.description || CATEGORY_LABELS.fr[e.category],
      });
      continue;
    }
    const changed =
      known.date !== wanted.date ||
      known.amount !== wanted.amount ||
      (known.category ?? null) !== wanted.category ||
      (known.notes ?? '') !== wanted.notes;
    if (!changed) {
      unchanged++;
      continue;
    }
    await ledger.updateTransaction(known.id, wanted);
    updated++;
  }
  if (fresh.length > 0) await ledger.importTransactions(accountId, fresh);
  return { account: options.account, added: fresh.length, updated, unchanged, skipped };
}
