/**
 * Every saved expense with an amount, page by page (newest first, as the store lists them), in
 * the shape other ledgers take: the OFX/QIF exports and the sync to Actual read them this way.
 * With the households' store, the bills of the owner's households come too, each at the owner's
 * part (the whole bill where the asker speaks for nobody: the server's own ledger is the
 * family's), with its household and whole amount for the memo; a bill that is none of theirs
 * (a part of 0) is left out. Personal expenses come out exactly as before.
 */
import { centsToDecimal, decimalToCents, type Expense, type LedgerExpense } from '@voicetrack/shared';
import { myHouseholds } from '../households/my-households.ts';
import type { ExpenseStore, HouseholdStore, Owner } from '../ports.ts';

type Range = { from?: string | undefined; to?: string | undefined };

async function eachSaved(
  expenses: ExpenseStore,
  owner: Owner,
  range: Range,
  householdId: string | undefined,
  take: (e: Expense & { amount: string }) => void,
): Promise<void> {
  let cursor: string | null = null;
  do {
    const page = await expenses.list(owner, {
      ...(range.from ? { from: range.from } : {}),
      ...(range.to ? { to: range.to } : {}),
      ...(householdId ? { householdId } : {}),
      status: 'saved',
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    for (const e of page.expenses) if (e.amount !== null) take(e as Expense & { amount: string });
    cursor = page.nextCursor;
  } while (cursor);
}

const ledgerRow = (e: Expense & { amount: string }): LedgerExpense => ({
  id: e.id,
  date: e.date,
  amount: e.amount,
  currency: e.currency,
  category: e.category,
  description: e.description,
});

export async function savedExpenses(
  expenses: ExpenseStore,
  owner: Owner,
  range: Range = {},
  households?: HouseholdStore,
): Promise<LedgerExpense[]> {
  const found: LedgerExpense[] = [];
  await eachSaved(expenses, owner, range, undefined, (e) => found.push(ledgerRow(e)));
  if (!households) return found;
  const bills: LedgerExpense[] = [];
  for (const { record, me } of (await myHouseholds(households, owner)).values()) {
    await eachSaved(expenses, owner, range, record.id, (e) => {
      const cents = me
        ? (e.split ?? []).filter((s) => s.memberId === me.id).reduce((n, s) => n + s.cents, 0)
        : decimalToCents(e.amount);
      if (!cents) return;
      bills.push({
        ...ledgerRow(e),
        amount: centsToDecimal(cents),
        shared: { household: record.name, whole: e.amount },
      });
    });
  }
  // Newest first, as the personal list: a stable sort keeps each list's own order within a day.
  return [...found, ...bills].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
