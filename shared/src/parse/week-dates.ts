import { addDays, weekday } from '../dates.ts';
import { matchAgo, mostRecentWeekday } from './ago-dates.ts';
import { DAY_PHRASES, WEEKDAYS } from './date-words.ts';
import type { Token } from './tokenize.ts';
import type { DateContext, DateMatch } from './types.ts';

/** Days from `a` to `b` (ISO dates). */
const daysFrom = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** Monday of the week `weeks` weeks from today's (weeks start on Monday). */
const mondayOf = (today: string, weeks: number) => addDays(today, 7 * weeks - ((weekday(today) + 6) % 7));

/** The day `wd` of the week `weeks` from today's. */
function dayOfWeek(ctx: DateContext, weeks: number, wd: number, end: number): DateMatch {
  const date = addDays(mondayOf(ctx.today, weeks), (wd + 6) % 7);
  return { date, end, weak: false, future: date > ctx.today };
}

/**
 * Whole weeks said before a weekday: « la semaine dernière, lundi », « il y a deux semaines,
 * vendredi », "two weeks ago on Thursday", "three weeks ago, Monday": that day of the week said.
 */
export function weeksThenDay(
  tokens: readonly Token[],
  at: number,
  days: number,
  ctx: DateContext,
): DateMatch | null {
  if (days === 0 || days % 7 !== 0) return null;
  let k = tokens[at]?.norm === ',' ? at + 1 : at;
  if (/^(on|le)$/.test(tokens[k]?.norm ?? '')) k += 1;
  const wd = WEEKDAYS.get(tokens[k]?.norm ?? '');
  return wd === undefined ? null : dayOfWeek(ctx, days / 7, wd, k + 1);
}

/** "il y a 3 semaines", "three weeks ago", then a weekday: that day of the week said. */
export function agoThenDay(tokens: readonly Token[], i: number, ctx: DateContext): DateMatch | null {
  const ago = matchAgo(tokens, i, ctx);
  if (!ago) return null;
  return weeksThenDay(tokens, ago.end, daysFrom(ctx.today, ago.date), ctx) ?? ago;
}

/** A weeks-back phrase at tokens[at] (« il y a quinze jours », "two weeks ago"): how many weeks, or 0. */
function weeksBackAt(tokens: readonly Token[], at: number, ctx: DateContext): { weeks: number; end: number } {
  const phrase = DAY_PHRASES.match(tokens, at);
  if (phrase) {
    const p = phrase.value;
    const whole = p.special === undefined && p.days < 0 && p.days % 7 === 0;
    return whole ? { weeks: p.days / 7, end: phrase.end } : { weeks: 0, end: at };
  }
  const ago = matchAgo(tokens, at, ctx);
  const days = ago ? daysFrom(ctx.today, ago.date) : 0;
  return ago && !ago.future && days < 0 && days % 7 === 0
    ? { weeks: days / 7, end: ago.end }
    : { weeks: 0, end: at };
}

/**
 * What is said right after a weekday (at `end`) that moves it by whole weeks: « samedi en huit »,
 * « en quinze » (the coming one, a week or two on), "the Friday before last" (a week before the
 * last one), « jeudi il y a quinze jours », "Thursday two weeks ago" (that week's day).
 */
export function weekdayMovedBy(
  tokens: readonly Token[],
  end: number,
  wd: number,
  ctx: DateContext,
): DateMatch | null {
  const next = tokens[end]?.norm ?? '';
  const after = tokens[end + 1]?.norm ?? '';
  if (next === 'en' && (after === 'huit' || after === 'quinze'))
    return comingWeekdayOn(ctx, wd, after === 'huit' ? 1 : 2, end + 2);
  if (next === 'before' && after === 'last') {
    const date = addDays(mostRecentWeekday(ctx.today, wd), -7);
    return { date, end: end + 2, weak: false, future: false };
  }
  const back = weeksBackAt(tokens, tokens[end]?.norm === ',' ? end + 1 : end, ctx);
  return back.weeks === 0 ? null : dayOfWeek(ctx, back.weeks, wd, back.end);
}

/** The coming `wd` (never today), `weeks` weeks on: « samedi en huit », "a week on Friday". */
export function comingWeekdayOn(ctx: DateContext, wd: number, weeks: number, end: number): DateMatch {
  const date = addDays(ctx.today, ((wd - weekday(ctx.today) + 7) % 7 || 7) + 7 * weeks);
  return { date, end, weak: false, future: true };
}
