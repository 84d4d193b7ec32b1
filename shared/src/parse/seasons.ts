import { addMonths } from './month-dates.ts';
import { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';
import type { DateContext, DateMatch } from './types.ts';

/** The month a season starts in (the meteorological seasons: whole months, as a month said is read). */
const SEASONS: ReadonlyMap<string, number> = new Map([
  ['printemps', 3],
  ['ete', 6],
  ['automne', 9],
  ['hiver', 12],
  ['spring', 3],
  ['summer', 6],
  ['autumn', 9],
  ['fall', 9],
  ['winter', 12],
]);

/**
 * What makes a season a time, not a kind of thing (« pneus hiver », "summer sale", « soldes d'été »
 * stay things): « cet été », « l'été dernier », « au printemps », « pendant l'hiver », "last summer",
 * "in the spring", "over the summer". "last" and « dernier » say the season gone, not this one.
 */
const BEFORE_SEASON = new PhraseTable<'this' | 'last' | 'gone'>([
  // « la colo de l'été » is a thing's season: « l'été » is a time only with « dernier ».
  ["l'", 'gone'],
  ...['cet', 'ce', 'au', 'en', "pendant l'", 'pendant le', "durant l'", 'durant le']
    .concat(['this', 'in the', 'over the', 'during the', 'in'])
    .map((p) => [p, 'this'] as [string, 'this']),
  ['last', 'last'],
]);

/**
 * « cet été », "last summer", « au printemps »: no day is said, so the reading is the season's first
 * day (the 1st of its first month) and never sure (`vague`, as "the other day"); the last one
 * begun, or the last one over for "last" and « dernier », or the next one when told ahead.
 */
export function matchSeason(tokens: readonly Token[], i: number, ctx: DateContext): DateMatch | null {
  const before = BEFORE_SEASON.match(tokens, i);
  if (!before) return null;
  const month = SEASONS.get(tokens[before.end]?.norm ?? '');
  if (month === undefined) return null;
  let end = before.end + 1;
  const gone = before.value === 'last' || /^(dernier|passe)$/.test(tokens[end]?.norm ?? '');
  if (before.value === 'gone' && !gone) return null;
  if (gone && before.value !== 'last') end += 1;
  const y = Number(ctx.today.slice(0, 4));
  const starts = [y - 1, y, y + 1].map((year) => `${year}-${String(month).padStart(2, '0')}-01`);
  const date =
    ctx.ahead && !gone
      ? starts.find((d) => d > ctx.today)
      : starts.filter((d) => (gone ? addMonths(d, 3) <= ctx.today : d <= ctx.today)).at(-1);
  return date ? { date, end, weak: true, future: date > ctx.today, vague: true } : null;
}
