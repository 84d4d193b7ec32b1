import { addDays, weekday } from '../dates.ts';
import { WEEKDAYS } from './date-words.ts';
import { addMonths } from './month-dates.ts';
import { readNumberWords } from './number-words.ts';
import type { Token } from './tokenize.ts';
import type { DateContext, DateMatch } from './types.ts';

/** The last `wd` weekday before today (a week back when today is one). */
export function mostRecentWeekday(today: string, wd: number): string {
  const back = (weekday(today) - wd + 7) % 7 || 7;
  return addDays(today, -back);
}

/** The unit after a count of time ago or ahead: days, weeks, months, years, or a weekday counted (« deux samedis »). */
function agoUnit(word: string): { days: number } | { months: number } | { weekday: number } | null {
  if (/^(jours?|days?)$/.test(word)) return { days: 1 };
  if (/^(semaines?|weeks?)$/.test(word)) return { days: 7 };
  if (/^(mois|months?)$/.test(word)) return { months: 1 };
  if (/^(ans?|annees?|years?)$/.test(word)) return { months: 12 };
  const wd = WEEKDAYS.get(word.replace(/s$/, ''));
  return wd === undefined ? null : { weekday: wd };
}

/**
 * "the night before last", "the evening before last", "the week before last": the one before the
 * last, two of that span back (a part of a day is its day).
 */
function matchBeforeLast(tokens: readonly Token[], i: number, today: string): DateMatch | null {
  const at = tokens[i]?.norm === 'the' ? i + 1 : i;
  if (tokens[at + 1]?.norm !== 'before' || tokens[at + 2]?.norm !== 'last') return null;
  const end = at + 3;
  // "the day before last month's bill": "last" is said of what comes next.
  if (/^(week|month|year)/.test(tokens[end]?.norm ?? '')) return null;
  const span = tokens[at]?.norm ?? '';
  if (/^(day|night|evening|morning|afternoon)$/.test(span))
    return { date: addDays(today, -2), end, weak: false, future: false };
  if (span === 'week') return { date: addDays(today, -14), end, weak: true, future: false };
  return span === 'month' ? { date: addMonths(today, -2), end, weak: true, future: false } : null;
}

/**
 * "il y a 3 jours", "3 days ago", "two weeks ago", « il y a un mois », "a year ago", « il y a deux
 * samedis » (the Saturday before last); ahead: "dans deux jours", "in 3 days", « dans un mois ».
 * « y a trois jours » and « ça fait trois jours » are said for « il y a » too; "three days from now" for "in".
 */
export function matchAgo(tokens: readonly Token[], i: number, ctx: DateContext): DateMatch | null {
  const beforeLast = matchBeforeLast(tokens, i, ctx.today);
  if (beforeLast) return beforeLast;
  const said = tokens[i]?.norm === 'il' ? 1 : 0;
  // « ça fait quinze jours », « cela fait une semaine »: time gone by, as « il y a » says it.
  const itMakes = /^(ca|cela)$/.test(tokens[i]?.norm ?? '') && tokens[i + 1]?.norm === 'fait';
  const ilya = itMakes || (tokens[i + said]?.norm === 'y' && tokens[i + said + 1]?.norm === 'a');
  const within = /^(dans|in)$/.test(tokens[i]?.norm ?? '');
  if (said === 1 && !ilya) return null;
  const at = ilya ? i + said + 2 : within ? i + 1 : i;
  const t = tokens[at];
  let n: number | null = null;
  let j = at;
  if (t?.kind === 'num' && /^\d{1,3}$/.test(t.norm)) {
    n = Number(t.norm);
    j = at + 1;
  } else if (ctx.lang === 'en' && /^(a|an)$/.test(t?.norm ?? '')) {
    // "a year ago", "a month ago": one.
    n = 1;
    j = at + 1;
  } else {
    const w = readNumberWords(tokens, at, ctx.lang);
    if (w) {
      n = w.value;
      j = w.end;
    }
  }
  if (n === null) return null;
  // Stryker disable next-line StringLiteral: past the last token, any word that is no unit does
  const unit = agoUnit(tokens[j]?.norm ?? '');
  if (unit === null || ('weekday' in unit && within)) return null;
  j += 1;
  // « quinze jours », « huit jours »: French counts a week with both its ends, two weeks and one.
  const days = /^jours?$/.test(tokens[j - 1]?.norm ?? '') && (n === 8 || n === 15) ? n - 1 : n;
  const step = (sign: number) =>
    'days' in unit
      ? addDays(ctx.today, sign * days * unit.days)
      : 'months' in unit
        ? addMonths(ctx.today, sign * n * unit.months)
        : addDays(mostRecentWeekday(ctx.today, unit.weekday), -7 * (n - 1));
  if (within) return { date: step(1), end: j, weak: false, future: true };
  // "two days from now": ahead, as "in two days".
  if (!ilya && tokens[j]?.norm === 'from' && tokens[j + 1]?.norm === 'now')
    return { date: step(1), end: j + 2, weak: false, future: true };
  if (!ilya) {
    if (tokens[j]?.norm !== 'ago') return null;
    j += 1;
  }
  // "a year ago today", « il y a un an jour pour jour »: that very day, no second date.
  const sameDay = /^(today|aujourd'hui|aujourdhui)$/.test(tokens[j]?.norm ?? '')
    ? 1
    : tokens[j]?.norm === 'jour' && tokens[j + 1]?.norm === 'pour' && tokens[j + 2]?.norm === 'jour'
      ? 3
      : 0;
  return { date: step(-1), end: j + sameDay, weak: 'months' in unit && sameDay === 0, future: false };
}
