/**
 * A month's numbers from the expenses the phone already has, for the month view offline. The
 * server computes the same in SQL (GET /api/report); amounts are added in cents, per currency.
 */
import type { Expense } from './api.ts';
import type { Category } from './categories.ts';
import { monthRange } from './dates.ts';
import { centsToDecimal, decimalToCents, signedCentsToDecimal } from './money.ts';
import { compareText } from './order.ts';
import type { MonthReport } from './report.ts';
import { countsInTotals } from './review.ts';

export interface MonthTotals {
  month: string;
  count: number;
  /** Of `count`, the expenses the phone read itself and has not sent yet (offline), in the totals too. */
  provisional: number;
  totals: { currency: string; amount: string; count: number }[];
  byCategory: { category: Category; currency: string; amount: string; cents: number; count: number }[];
}

/**
 * `provisional`: an expense the PWA read from a note not sent yet. The page lists it in place of
 * its note (never beside the server's row for the same note), so it is counted once, marked.
 */
export function summarizeMonth(
  expenses: readonly (Expense & { provisional?: boolean })[],
  month: string,
): MonthTotals {
  const { from, to } = monthRange(month);
  const inMonth = expenses.filter((e) => e.date >= from && e.date <= to && countsInTotals(e));
  const perCurrency = new Map<string, { cents: number; count: number }>();
  const perCategory = new Map<
    string,
    { category: Category; currency: string; cents: number; count: number }
  >();
  for (const e of inMonth) {
    const cents = decimalToCents(e.amount as string) ?? 0;
    const c = perCurrency.get(e.currency) ?? { cents: 0, count: 0 };
    perCurrency.set(e.currency, { cents: c.cents + cents, count: c.count + 1 });
    const key = `${e.category}/${e.currency}`;
    const k = perCategory.get(key) ?? { category: e.category, currency: e.currency, cents: 0, count: 0 };
    perCategory.set(key, { ...k, cents: k.cents + cents, count: k.count + 1 });
  }
  return {
    month,
    count: inMonth.length,
    provisional: inMonth.filter((e) => e.provisional === true).length,
    // Ordered as the server orders them (report-store.ts), ties included: by currency, by category.
    totals: [...perCurrency]
      .sort((a, b) => b[1].cents - a[1].cents || compareText(a[0], b[0]))
      .map(([currency, t]) => ({ currency, amount: centsToDecimal(t.cents), count: t.count })),
    byCategory: [...perCategory.values()]
      .sort(
        (a, b) =>
          compareText(a.currency, b.currency) || b.cents - a.cents || compareText(a.category, b.category),
      )
      .map((c) => ({ ...c, amount: centsToDecimal(c.cents) })),
  };
}

/**
 * This month against the previous one, per currency (never summed across currencies), in cents:
 * the difference as a signed decimal ("-12.40"), and the change in percent (one decimal place),
 * null when the previous month had nothing in that currency to compare with.
 */
export function compareTotals(
  current: readonly { currency: string; amount: string }[],
  previous: readonly { currency: string; amount: string }[],
): MonthReport['changes'] {
  const centsIn = (totals: typeof current, currency: string) =>
    decimalToCents(totals.find((t) => t.currency === currency)?.amount ?? '0') ?? 0;
  const currencies = [...new Set([...current, ...previous].map((t) => t.currency))].sort();
  return currencies.map((currency) => {
    const now = centsIn(current, currency);
    const before = centsIn(previous, currency);
    return {
      currency,
      amount: signedCentsToDecimal(now - before),
      percent: before === 0 ? null : Math.round(((now - before) * 1000) / before) / 10,
    };
  });
}

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
