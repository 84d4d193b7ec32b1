import { addDays, isIsoDate, weekday } from '../dates.ts';
import { mostRecentWeekday } from './ago-dates.ts';
import { hourAfterDay } from './clock-times.ts';
import {
  DAY_PHRASES,
  TIME_OF_DAY,
  WEEK_OF,
  WEEKDAY_PREFIXES,
  WEEKDAY_SUFFIX_PHRASES,
  WEEKDAY_SUFFIXES,
  WEEKDAYS,
} from './date-words.ts';
import { matchDayOfMonth, matchDayOfWeekday, nearMonthDay } from './day-of-month.ts';
import { addMonths, matchMonthAlone } from './month-dates.ts';
import { matchNamedDay } from './named-days.ts';
import { eveningThenSmallHours, smallHoursAfter } from './night-hours.ts';
import { matchSeason } from './seasons.ts';
import type { Token } from './tokenize.ts';
import type { DateContext, DateMatch } from './types.ts';
import { agoThenDay, comingWeekdayOn, weekdayMovedBy, weeksThenDay } from './week-dates.ts';
import { matchWeekdayOfMonth } from './weekday-of-month.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function lastMonthSameDay(today: string): string {
  const day = Number(today.slice(8, 10));
  const first = addDays(`${today.slice(0, 8)}01`, -1); // last day of the previous month
  // Stryker disable next-line EqualityOperator: on the last day itself both give that day
  return Number(first.slice(8, 10)) < day ? first : `${first.slice(0, 8)}${pad(day)}`;
}

/** "jeudi dernier", "Thursday last week": the suffix says it is behind. */
function saysPast(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    // Stryker disable next-line Regex,OptionalChaining,StringLiteral: only the suffixes read above reach here, within the tokens
    if (/^(dernier|derniere|passee?|last|ago)$/.test(tokens[i]?.norm ?? '')) return true;
  return false;
}

function matchWeekday(tokens: readonly Token[], i: number, ctx: DateContext): DateMatch | null {
  const prefix = WEEKDAY_PREFIXES.match(tokens, i);
  const at = prefix ? prefix.end : i;
  const wd = WEEKDAYS.get(tokens[at]?.norm ?? '');
  // "Black Friday", "Cyber Monday" name a day of sales, not last Friday (named-days.ts).
  if (wd === undefined || /^(black|cyber)$/.test(tokens[at - 1]?.norm ?? '')) return null;
  // "la garderie du mercredi", "le marché du dimanche": a kind of day, not a date, unless said
  // of a week ("du mercredi dernier").
  if (
    !prefix &&
    tokens[at - 1]?.norm === 'du' &&
    !/^(dernier|prochain|passe)$/.test(tokens[at + 1]?.norm ?? '')
  )
    return null;
  // "lundi 23 novembre": the day number is more precise than the weekday.
  const precise = matchDayOfMonth(tokens, at + 1, ctx) ?? matchDayOfWeekday(tokens, at + 1, wd, ctx);
  if (precise) return precise;
  // "a week on Friday", "a week from Friday": the coming Friday, a week on.
  if (prefix?.value === 'weekOn') return comingWeekdayOn(ctx, wd, 1, at + 1);
  const moved = weekdayMovedBy(tokens, at + 1, wd, ctx);
  if (moved) return moved;
  let end = at + 1;
  // "mercredi de la semaine dernière": Monday-based weeks, that day of the week before or after.
  const week = WEEK_OF.match(tokens, end);
  if (week) {
    const monday = addDays(ctx.today, -((weekday(ctx.today) + 6) % 7));
    const date = addDays(monday, 7 * week.value + ((wd + 6) % 7));
    return { date, end: week.end, weak: false, future: date > ctx.today };
  }
  // "jeudi" in a sentence about the days to come ("je paierai… jeudi") is the next Thursday;
  // "this Friday" said on a Tuesday is this week's, still to come.
  const ahead =
    ctx.ahead === true || (prefix?.value === 'this' && (wd + 6) % 7 > (weekday(ctx.today) + 6) % 7);
  let future = prefix?.value === 'next' || (prefix?.value !== 'past' && ahead);
  // Stryker disable next-line StringLiteral: past the last token, any word that is not "prochain" does
  const next = tokens[end]?.norm ?? '';
  if (next === 'prochain' || next === 'prochaine') future = true;
  // Stryker disable next-line EqualityOperator: one step past the last token reads nothing and stops the same
  while (end < tokens.length) {
    // Stryker disable next-line OptionalChaining,StringLiteral: the loop stays within the tokens
    const suffix = tokens[end]?.norm ?? '';
    if (WEEKDAY_SUFFIXES.has(suffix) || suffix === 'prochain' || suffix === 'prochaine') end += 1;
    else {
      const phrase = WEEKDAY_SUFFIX_PHRASES.match(tokens, end);
      if (!phrase) break;
      end = phrase.end;
    }
  }
  if (saysPast(tokens, at + 1, end)) future = prefix?.value === 'next';
  const date = future
    ? addDays(ctx.today, (wd - weekday(ctx.today) + 7) % 7 || 7)
    : mostRecentWeekday(ctx.today, wd);
  return { date, end, weak: false, future };
}

function matchWrittenDate(t: Token, ctx: DateContext): string | null {
  if (t.kind === 'isoDate') return isIsoDate(t.norm) ? t.norm : null;
  const [a, b, y] = t.norm.split('/').map(Number);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: the tokenizer always gives a day and a month
  if (a === undefined || b === undefined) return null;
  const year = y === undefined ? null : y < 100 ? 2000 + y : y;
  // In the phone's order: "11/3" on an en-US phone is 3 November, elsewhere 11 March.
  const [d, m] = ctx.monthFirst === true ? [b, a] : [a, b];
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: nearMonthDay refuses a month outside 1–12 too
  return m < 1 || m > 12 ? null : nearMonthDay(ctx.today, m, d, year);
}

/** The first day of the month `step` months from today's: « début du mois », "early last month". */
function monthStart(today: string, step: number): string {
  const m = Number(today.slice(5, 7)) - 1 + step;
  const y = Number(today.slice(0, 4)) + Math.floor(m / 12);
  return `${y}-${pad((((m % 12) + 12) % 12) + 1)}-01`;
}

/**
 * « dans la nuit de samedi à dimanche », "from Friday to Sunday", « du 3 au 5 »: a span of days
 * is read as its first, as « début du mois » is; the second day is part of it, not a date of its own.
 */
function spanFrom(tokens: readonly Token[], first: DateMatch, ctx: DateContext): DateMatch {
  // Stryker disable next-line StringLiteral: past the last token, any word that is no link does
  if (!/^(a|au|to|until|till|through)$/.test(tokens[first.end]?.norm ?? '')) return first;
  const second = matchDay(tokens, first.end + 1, ctx);
  return second && second.date > first.date && second.date <= addDays(first.date, 31)
    ? { ...first, end: second.end }
    : first;
}

/** The date named at tokens[i], if any, with a time of day or an hour said right after it (« le 13 à midi », « hier à 7 »). */
export function matchDate(tokens: readonly Token[], i: number, ctx: DateContext): DateMatch | null {
  const day = matchDay(tokens, i, ctx);
  if (!day) return null;
  const spanned = spanFrom(tokens, day, ctx);
  // « la nuit dernière vers 2h du matin », "last night at 1 am": the small hours of today;
  // « samedi soir on est rentrés à 3h du matin, le taxi »: of the day after the evening.
  const found =
    DAY_PHRASES.match(tokens, i)?.value.night && smallHoursAfter(tokens, spanned.end)
      ? { ...spanned, date: ctx.today }
      : eveningThenSmallHours(tokens, i, spanned.end) && spanned.date < ctx.today
        ? { ...spanned, date: addDays(spanned.date, 1) }
        : spanned;
  const time = TIME_OF_DAY.match(tokens, found.end);
  const end = time ? time.end : found.end;
  // "yesterday at 7", « samedi vers 8 »: the hour of that day, not money.
  const hour = hourAfterDay(tokens, end, ctx.lang);
  return end === found.end && hour === end ? found : { ...found, end: hour };
}

/** The date named at tokens[i], if any. Tried before numbers, so "le 3" is not three euros. */
function matchDay(tokens: readonly Token[], i: number, ctx: DateContext): DateMatch | null {
  const t = tokens[i];
  // Stryker disable next-line ConditionalExpression,StringLiteral: every reader below refuses these kinds too; this only spares them the work
  if (!t || t.kind === 'punct' || t.kind === 'sym' || t.kind === 'time') return null;
  if (t.kind === 'isoDate' || t.kind === 'slashDate') {
    const date = matchWrittenDate(t, ctx);
    return date ? { date, end: i + 1, weak: false, future: date > ctx.today } : null;
  }
  const phrase = DAY_PHRASES.match(tokens, i);
  if (phrase) {
    const p = phrase.value;
    let date = addDays(ctx.today, p.tonightWhenAhead && ctx.ahead ? 0 : p.days);
    if (p.special === 'weekend') {
      const wd = weekday(ctx.today);
      // « ce week-end je paierai », said on a weekday: the Saturday to come (a present tells of either).
      if (p.nextWhenAhead && ctx.future && wd !== 6 && wd !== 0)
        return { date: addDays(ctx.today, 6 - wd), end: phrase.end, weak: true, future: true };
      // Stryker disable next-line ConditionalExpression,EqualityOperator: on a Sunday the most recent Saturday is the day before either way
      const saturday =
        wd === 6 || wd === 0 ? addDays(ctx.today, wd === 6 ? 0 : -1) : mostRecentWeekday(ctx.today, 6);
      date = addDays(saturday, p.days);
    } else if (p.special === 'lastMonth') date = lastMonthSameDay(ctx.today);
    else if (p.special === 'lastYear') date = addMonths(ctx.today, -12);
    else if (p.special === 'monthStart') date = monthStart(ctx.today, p.days);
    else if (p.special === 'monthMid') date = addDays(monthStart(ctx.today, p.days), 14);
    else if (p.special === 'monthEnd') date = addDays(monthStart(ctx.today, p.days + 1), -1);
    else if (p.special === 'monthEndPaid') {
      // « j'ai payé la cantine fin du mois »: told in the past, the end of a month gone by (of this
      // one in its last days); of days to come, or said with no tense, no day is read from it.
      if (!ctx.past || ctx.future) return null;
      const end = addDays(monthStart(ctx.today, 1), -1);
      date = addDays(end, -3) <= ctx.today ? ctx.today : addDays(monthStart(ctx.today, 0), -1);
    } else if (p.special === 'weekStart') {
      // Said on a Monday, this week has only begun: today.
      date = addDays(ctx.today, p.days - ((weekday(ctx.today) + 6) % 7));
    }
    return (
      weeksThenDay(tokens, phrase.end, p.days, ctx) ?? {
        date,
        // "a week ago today": that very day, no second date.
        end:
          p.days < 0 && /^(today|aujourd'hui|aujourdhui)$/.test(tokens[phrase.end]?.norm ?? '')
            ? phrase.end + 1
            : phrase.end,
        weak: p.weak === true,
        future: p.future === true,
        ...(p.vague ? { vague: true } : {}),
      }
    );
  }
  return (
    agoThenDay(tokens, i, ctx) ??
    matchWeekdayOfMonth(tokens, i, ctx) ??
    matchNamedDay(tokens, i, ctx) ??
    matchSeason(tokens, i, ctx) ??
    matchMonthAlone(tokens, i, ctx) ??
    matchWeekday(tokens, i, ctx) ??
    matchDayOfMonth(tokens, i, ctx)
  );
}
