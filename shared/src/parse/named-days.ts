import { addDays, isIsoDate, weekday } from '../dates.ts';
import { matchDayOfMonth } from './day-of-month.ts';
import { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';
import type { DateContext, DateMatch, Lang } from './types.ts';

/** A holiday or a named day: its month and day, or a rule for the days that move. */
type NamedDay = { month: number; day: number } | { easter: number } | 'black friday';

const on = (month: number, day: number): NamedDay => ({ month, day });

const NAMED_DAYS = new PhraseTable<NamedDay>([
  ...['noel', 'christmas', 'christmas day', 'jour de noel'].map((p) => [p, on(12, 25)] as [string, NamedDay]),
  ...['christmas eve', 'reveillon de noel', 'veille de noel'].map(
    (p) => [p, on(12, 24)] as [string, NamedDay],
  ),
  ...['boxing day', 'lendemain de noel'].map((p) => [p, on(12, 26)] as [string, NamedDay]),
  ...['saint sylvestre', 'st sylvestre', "new year's eve", 'new years eve', 'reveillon du nouvel an'].map(
    (p) => [p, on(12, 31)] as [string, NamedDay],
  ),
  // « le jour de l'an »: "l'an" only after a word that makes it a day (BEFORE_NAMED).
  ...["jour de l'an", "l'an", 'nouvel an', "new year's day", 'new years day', 'new year'].map(
    (p) => [p, on(1, 1)] as [string, NamedDay],
  ),
  ...['saint valentin', 'st valentin', "valentine's day", 'valentines day', "valentine's"].map(
    (p) => [p, on(2, 14)] as [string, NamedDay],
  ),
  ...['fete du travail', 'may day'].map((p) => [p, on(5, 1)] as [string, NamedDay]),
  ...['fete de la musique'].map((p) => [p, on(6, 21)] as [string, NamedDay]),
  ...['fete nationale', 'bastille day'].map((p) => [p, on(7, 14)] as [string, NamedDay]),
  ...['assomption', 'quinze aout'].map((p) => [p, on(8, 15)] as [string, NamedDay]),
  ...['halloween'].map((p) => [p, on(10, 31)] as [string, NamedDay]),
  ...['toussaint'].map((p) => [p, on(11, 1)] as [string, NamedDay]),
  ...['armistice', 'remembrance day'].map((p) => [p, on(11, 11)] as [string, NamedDay]),
  // Days of the calendar people keep by custom, fixed in it: crêpes, a saint's bonfire, fireworks.
  ...['chandeleur'].map((p) => [p, on(2, 2)] as [string, NamedDay]),
  ...['saint patrick', 'st patrick', "st patrick's", "st patrick's day", "saint patrick's day"].map(
    (p) => [p, on(3, 17)] as [string, NamedDay],
  ),
  ...['saint jean', 'st jean'].map((p) => [p, on(6, 24)] as [string, NamedDay]),
  ...['bonfire night', 'guy fawkes night', 'guy fawkes'].map((p) => [p, on(11, 5)] as [string, NamedDay]),
  ...['saint nicolas', 'st nicolas'].map((p) => [p, on(12, 6)] as [string, NamedDay]),
  ...['fourth of july', 'independence day'].map((p) => [p, on(7, 4)] as [string, NamedDay]),
  // The days that move with Easter, by their distance from it.
  ...['paques', 'easter', 'easter sunday', 'dimanche de paques'].map(
    (p) => [p, { easter: 0 }] as [string, NamedDay],
  ),
  ...['lundi de paques', 'easter monday'].map((p) => [p, { easter: 1 }] as [string, NamedDay]),
  ...['mardi gras', 'pancake day', 'shrove tuesday'].map((p) => [p, { easter: -47 }] as [string, NamedDay]),
  ...['vendredi saint', 'good friday'].map((p) => [p, { easter: -2 }] as [string, NamedDay]),
  ...['ascension', "l'ascension", "jeudi de l'ascension"].map(
    (p) => [p, { easter: 39 }] as [string, NamedDay],
  ),
  ...['pentecote', 'la pentecote', 'dimanche de pentecote', 'whit sunday'].map(
    (p) => [p, { easter: 49 }] as [string, NamedDay],
  ),
  ...['lundi de pentecote', 'whit monday'].map((p) => [p, { easter: 50 }] as [string, NamedDay]),
  ['black friday', 'black friday'],
  ['le black friday', 'black friday'],
]);

/**
 * What makes the name a day, not a purpose or a kind of thing: « à Noël », « le jour de l'an »,
 * « la veille de la Toussaint », "on Halloween", "last Christmas" (never « pour Noël », « marché
 * de Noël », "Christmas presents", "a Christmas tree"). The value moves the day: the eve is one
 * before. "last" says it is behind, "next" ahead.
 */
const BEFORE_NAMED = {
  fr: new PhraseTable<number>([
    ...['a', 'a la', 'au', 'le jour de', 'le jour de la', 'le soir de', 'le soir de la', 'la nuit de']
      .concat(['la nuit de la', 'pendant', 'pendant la'])
      .map((p) => [p, 0] as [string, number]),
    ...['pendant les vacances de', 'pendant les vacances de la', 'aux vacances de', 'aux vacances de la']
      .concat(['pendant les fetes de', 'durant les vacances de', 'durant les vacances de la'])
      .map((p) => [p, 0] as [string, number]),
    ...['la veille de', 'la veille de la', 'la veille du'].map((p) => [p, -1] as [string, number]),
    ...['le lendemain de', 'le lendemain de la', 'le lendemain du'].map((p) => [p, 1] as [string, number]),
    // « l'avant-veille de Noël », « le surlendemain de la Toussaint »: two days off.
    ...[
      "l'avant-veille de",
      "l'avant-veille de la",
      "l'avant-veille du",
      'deux jours avant',
      'deux jours avant la',
    ].map((p) => [p, -2] as [string, number]),
    ...['le surlendemain de', 'le surlendemain de la', 'le surlendemain du', 'deux jours apres']
      .concat(['deux jours apres la'])
      .map((p) => [p, 2] as [string, number]),
  ]),
  en: new PhraseTable<number>([
    ...['on', 'at', 'over', 'last', 'next', 'on the day of']
      .concat(['over the', 'during the', 'in the'])
      .map((p) => [p, 0] as [string, number]),
    ...['the day before', 'on the day before', 'the eve of'].map((p) => [p, -1] as [string, number]),
    ...['the day after', 'on the day after'].map((p) => [p, 1] as [string, number]),
    ...['two days before', 'two days after'].map((p, k) => [p, k === 0 ? -2 : 2] as [string, number]),
  ]),
} satisfies Record<Lang, PhraseTable<number>>;

/** The first word of a name that is a day by itself (« dimanche de Pâques », "Good Friday"). */
const SAYS_ITS_DAY = /^(dimanche|lundi|jeudi|vendredi|good|easter|whit|le)$/;
/** After a holiday's name, its days off: "the Christmas holidays", "the Easter break". */
const HOLIDAYS_AFTER = /^(holidays?|hols|break|vacation)$/;

/** Easter Sunday of a year (the Gregorian computus, Meeus/Jones/Butcher). */
function easter(y: number): string {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day after the fourth Thursday of November. */
function blackFriday(y: number): string {
  const first = `${y}-11-01`;
  const thursday = addDays(first, (4 - weekday(first) + 7) % 7);
  return addDays(thursday, 22);
}

function inYear(day: NamedDay, y: number): string | null {
  if (day === 'black friday') return blackFriday(y);
  if ('easter' in day) return addDays(easter(y), day.easter);
  const date = `${y}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
  return isIsoDate(date) ? date : null;
}

/**
 * « à Noël », « le jour de l'an », "on Halloween", "last Christmas", "on Black Friday": the last one
 * (today's included) when told of the past or with no tense, the next one when told ahead.
 */
export function matchNamedDay(tokens: readonly Token[], i: number, ctx: DateContext): DateMatch | null {
  // « le dimanche de Pâques », « lundi de Pentecôte », "Good Friday": a name that says its day
  // needs no word before it.
  const before =
    BEFORE_NAMED[ctx.lang].match(tokens, i) ??
    (SAYS_ITS_DAY.test(tokens[i]?.norm ?? '') ? { value: 0, end: i } : null);
  if (!before) return null;
  const named = NAMED_DAYS.match(tokens, before.end);
  if (!named) return before.value === 0 ? null : dayMovedBy(tokens, before.end, before.value, ctx);
  // « pour le Black Friday je prendrai la console »: told ahead; with no tense, a sale's name (today).
  if (tokens[i]?.norm === 'le' && named.value === 'black friday' && !ctx.ahead) return null;
  // « pendant les vacances de Noël », "over the Christmas holidays": some day of them, never sure.
  const holidays = HOLIDAYS_AFTER.test(tokens[named.end]?.norm ?? '') ? 1 : 0;
  const vague =
    holidays === 1 ||
    /vacances/.test(
      tokens
        .slice(i, before.end)
        .map((t) => t.norm)
        .join(' '),
    );
  const prefix = tokens
    .slice(i, before.end)
    .map((t) => t.norm)
    .join(' ');
  const ahead = prefix === 'next' || (prefix !== 'last' && ctx.ahead === true);
  const y = Number(ctx.today.slice(0, 4));
  const days = [y - 1, y, y + 1]
    .map((year) => inYear(named.value, year))
    .filter((d): d is string => d !== null)
    .map((d) => addDays(d, before.value));
  const date = ahead ? days.find((d) => d >= ctx.today) : days.filter((d) => d <= ctx.today).at(-1);
  if (!date) return null;
  return vague
    ? { date, end: named.end + holidays, weak: true, future: date > ctx.today, vague: true }
    : { date, end: named.end, weak: false, future: date > ctx.today };
}

/** « la veille du 11 novembre », "the day after May 1st": a day named by its date, moved. */
function dayMovedBy(tokens: readonly Token[], i: number, by: number, ctx: DateContext): DateMatch | null {
  const day = matchDayOfMonth(tokens, i, ctx);
  if (!day) return null;
  const date = addDays(day.date, by);
  return { ...day, date, future: date > ctx.today };
}
