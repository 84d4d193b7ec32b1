/**
 * What the month's charts draw, as plain data (tested beside it): per currency, a bar per
 * category scaled to the largest of its spending and budgets, with the budget's mark where there
 * is one; and the last six months' totals per currency. Money stays in integer cents.
 */
import { decimalToCents, type Expense, previousMonth, summarizeMonth } from '@voicetrack/shared';
import type { MoneyRow } from './money-rows.ts';

export interface CategoryBar {
  category: MoneyRow['target'];
  amount: string;
  /** Spent, as a share of the chart's width (0–1). */
  spent: number;
  /** The budget's mark, as a share of the width; null: no budget. */
  budget: number | null;
  budgetAmount: string | null;
  over: boolean;
}

export interface CategoryChart {
  currency: string;
  bars: CategoryBar[];
}

const centsOf = (amount: string | null | undefined) => (amount ? (decimalToCents(amount) ?? 0) : 0);

/** One chart per currency the month spent in or budgets in, its categories in the rows' order. */
export function categoryCharts(rows: readonly MoneyRow[]): CategoryChart[] {
  const charts: CategoryChart[] = [];
  for (const currency of [...new Set(rows.map((r) => r.currency))]) {
    const mine = rows.filter((r) => r.currency === currency && r.target !== 'total');
    const widest = Math.max(1, ...mine.flatMap((r) => [centsOf(r.amount), centsOf(r.budget?.amount)]));
    const bars = mine
      .filter((r) => centsOf(r.amount) > 0 || r.budget)
      .map((r) => {
        const budget = r.budget ? centsOf(r.budget.amount) : null;
        return {
          category: r.target,
          amount: r.amount,
          spent: centsOf(r.amount) / widest,
          budget: budget === null ? null : budget / widest,
          budgetAmount: r.budget?.amount ?? null,
          over: budget !== null && centsOf(r.amount) > budget,
        };
      });
    if (bars.length > 0) charts.push({ currency, bars });
  }
  return charts;
}

export interface MonthBar {
  month: string;
  amount: string;
  /** As a share of the tallest month (0–1). */
  height: number;
}

/** The six months up to `month` (oldest first), per currency spent in any of them. */
export function lastSixMonths(
  expenses: readonly Expense[],
  month: string,
): { currency: string; months: MonthBar[] }[] {
  const months = [month];
  while (months.length < 6) months.unshift(previousMonth(months[0] as string));
  const totals = months.map((m) => summarizeMonth(expenses, m).totals);
  const currencies = [...new Set(totals.flatMap((t) => t.map((x) => x.currency)))];
  return currencies.map((currency) => {
    const amounts = totals.map((t) => t.find((x) => x.currency === currency)?.amount ?? '0.00');
    const tallest = Math.max(1, ...amounts.map(centsOf));
    return {
      currency,
      months: months.map((m, i) => ({
        month: m,
        amount: amounts[i] as string,
        height: centsOf(amounts[i]) / tallest,
      })),
    };
  });
}
