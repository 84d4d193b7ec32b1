/**
 * Recurring expenses: a rule ("Netflix, 9.99 EUR, leisure, on the 12th") from which the server
 * creates one expense a month on its day, in the rule's time zone. The payloads; the calendar
 * arithmetic both sides share is in recurring-dates.ts.
 */
import * as v from 'valibot';
import {
  AmountSchema,
  CategorySchema,
  CurrencySchema,
  DescriptionSchema,
  ExpenseSchema,
  InstantSchema,
  IsoDateSchema,
  TimeZoneSchema,
} from './api.ts';
import { HouseholdIdSchema, MemberIdSchema, ShareSchema } from './households/households-api.ts';
import { PAUSED_REASONS, RuleSplitSchema } from './households/rule-split.ts';
import { MonthSchema } from './report.ts';

export const DayOfMonthSchema = v.pipe(
  v.number('dayOfMonth must be a number from 1 to 31'),
  v.integer('dayOfMonth must be a whole number'),
  v.minValue(1, 'dayOfMonth must be from 1 to 31'),
  v.maxValue(31, 'dayOfMonth must be from 1 to 31'),
);

/**
 * A household's rule (« loyer 800 €, partagé 50/50 »): each month's expense is the household's
 * bill, the whole amount, paid by `paidBy` (default: the member who makes the rule) and split by
 * `split` (default equal) among the members there that month (households/rule-split.ts).
 */
const sharedRuleFields = {
  householdId: v.optional(HouseholdIdSchema),
  paidBy: v.optional(v.pipe(v.string('paidBy must be text'), v.uuid('paidBy must be a member id'))),
  split: v.optional(RuleSplitSchema),
};

/** POST /api/recurring. `timezone`: the zone the day is counted in (the phone's); default REPORT_TIMEZONE. */
export const RecurringCreateSchema = v.pipe(
  v.strictObject({
    amount: AmountSchema,
    currency: CurrencySchema,
    category: CategorySchema,
    description: v.optional(DescriptionSchema, ''),
    dayOfMonth: DayOfMonthSchema,
    timezone: v.optional(TimeZoneSchema),
    /**
     * The first month the rule makes an expense for (YYYY-MM); default, and at the earliest, this
     * month. The PWA sends the month after an expense the person already has ("Netflix 9,99 € tous
     * les mois" was just saved), so that month's expense is not made a second time.
     */
    startMonth: v.optional(MonthSchema),
    ...sharedRuleFields,
  }),
  v.check(
    (r) => r.householdId !== undefined || (r.paidBy === undefined && r.split === undefined),
    'paidBy and split are for a household’s rule: give its householdId',
  ),
);
export type RecurringCreate = v.InferOutput<typeof RecurringCreateSchema>;

/** PATCH /api/recurring/:id — what changes applies from the next expense on, never to past ones. */
export const RecurringPatchSchema = v.pipe(
  v.strictObject({
    amount: v.optional(AmountSchema),
    currency: v.optional(CurrencySchema),
    category: v.optional(CategorySchema),
    description: v.optional(DescriptionSchema),
    dayOfMonth: v.optional(DayOfMonthSchema),
    timezone: v.optional(TimeZoneSchema),
    /** A household's rule only: who pays from the next bill on, how it is split. */
    paidBy: sharedRuleFields.paidBy,
    split: sharedRuleFields.split,
  }),
  v.check((p) => Object.keys(p).length > 0, 'give at least one field to change'),
);
export type RecurringPatch = v.InferOutput<typeof RecurringPatchSchema>;

export const RecurringRuleSchema = v.object({
  id: v.string(),
  amount: v.string(),
  currency: v.string(),
  category: CategorySchema,
  description: v.string(),
  dayOfMonth: v.number(),
  timezone: v.string(),
  /** The date of the next expense the rule will create (YYYY-MM-DD, in its zone). */
  nextDate: v.string(),
  createdAt: v.string(),
  updatedAt: v.string(),
  /** A household's rule: its household, payer and split (absent on a personal rule). */
  householdId: v.optional(v.string()),
  paidBy: v.optional(v.string()),
  split: v.optional(RuleSplitSchema),
  /** The next bill's cents among the members there now; absent while paused. */
  shares: v.optional(v.array(ShareSchema)),
  /** Why no bill is made: the payer left, or everyone who bore it did. */
  pausedReason: v.optional(v.picklist(PAUSED_REASONS)),
});
export type RecurringRule = v.InferOutput<typeof RecurringRuleSchema>;

export const RecurringListSchema = v.object({ rules: v.array(RecurringRuleSchema) });

/** What POST /api/recurring answers: the rule, and this month's expense when its day has come. */
export const RecurringCreatedSchema = v.object({
  rule: RecurringRuleSchema,
  expenses: v.array(ExpenseSchema),
});
export type RecurringCreated = v.InferOutput<typeof RecurringCreatedSchema>;

/** A rule in a JSON export: its id too, so the expenses it made keep their idempotency keys. */
export const ExportedRuleSchema = v.strictObject({
  id: v.pipe(v.string(), v.uuid('id must be a UUID')),
  amount: AmountSchema,
  currency: CurrencySchema,
  category: CategorySchema,
  description: DescriptionSchema,
  dayOfMonth: DayOfMonthSchema,
  timezone: TimeZoneSchema,
  nextDate: IsoDateSchema,
  createdAt: v.optional(InstantSchema),
  /** A household's rule; `shares` says the exporter's part, for an importer who is no member. */
  householdId: v.optional(HouseholdIdSchema),
  paidBy: v.optional(MemberIdSchema),
  split: v.optional(RuleSplitSchema),
  shares: v.optional(v.array(ShareSchema)),
  pausedReason: v.optional(v.picklist(PAUSED_REASONS)),
});
export type ExportedRule = v.InferOutput<typeof ExportedRuleSchema>;
