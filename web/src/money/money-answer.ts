/**
 * The money screens' writes as the person reads their outcome: what went wrong in words (offline,
 * or the server's refusal), and a rule made from an expense the person already has — its first
 * month the next one, so the server does not make this month's a second time (`startMonth`).
 */
import { type Category, type Expense, nextMonth } from '@voicetrack/shared';
import type { Answer } from '../data/api/answer.ts';
import type { ApiClient } from '../data/api/client.ts';
import { currentTimeZone } from '../data/time.ts';
import type { MoneyStrings } from '../i18n/money.ts';

/** What went wrong with a write, in words; null when it went through. */
export function problem(got: Answer<unknown>, m: MoneyStrings): string | null {
  switch (got.kind) {
    case 'ok':
      return null;
    case 'offline':
      return m.offline;
    case 'refused':
      return m.refused(got.code);
  }
}

export interface RuleFields {
  amount: string;
  currency: string;
  category: Category;
  description: string;
  dayOfMonth: number;
}

/** A rule's fields from an expense, on `dayOfMonth` (the words' day, else the expense's own). */
export const ruleFieldsOf = (expense: Expense, dayOfMonth?: number): RuleFields => ({
  amount: expense.amount ?? '',
  currency: expense.currency,
  category: expense.category,
  description: expense.description,
  dayOfMonth: dayOfMonth ?? Number(expense.date.slice(8, 10)),
});

/** The month a rule made from `expense` starts: the one after it (that month is paid already). */
export const startMonthAfter = (expense: Pick<Expense, 'date'>): string =>
  nextMonth(expense.date.slice(0, 7));

/** POST /api/recurring in the phone's time zone, from `startMonth`: null once made, else why not. */
export async function makeRecurring(
  api: ApiClient,
  m: MoneyStrings,
  fields: RuleFields,
  startMonth: string,
): Promise<string | null> {
  const got = await api.createRecurring({ ...fields, timezone: currentTimeZone(), startMonth });
  return problem(got, m);
}
