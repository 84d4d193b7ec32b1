/**
 * Recurring expenses: a rule ("Netflix, 9.99 EUR, leisure, on the 12th") from which the server
 * creates one expense a month on its day, in the rule's time zone. The payloads, and the calendar
 * arithmetic both sides share: a day past the month's end falls on its last day (31 → 28/29 Feb).
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
import { monthRange } from './dates.ts';
import { nextMonth } from './month.ts';
import { MonthSchema } from './report.ts';

export const DayOfMonthSchema = v.pipe(
  v.number('dayOfMonth must be a number from 1 to 31'),
  v.integer('dayOfMonth must be a whole number'),
  v.minValue(1, 'dayOfMonth must be from 1 to 31'),
  v.maxValue(31, 'dayOfMonth must be from 1 to 31'),
);

/** POST /api/recurring. `timezone`: the zone the day is counted in (the phone's); default REPORT_TIMEZONE. */
export const RecurringCreateSchema = v.strictObject({
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
});
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
});
export type ExportedRule = v.InferOutput<typeof ExportedRuleSchema>;

/** The rule's day in a month: 31 in February is the 28th (29th in a leap year). */
export function occurrenceDate(month: string, dayOfMonth: number): string {
  const { to } = monthRange(month);
  const day = Math.min(dayOfMonth, Number(to.slice(8, 10)));
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * A new rule's first expense: this month's day, even when it has passed (then it is created at
 * once: the person pays it this month too); or its day in `startMonth` when that is later (a
 * month never starts in the past: nothing is made for months gone by).
 */
export function firstOccurrence(today: string, dayOfMonth: number, startMonth?: string): string {
  const thisMonth = today.slice(0, 7);
  return occurrenceDate(startMonth && startMonth > thisMonth ? startMonth : thisMonth, dayOfMonth);
}

/** The occurrence after `date`: the same day next month. */
export const followingOccurrence = (date: string, dayOfMonth: number): string =>
  occurrenceDate(nextMonth(date.slice(0, 7)), dayOfMonth);

/**
 * The occurrences due by `today` from `nextDate` on (every missed month, oldest first, at most
 * `max`: a server off for a season catches up) and the next date once they are made.
 */
export function dueOccurrences(
  nextDate: string,
  dayOfMonth: number,
  today: string,
  max = 24,
): { due: string[]; next: string } {
  const due: string[] = [];
  let next = nextDate;
  while (next <= today && due.length < max) {
    due.push(next);
    next = followingOccurrence(next, dayOfMonth);
  }
  return { due, next };
}

/** A changed day moves the pending occurrence within its month (the month itself is kept). */
export const rescheduledOccurrence = (nextDate: string, dayOfMonth: number): string =>
  occurrenceDate(nextDate.slice(0, 7), dayOfMonth);

/** The month view's "coming up": rules whose expense is due later this month, soonest first. */
export function upcomingRecurring<R extends Pick<RecurringRule, 'nextDate'>>(
  rules: readonly R[],
  today: string,
): R[] {
  const month = today.slice(0, 7);
  return rules
    .filter((r) => r.nextDate > today && r.nextDate.startsWith(month))
    .sort((a, b) => (a.nextDate < b.nextDate ? -1 : a.nextDate > b.nextDate ? 1 : 0));
}
