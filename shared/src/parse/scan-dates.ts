import { dateInNameEnd } from './dates-in-names.ts';
import { noDayEndsAt } from './numbers-not-money.ts';
import { matchDate } from './relative-dates.ts';
import type { DateItem } from './scan-types.ts';
import { datesTheThing } from './thing-dates.ts';
import type { Token } from './tokenize.ts';
import type { DateContext } from './types.ts';

/**
 * The date said at tokens[i], or the name that holds one (`item` absent: « rue du 8 Mai », "the
 * 7-Eleven", read as a reference), or null.
 */
export function scanDateAt(
  tokens: readonly Token[],
  i: number,
  ctx: DateContext,
): { item?: DateItem; end: number } | null {
  const date = matchDate(tokens, i, ctx);
  if (!date || noDayEndsAt(tokens, date.end)) return null;
  const named = dateInNameEnd(tokens, i, date.end);
  if (named > 0) return { end: named };
  // "un billet pour le 15 décembre", "booked a concert on Friday": the thing's day, not the payment's.
  const forDay = datesTheThing(tokens, i, date.end, date.future);
  const item: DateItem = {
    start: i,
    end: date.end,
    date: date.date,
    weak: date.weak,
    future: date.future,
    dropped: forDay,
    ...(date.vague ? { vague: true } : {}),
    ...(date.past ? { past: date.past } : {}),
  };
  return { item, end: date.end };
}
