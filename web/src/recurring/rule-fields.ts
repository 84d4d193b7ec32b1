/**
 * A recurring rule's fields as the forms hold them, a rule made from an expense the person
 * already has — its first month the next one, so the server does not make this month's a second
 * time (`startMonth`) — and POST /api/recurring with its outcome in words.
 */
import { type Category, type Expense, nextMonth, type RuleSplit } from '@voicetrack/shared';
import type { ApiClient } from '../data/api/client.ts';
import { currentTimeZone } from '../data/time.ts';
import type { MoneyStrings } from '../i18n/money.ts';
import { problem } from '../money/money-answer.ts';

export interface RuleFields {
  amount: string;
  currency: string;
  category: Category;
  description: string;
  dayOfMonth: number;
  /** A household's rule: its bill is the household's, paid by `paidBy`, split by `split`. */
  shared?: { householdId: string; paidBy: string; split: RuleSplit } | undefined;
}

/**
 * A rule's fields from an expense, on `dayOfMonth` (the words' day, else the expense's own). A
 * household's bill makes a household's rule: the same payer, and « pour X » when one member bore
 * it all, else equal.
 */
export const ruleFieldsOf = (expense: Expense, dayOfMonth?: number): RuleFields => {
  const bearers = (expense.split ?? []).filter((s) => s.cents > 0);
  const only = bearers.length === 1 && bearers[0] ? bearers[0].memberId : null;
  return {
    amount: expense.amount ?? '',
    currency: expense.currency,
    category: expense.category,
    description: expense.description,
    dayOfMonth: dayOfMonth ?? Number(expense.date.slice(8, 10)),
    ...(expense.householdId && expense.paidBy
      ? {
          shared: {
            householdId: expense.householdId,
            paidBy: expense.paidBy,
            split: only ? { kind: 'only', memberId: only } : { kind: 'equal' },
          },
        }
      : {}),
  };
};

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
  const { shared, ...rule } = fields;
  const got = await api.createRecurring({ ...rule, ...shared, timezone: currentTimeZone(), startMonth });
  return problem(got, m);
}
