/**
 * The rows of the month view's money, as plain data: a total per currency and a row per category
 * and currency, each with its budget's standing when it has one. A category with a budget shows
 * even in a month it spent nothing; one with neither spending nor budget does not.
 */
import type { BudgetStatus, BudgetsAnswer, BudgetTarget, MonthTotals } from '@voicetrack/shared';

export interface MoneyRow {
  target: BudgetTarget;
  currency: string;
  /** What the month shows for it, as the totals count (expenses waiting for review included). */
  amount: string;
  /** Its budget's standing (saved expenses only), or null: no budget in this currency. */
  budget: BudgetStatus | null;
}

const budgetOf = (answer: BudgetsAnswer | null, target: BudgetTarget, currency: string) =>
  answer?.budgets.find((b) => b.category === target && b.currency === currency) ?? null;

/** One per currency the month spent in, then one per currency that only has a total budget. */
export function totalRows(month: MonthTotals, answer: BudgetsAnswer | null): MoneyRow[] {
  const rows: MoneyRow[] = month.totals.map((t) => ({
    target: 'total',
    currency: t.currency,
    amount: t.amount,
    budget: budgetOf(answer, 'total', t.currency),
  }));
  for (const b of answer?.budgets ?? []) {
    if (b.category === 'total' && !rows.some((r) => r.currency === b.currency))
      rows.push({ target: 'total', currency: b.currency, amount: '0.00', budget: b });
  }
  return rows;
}

/** The month's categories (biggest first, per currency), then the budgeted ones it did not spend on. */
export function categoryRows(month: MonthTotals, answer: BudgetsAnswer | null): MoneyRow[] {
  const rows: MoneyRow[] = month.byCategory.map((c) => ({
    target: c.category,
    currency: c.currency,
    amount: c.amount,
    budget: budgetOf(answer, c.category, c.currency),
  }));
  for (const b of answer?.budgets ?? []) {
    if (b.category !== 'total' && !rows.some((r) => r.target === b.category && r.currency === b.currency))
      rows.push({ target: b.category, currency: b.currency, amount: '0.00', budget: b });
  }
  return rows;
}

/** The currency a new budget starts in: the month's main one, else a budget's, else the euro. */
export const defaultCurrency = (month: MonthTotals, answer: BudgetsAnswer | null): string =>
  month.totals[0]?.currency ?? answer?.budgets[0]?.currency ?? 'EUR';

/** A negative remaining ("-12.40") as the amount it is over by ("12.40"). */
export const overBy = (remaining: string): string => remaining.replace(/^-/, '');

/** How much of the bar to fill: the percent, never past the end. */
export const barWidth = (percent: number): number => Math.max(0, Math.min(100, percent));
