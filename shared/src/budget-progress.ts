/**
 * Where a month stands against its budgets: the one computation, which the server runs on SQL sums
 * (GET /api/budgets) and the PWA on its local copy of the expenses (offline). In cents, never
 * floats. Apart from the schemas (budgets.ts) so the page loads it only with the month view.
 */
import type { Expense } from './api.ts';
import {
  BUDGET_THRESHOLDS,
  type Budget,
  type BudgetStatus,
  type BudgetsAnswer,
  type BudgetTarget,
  type BudgetThreshold,
} from './budgets.ts';
import { CATEGORIES, type Category } from './categories.ts';
import { monthRange } from './dates.ts';
import { centsToDecimal, decimalToCents, signedCentsToDecimal } from './money.ts';

/** A month's sums per category and currency, in cents: from SQL on the server, from Dexie offline. */
export interface MonthSpending {
  category: Category;
  currency: string;
  /** Saved expenses: what budgets count. */
  savedCents: number;
  /** Expenses waiting for review that have an amount. */
  pendingCents: number;
  /** Expenses waiting for review, with or without an amount. */
  pendingCount: number;
  /** Of those, the ones without an amount (nothing could be heard). */
  pendingWithoutAmount: number;
}

/** Only a saved expense counts against a budget; one waiting for review or confirmation does not. */
export const countsInBudget = (e: Pick<Expense, 'status' | 'amount'>): boolean =>
  e.status === 'saved' && e.amount !== null;

/** The percentages reached by `spentCents` of `budgetCents`, compared exactly in integers. */
export function thresholdsReached(spentCents: number, budgetCents: number): BudgetThreshold[] {
  return BUDGET_THRESHOLDS.filter((t) => spentCents * 100 >= budgetCents * t);
}

/** Whole percent, rounded down; 0 for an empty budget (never divides by zero). */
export function percentOf(spentCents: number, budgetCents: number): number {
  return budgetCents > 0 ? Math.floor((spentCents * 100) / budgetCents) : 0;
}

/** What a budget counts of the month's sums: its category (every one for `total`) in its currency. */
export function spentOn(
  budget: Pick<Budget, 'category' | 'currency'>,
  spending: readonly MonthSpending[],
): number {
  let cents = 0;
  for (const s of spending)
    if (s.currency === budget.currency && (budget.category === 'total' || s.category === budget.category))
      cents += s.savedCents;
  return cents;
}

/** Where each budget stands given the month's sums (amounts in cents, never floats). */
export function budgetStatuses(
  budgets: readonly Budget[],
  spending: readonly MonthSpending[],
  month: string,
): BudgetsAnswer {
  const sum = (rows: readonly MonthSpending[], pick: (s: MonthSpending) => number) =>
    rows.reduce((acc, s) => acc + pick(s), 0);
  const statuses = budgets.map((b): BudgetStatus => {
    const rows = spending.filter(
      (s) => s.currency === b.currency && (b.category === 'total' || s.category === b.category),
    );
    const budgetCents = decimalToCents(b.amount) ?? 0;
    const spentCents = spentOn(b, spending);
    const percent = percentOf(spentCents, budgetCents);
    const reached = thresholdsReached(spentCents, budgetCents);
    return {
      category: b.category,
      currency: b.currency,
      amount: centsToDecimal(budgetCents),
      spent: centsToDecimal(spentCents),
      remaining: signedCentsToDecimal(budgetCents - spentCents),
      percent,
      level: reached.includes(100) ? 'over' : reached.includes(80) ? 'warning' : 'ok',
      pending: {
        count: sum(rows, (s) => s.pendingCount),
        amount: centsToDecimal(sum(rows, (s) => s.pendingCents)),
      },
    };
  });
  const currencies = [...new Set(spending.filter((s) => s.pendingCount > 0).map((s) => s.currency))].sort();
  const pendingWithAmount = (s: MonthSpending) => s.pendingCount - s.pendingWithoutAmount;
  return {
    month,
    budgets: statuses.sort(byTarget),
    apart: {
      count: sum(spending, (s) => s.pendingCount),
      withoutAmount: sum(spending, (s) => s.pendingWithoutAmount),
      totals: currencies
        .map((currency) => {
          const rows = spending.filter((s) => s.currency === currency);
          return {
            currency,
            amount: centsToDecimal(sum(rows, (s) => s.pendingCents)),
            count: sum(rows, pendingWithAmount),
          };
        })
        .filter((t) => t.count > 0),
    },
  };
}

/** `total` first, then the categories in their usual order; by currency within each. */
// Stryker disable next-line ConditionalExpression,StringLiteral: indexOf gives 'total' -1 too; said for the reader
const rank = (target: BudgetTarget) => (target === 'total' ? -1 : CATEGORIES.indexOf(target));
const byTarget = (a: Budget, b: Budget) =>
  rank(a.category) - rank(b.category) || (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0);

/** The month's sums from expenses the phone holds (the offline twin of the server's SQL). */
export function monthSpending(expenses: readonly Expense[], month: string): MonthSpending[] {
  const { from, to } = monthRange(month);
  const sums = new Map<string, MonthSpending>();
  for (const e of expenses) {
    if (e.date < from || e.date > to) continue;
    const key = `${e.category}/${e.currency}`;
    const s = sums.get(key) ?? {
      category: e.category,
      currency: e.currency,
      savedCents: 0,
      pendingCents: 0,
      pendingCount: 0,
      pendingWithoutAmount: 0,
    };
    const cents = e.amount === null ? 0 : (decimalToCents(e.amount) ?? 0);
    if (countsInBudget(e)) s.savedCents += cents;
    else if (e.status === 'needs_review') {
      s.pendingCount += 1;
      s.pendingCents += cents;
      if (e.amount === null) s.pendingWithoutAmount += 1;
    }
    sums.set(key, s);
  }
  return [...sums.values()];
}

/** The month view's figures offline: the same answer GET /api/budgets gives, from local expenses. */
export function budgetProgress(
  budgets: readonly Budget[],
  expenses: readonly Expense[],
  month: string,
): BudgetsAnswer {
  return budgetStatuses(budgets, monthSpending(expenses, month), month);
}
