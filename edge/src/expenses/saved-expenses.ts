/**
 * Every saved expense with an amount, page by page (newest first, as the store lists them), in
 * the shape other ledgers take: the OFX/QIF exports and the sync to Actual read them this way.
 */
import type { LedgerExpense } from '@voicetrack/shared';
import type { ExpenseStore, Owner } from '../ports.ts';

export async function savedExpenses(
  expenses: ExpenseStore,
  owner: Owner,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<LedgerExpense[]> {
  const found: LedgerExpense[] = [];
  let cursor: string | null = null;
  do {
    const page = await expenses.list(owner, {
      ...(range.from ? { from: range.from } : {}),
      ...(range.to ? { to: range.to } : {}),
      status: 'saved',
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    for (const e of page.expenses)
      if (e.amount !== null)
        found.push({
          id: e.id,
          date: e.date,
          amount: e.amount,
          currency: e.currency,
          category: e.category,
          description: e.description,
        });
    cursor = page.nextCursor;
  } while (cursor);
  return found;
}
