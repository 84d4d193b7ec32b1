/**
 * Monthly budgets: an amount per category (or for the month's `total`) and currency. The API's
 * payloads; where a month stands against them is computed in budget-progress.ts (apart, so the
 * page's first screen, which reads these schemas, does not carry the computation).
 */
import * as v from 'valibot';
import { AmountSchema, CurrencySchema } from './api.ts';
import { CATEGORIES } from './categories.ts';
import { isIso4217 } from './currencies.ts';
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

/** A budget's currency: one in ISO 4217's list, since each budget may send alerts (no made-up codes). */
export const BudgetCurrencySchema = v.pipe(
  CurrencySchema,
  v.check(
    isIso4217,
    (issue) => `currency must be an ISO 4217 currency in use, such as EUR; "${issue.input}" is none`,
  ),
);
/** PUT /api/budgets/:category */
export const BudgetBodySchema = v.strictObject({ amount: AmountSchema, currency: BudgetCurrencySchema });
export type BudgetBody = v.InferOutput<typeof BudgetBodySchema>;
export const BudgetParamSchema = v.object({ category: BudgetTargetSchema });
/** PUT|DELETE /api/households/:id/budgets/:category (an id that is no household of yours: 404). */
export const HouseholdBudgetParamSchema = v.object({ id: v.string(), category: BudgetTargetSchema });
/** DELETE /api/budgets/:category?currency=EUR */
export const BudgetDeleteQuerySchema = v.strictObject({ currency: CurrencySchema });
/** GET /api/budgets?month=YYYY-MM */
/** GET /api/budgets: `month` YYYY-MM; without it, this month (budgets.ts `monthBudgets` says in which zone). */
export const BudgetsQuerySchema = v.strictObject({ month: v.optional(MonthSchema) });
/** GET /api/households/:id/budgets: the month is always said. */
export const HouseholdBudgetsQuerySchema = v.strictObject({ month: MonthSchema });

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
  currency: BudgetCurrencySchema,
  amount: AmountSchema,
});
export type ExportedBudget = v.InferOutput<typeof ExportedBudgetSchema>;

/** A household's budget in a JSON export (restored only for a member of that household). */
export const ExportedHouseholdBudgetSchema = v.strictObject({
  householdId: v.pipe(v.string(), v.uuid('must be a UUID')),
  ...ExportedBudgetSchema.entries,
});
export type ExportedHouseholdBudget = v.InferOutput<typeof ExportedHouseholdBudgetSchema>;

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
