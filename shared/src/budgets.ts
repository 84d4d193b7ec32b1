/**
 * Monthly budgets: an amount per category (or for the month's `total`) and currency. The API's
 * payloads, and the one computation of where a month stands against them — the server runs it on
 * SQL sums (GET /api/budgets), the PWA on its local copy of the expenses (offline). In cents.
 */
import * as v from 'valibot';
import { AmountSchema, CurrencySchema, type Expense } from './api.ts';
import { CATEGORIES, type Category } from './categories.ts';
import { monthRange } from './dates.ts';
import { centsToDecimal, decimalToCents, signedCentsToDecimal } from './money.ts';
import { MonthSchema } from './report.ts';

/** What a budget is for: one category, or everything the month spent (`total`). */
export const BUDGET_TARGETS = [...CATEGORIES, 'total'] as const;
export type BudgetTarget = (typeof BUDGET_TARGETS)[number];
export const BudgetTargetSchema = v.picklist(
  BUDGET_TARGETS,
  `category must be one of ${BUDGET_TARGETS.join(', ')}`,
);

/** The percentages of a budget that alert (once each per category, currency and month). */
export const BUDGET_THRESHOLDS = [80, 100] as const;
export type BudgetThreshold = (typeof BUDGET_THRESHOLDS)[number];

/** PUT /api/budgets/:category */
export const BudgetBodySchema = v.strictObject({ amount: AmountSchema, currency: CurrencySchema });
export type BudgetBody = v.InferOutput<typeof BudgetBodySchema>;
export const BudgetParamSchema = v.object({ category: BudgetTargetSchema });
/** DELETE /api/budgets/:category?currency=EUR */
export const BudgetDeleteQuerySchema = v.strictObject({ currency: CurrencySchema });
/** GET /api/budgets?month=YYYY-MM */
export const BudgetsQuerySchema = v.strictObject({ month: MonthSchema });

export const BudgetSchema = v.object({
  category: BudgetTargetSchema,
  currency: v.string(),
  /** The monthly amount, a decimal string ("100.00"). */
  amount: v.string(),
});
export type Budget = v.InferOutput<typeof BudgetSchema>;

/** A budget in a JSON export (and import). */
export const ExportedBudgetSchema = v.strictObject({
  category: BudgetTargetSchema,
  currency: CurrencySchema,
  amount: AmountSchema,
});
export type ExportedBudget = v.InferOutput<typeof ExportedBudgetSchema>;

export const BUDGET_LEVELS = ['ok', 'warning', 'over'] as const;

export const BudgetStatusSchema = v.object({
  ...BudgetSchema.entries,
  /** Saved expenses of the month in this category (all categories for `total`) and currency. */
  spent: v.string(),
  /** amount − spent, negative once over ("-12.40"). */
  remaining: v.string(),
  /** spent / amount in whole percent, rounded down (99.9 % is 99: the bar turns red at 100 only). */
  percent: v.number(),
  /** ok below 80 %, warning from 80 %, over from 100 %: the bar's colour. */
  level: v.picklist(BUDGET_LEVELS),
  /** Expenses of the month still waiting for review here (not counted in `spent`). */
  pending: v.object({ count: v.number(), amount: v.string() }),
});
export type BudgetStatus = v.InferOutput<typeof BudgetStatusSchema>;

export const BudgetsAnswerSchema = v.object({
  month: v.string(),
  budgets: v.array(BudgetStatusSchema),
  /**
   * What does not count yet, shown apart: the month's expenses waiting for review (unsure, or
   * waiting for the person's confirmation), per currency; `withoutAmount` have no amount at all.
   */
  apart: v.object({
    count: v.number(),
    withoutAmount: v.number(),
    totals: v.array(v.object({ currency: v.string(), amount: v.string(), count: v.number() })),
  }),
});
export type BudgetsAnswer = v.InferOutput<typeof BudgetsAnswerSchema>;

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
