/**
 * The calendar of recurring expenses, shared by the server (which makes them) and the page (which
 * shows what is coming): a day past the month's end falls on its last day (31 → 28/29 February).
 * Apart from the schemas (recurring.ts) so the page loads it only with the screens that use it.
 */
import { monthRange } from './dates.ts';
import { nextMonth } from './month.ts';
import type { RecurringRule } from './recurring.ts';

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
  // Stryker disable next-line EqualityOperator: a startMonth equal to this month gives this month either way
  return occurrenceDate(startMonth && startMonth > thisMonth ? startMonth : thisMonth, dayOfMonth);
}

/** The occurrence after `date`: the same day next month. */
export const followingOccurrence = (date: string, dayOfMonth: number): string =>
  // Stryker disable next-line MethodExpression: nextMonth reads the year and month of a whole date too
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
