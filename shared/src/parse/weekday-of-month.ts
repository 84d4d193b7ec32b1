import { addDays, monthRange, previousMonth, weekday } from '../dates.ts';
import { MONTH_NAMES, WEEKDAYS } from './date-words.ts';
import type { Token } from './tokenize.ts';
import type { DateContext, DateMatch } from './types.ts';

/**
 * « le premier samedi du mois », "the second Tuesday of the month", « le dernier vendredi
 * d'octobre », "the last Sunday of October": which of a month's weekdays, by its rank (-1 the last).
 */
const RANKS = new Map<string, number>(
  [
    'premier premiere 1er 1re first 1st',
    'deuxieme 2e 2eme second seconde 2nd',
    'troisieme 3e 3eme third 3rd',
    'quatrieme 4e 4eme fourth 4th',
  ]
    .flatMap((line, k) => line.split(' ').map((w) => [w, k + 1] as [string, number]))
    .concat(['dernier', 'derniere', 'last'].map((w) => [w, -1])),
);

/** The rank-th `wd` of a YYYY-MM month (-1 its last); null past its end (a fifth Monday). */
function rankedDay(month: string, wd: number, rank: number): string | null {
  const { from: first, to: last } = monthRange(month);
  const date =
    rank > 0
      ? addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (rank - 1))
      : addDays(last, -((weekday(last) - wd + 7) % 7));
  return date <= last ? date : null;
}

export function matchWeekdayOfMonth(tokens: readonly Token[], i: number, ctx: DateContext): DateMatch | null {
  const at = (k: number) => tokens[k]?.norm ?? '';
  let k = i + (/^(le|la|the|on)$/.test(at(i)) ? 1 : 0);
  if (at(k) === 'the') k++;
  const rank = RANKS.get(at(k));
  const wd = WEEKDAYS.get(at(k + 1));
  if (rank === undefined || wd === undefined || !/^(du|de|d'|of)$/.test(at(k + 2))) return null;
  let j = k + 3 + (/^(the|ce|this)$/.test(at(k + 3)) ? 1 : 0);
  let month = ctx.today.slice(0, 7);
  const named = MONTH_NAMES.get(at(j));
  if (named !== undefined) {
    // A month named is its last one gone, or the next one in a sentence about days to come.
    const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5))];
    const year = (ctx.ahead ? named < m : named > m) ? y + (ctx.ahead ? 1 : -1) : y;
    month = `${year}-${String(named).padStart(2, '0')}`;
  } else if (/^(mois|month)$/.test(at(j))) {
    // « du mois dernier », "of the month before": the month gone.
    if (/^(dernier|precedent|before)$/.test(at(j + 1))) {
      j++;
      month = previousMonth(month);
    }
  } else return null;
  const date = rankedDay(month, wd, rank);
  return date ? { date, end: j + 1, weak: false, future: date > ctx.today } : null;
}
