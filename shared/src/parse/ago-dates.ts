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
 * "il y a 3 jours", "3 days ago", "two weeks ago", « il y a un mois », "a year ago", « il y a deux
 * samedis » (the Saturday before last); ahead: "dans deux jours", "in 3 days", « dans un mois ».
 * « y a trois jours » is said for « il y a » too.
 */
export function matchAgo(tokens: readonly Token[], i: number, ctx: DateContext): DateMatch | null {
  const said = tokens[i]?.norm === 'il' ? 1 : 0;
  const ilya = tokens[i + said]?.norm === 'y' && tokens[i + said + 1]?.norm === 'a';
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
  const step = (sign: number) =>
    'days' in unit
      ? addDays(ctx.today, sign * n * unit.days)
      : 'months' in unit
        ? addMonths(ctx.today, sign * n * unit.months)
        : addDays(mostRecentWeekday(ctx.today, unit.weekday), -7 * (n - 1));
  if (within) return { date: step(1), end: j, weak: false, future: true };
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
