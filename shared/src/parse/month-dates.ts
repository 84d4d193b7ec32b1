import { isIsoDate } from '../dates.ts';
// Months said alone, in full (the abbreviations of date-words.ts are read next to a day number only).
import { MONTH_NAMES } from './date-words.ts';
import { matchDayOfMonth } from './day-of-month.ts';
import { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';
import type { DateContext, DateMatch } from './types.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) =>
  [31, 30, 29, 28].find((d) => isIsoDate(`${y}-${pad(m)}-${pad(d)}`)) ?? 28;

/** The same day `months` months from `today` (the month's last day when it has fewer days). */
export function addMonths(today: string, months: number): string {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${y}-${pad(m)}-${pad(Math.min(Number(today.slice(8, 10)), lastDay(y, m)))}`;
}

/**
 * What is said before a month alone, and the day of it meant: « en octobre », "back in September"
 * (a span, read as its first day, as « début du mois » is), « mi-novembre », "mid-November" (the
 * 15th), « fin octobre », "at the end of October" (its last day).
 */
const BEFORE_MONTH = new PhraseTable<'first' | 'middle' | 'last'>([
  ...['en', 'in', 'back in', 'au mois de', "au mois d'", 'in the month of', 'debut', 'au debut', 'early']
    .concat(['at the start of', 'at the beginning of', 'in early', 'courant', 'debut de', "debut d'"])
    .concat(['au debut de', "au debut d'"])
    .map((p) => [p, 'first'] as [string, 'first']),
  ...['mi', 'a la mi', 'mid', 'in mid', 'in the middle of', 'au milieu du mois de', 'vers la mi'].map(
    (p) => [p, 'middle'] as [string, 'middle'],
  ),
  ...[
    'fin',
    'a la fin',
    'fin du mois de',
    'a la fin du mois de',
    'end of',
    'at the end of',
    'late',
    'in late',
  ]
    .concat(['by the end of', 'fin de', "fin d'", 'a la fin de', "a la fin d'"])
    .map((p) => [p, 'last'] as [string, 'last']),
]);

/** After the month: « dernier », "last", « de l'année dernière », "of last year" put it in the past year's. */
const LAST_YEARS = new PhraseTable<-1>(
  ['de l annee derniere', "de l'annee derniere", "de l'an dernier", 'of last year', 'last year'].map(
    (p) => [p, -1] as [string, -1],
  ),
);

/**
 * « en octobre », "back in September", « fin octobre », "mid-November", « en septembre 2025 »,
 * « en mai de l'année dernière »: a month said alone. Told of the past or with no tense it is the
 * last such month (this one included); told ahead (« je paierai les impôts en décembre »), the
 * next.
 */
export function matchMonthAlone(tokens: readonly Token[], i: number, ctx: DateContext): DateMatch | null {
  const before = BEFORE_MONTH.match(tokens, i);
  if (!before) return null;
  const month = MONTH_NAMES.get(tokens[before.end]?.norm ?? '');
  if (month === undefined) return null;
  let end = before.end + 1;
  const thisYear = Number(ctx.today.slice(0, 4));
  const thisMonth = Number(ctx.today.slice(5, 7));
  let year = ctx.ahead
    ? month < thisMonth
      ? thisYear + 1
      : thisYear
    : month > thisMonth
      ? thisYear - 1
      : thisYear;
  const said = tokens[end];
  const previous = LAST_YEARS.match(tokens, end);
  if (said?.kind === 'num' && /^(19|20)\d{2}$/.test(said.norm)) {
    year = Number(said.norm);
    end += 1;
  } else if (previous) {
    year = thisYear - 1;
    end = previous.end;
  } else if (/^(dernier|passe|last)$/.test(said?.norm ?? '')) {
    year = month >= thisMonth ? thisYear - 1 : thisYear;
    end += 1;
  }
  const day = before.value === 'first' ? 1 : before.value === 'middle' ? 15 : lastDay(year, month);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (before.value === 'first') {
    const named = dayOfTheMonthSaid(tokens, end, year, month, ctx);
    if (named) return named;
  }
  return { date, end, weak: true, future: date > ctx.today };
}

/**
 * « en octobre, le 12 je crois », "in September, on the 7th": a day number said right after the
 * month (a pause between) is a day of that month, not of this one.
 */
function dayOfTheMonthSaid(
  tokens: readonly Token[],
  end: number,
  year: number,
  month: number,
  ctx: DateContext,
): DateMatch | null {
  const k = tokens[end]?.norm === ',' ? end + 1 : end;
  const said = matchDayOfMonth(tokens, k, ctx);
  if (!said || tokens.slice(k, said.end).some((t) => MONTH_NAMES.has(t.norm))) return null;
  const date = `${year}-${pad(month)}-${said.date.slice(8, 10)}`;
  return isIsoDate(date) ? { date, end: said.end, weak: false, future: date > ctx.today } : null;
}
