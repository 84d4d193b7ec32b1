import { addDays, isIsoDate, weekday } from '../dates.ts';
import { matchCurrency } from './currencies.ts';
import { DAY_PREFIXES, MONTHS } from './date-words.ts';
import { streetKindAt } from './name-numbers.ts';
import { readNumberWords } from './number-words.ts';
import { EN_ORDINAL_DAYS } from './numbers-en.ts';
import { FR_ORDINAL_DAYS } from './numbers-fr.ts';
import { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';
import type { DateContext, DateMatch, Lang } from './types.ts';

/** Calendar days named by number: "le 3", "3 novembre 2025", "November 3rd", "the 3rd of November". */

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** "le 28" said on the 24th is last month's 28th; a day a month lacks steps back further. */
export function pastDayOfMonth(today: string, day: number): string | null {
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  if (day > Number(today.slice(8, 10))) m -= 1;
  // Stryker disable next-line EqualityOperator: a day from 1 to 31 is found within two months; one more try changes nothing
  for (let tries = 0; tries < 12; tries++) {
    if (m < 1) {
      m = 12;
      y -= 1;
    }
    const candidate = ymd(y, m, day);
    if (isIsoDate(candidate)) return candidate;
    m -= 1;
  }
  return null;
}

/** A day up to this many days ahead is read as coming ("le 5 décembre" said on 24 November). */
const AHEAD_DAYS = 45;
/**
 * A month and day said with no tense is the last one gone (an expense is told after the fact: « le
 * 3 mars », "May 2nd" said in November are this year's), unless it comes within about two months:
 * a day that near, said with nothing else, is a bill or a booking noted ahead (the sets label « le
 * 1er décembre, prélèvement du loyer » and "Car insurance on January 10th", 47 days ahead, so).
 */
const NEAR_AHEAD = 61;

/** After a bare day: the month before or after this one. */
const OTHER_MONTH = new PhraseTable<-1 | 0 | 1>([
  // « le 3 de ce mois », "the 2nd of this month": this month's, even when it is ahead.
  ...['de ce mois', 'de ce mois ci', 'of this month', 'this month'].map((p) => [p, 0] as [string, 0]),
  ...['du mois dernier', 'du mois precedent', 'of last month', 'last month'].map(
    (p) => [p, -1] as [string, -1],
  ),
  ...['du mois prochain', 'du mois suivant', 'of next month', 'next month'].map((p) => [p, 1] as [string, 1]),
]);

function dayOfOtherMonth(today: string, day: number, step: -1 | 0 | 1): DateMatch['date'] | null {
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7)) + step;
  if (m < 1) [y, m] = [y - 1, 12];
  if (m > 12) [y, m] = [y + 1, 1];
  const date = ymd(y, m, day);
  return isIsoDate(date) ? date : null;
}

/** The next day `day` of a month after today: "le 28" said on the 24th about a payment to come. */
function nextDayOfMonth(today: string, day: number): string | null {
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  if (day <= Number(today.slice(8, 10))) m += 1;
  // Stryker disable next-line EqualityOperator,UpdateOperator: a day from 1 to 31 is found within two months
  for (let tries = 0; tries < 3; tries++) {
    if (m > 12) {
      m = 1;
      y += 1;
    }
    const candidate = ymd(y, m, day);
    if (isIsoDate(candidate)) return candidate;
    m += 1;
  }
  return null;
}

/**
 * "3 novembre" said in January is last year's; a day less than AHEAD_DAYS ahead is to come
 * ("le 1er décembre" said on 24 November); an explicit year is kept as said.
 */
export function nearMonthDay(
  today: string,
  month: number,
  day: number,
  year: number | null,
  aheadDays = AHEAD_DAYS,
): DateMatch['date'] | null {
  if (year !== null) return isIsoDate(ymd(year, month, day)) ? ymd(year, month, day) : null;
  const y = Number(today.slice(0, 4));
  for (const ahead of [ymd(y, month, day), ymd(y + 1, month, day)]) {
    // Stryker disable next-line EqualityOperator: today itself is found by the loop below as well
    if (isIsoDate(ahead) && ahead > today && ahead <= addDays(today, aheadDays)) return ahead;
  }
  for (const candidate of [ymd(y, month, day), ymd(y - 1, month, day), ymd(y - 2, month, day)]) {
    if (isIsoDate(candidate) && candidate <= today) return candidate;
  }
  return null;
}

type DayForm = 'digits' | 'ordinal' | 'words';

/** A day number at tokens[i]: "3", "1er", "3rd", "premier", "twenty-first", "trois". */
function readDay(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): { day: number; end: number; form: DayForm } | null {
  const t = tokens[i];
  if (!t) return null;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,Regex: a longer number is no day of a month either (checked below and by the calendar)
  if ((t.kind === 'num' || t.kind === 'ordinal') && /^\d{1,2}$/.test(t.norm)) {
    const day = Number(t.norm);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: the calendar refuses day 0 and 32 too; only "words" and "digits" are read apart
    return day >= 1 && day <= 31 ? { day, end: i + 1, form: t.kind === 'num' ? 'digits' : 'ordinal' } : null;
  }
  // Stryker disable next-line ConditionalExpression: no ordinal or number word is read from a symbol or punctuation either
  if (t.kind !== 'word') return null;
  const ordinal = FR_ORDINAL_DAYS.get(t.norm) ?? EN_ORDINAL_DAYS.get(t.norm);
  // Stryker disable next-line StringLiteral: only "words" and "digits" are read apart
  if (ordinal !== undefined) return { day: ordinal, end: i + 1, form: 'ordinal' };
  if (t.norm === 'twenty' || t.norm === 'thirty') {
    // Stryker disable next-line StringLiteral: past the last token, any word that is no ordinal does
    const unit = EN_ORDINAL_DAYS.get(tokens[i + 1]?.norm ?? '');
    if (unit !== undefined && unit < 10)
      return { day: (t.norm === 'twenty' ? 20 : 30) + unit, end: i + 2, form: 'ordinal' };
  }
  const n = readNumberWords(tokens, i, lang);
  return n && n.value >= 1 && n.value <= 31 ? { day: n.value, end: n.end, form: 'words' } : null;
}

function readYear(tokens: readonly Token[], i: number): number | null {
  const t = tokens[i];
  if (t?.kind !== 'num' || !/^(19|20)\d{2}$/.test(t.norm)) return null;
  return Number(t.norm);
}

/** What follows "le 3" when it is money or a quantity, not a day: "le 3 €", "le 3 k", "le 3 %". */
function moneyFollows(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  return t.norm === 'k' || t.raw === '%' || matchCurrency(tokens, j) !== null;
}

/** A deadline or a debit before the day: « à payer avant le 10 », « au plus tard le 15 », "due by the 1st". */
const DEADLINE =
  /^(avant|tard|ici|jusqu|before|by|due|until|tombe|tombera|preleve|prelevee|limite|echeance)$/;
/**
 * A debit's participle names the day it is taken each month: « la mutuelle, prélevée le 5 » said
 * on the 24th is this month's 5th, gone, and « prélevé le 28 » this month's 28th, to come (« sera
 * prélevée le 5 » looks ahead by its future).
 */
const DEBITED = /^(preleve|debite)e?s?$/;
function thisMonthDay(today: string, day: number): string | null {
  const date = `${today.slice(0, 8)}${pad(day)}`;
  return isIsoDate(date) ? date : pastDayOfMonth(today, day);
}
/**
 * An ordinal that ranks something else: « au 5e étage », "the 3rd floor", « 15e arrondissement »,
 * which part of a sum was paid: "the second half of the quote", "the first instalment", and a turn: "the 3rd round".
 */
const RANKED =
  /^(etage|etages|floor|arrondissement|arr|rang|row|place|edition|siecle|century|fois|time|half|moitie|instalment|installment|tranche|quarter|trimestre|semestre|round)$/;
/** An ordinal of an age or a model: "my son's 6th birthday", « son 3e anniversaire », "an iPad 10th gen" (« le 3 anniversaire de Léo » may be the 3rd). */
const AGED = /^(birthday|anniversary|anniversaire|anniv|gen|generation|wedding)$/;

/**
 * « le seize, garage », « le vingt et un j'ai payé »: a day in words with no month is a day when
 * « le » opens the sentence or a clause and a pause or the speaker follows it; « le deux pièces »
 * counts rooms, and « le trois » alone may name anything.
 */
function dayInWords(tokens: readonly Token[], i: number, end: number): boolean {
  const before = tokens[i - 1];
  if (tokens[i]?.norm !== 'le' || (before !== undefined && before.kind !== 'punct')) return false;
  const after = tokens[end];
  return after !== undefined && (after.kind === 'punct' || /^(j'|je|on|nous)$/.test(after.norm));
}

/** "le 3", "3 novembre 2025", "November 3rd", "the 3rd of November", "le trois novembre". */
export function matchDayOfMonth(tokens: readonly Token[], i: number, ctx: DateContext): DateMatch | null {
  // « thé 3 en terrasse »: the tea (normalized "the") is no article before a day.
  const prefix = /^thé$/i.test(tokens[i]?.raw ?? '') ? null : DAY_PREFIXES.match(tokens, i);
  let j = prefix ? prefix.end : i;
  // Stryker disable next-line StringLiteral: past the last token, any word that is no month does
  let month = MONTHS.get(tokens[j]?.norm ?? '');
  const monthFirst = month !== undefined;
  if (monthFirst) j += tokens[j + 1]?.norm === 'the' ? 2 : 1;
  const day = readDay(tokens, j, ctx.lang);
  if (
    !day ||
    moneyFollows(tokens, day.end) ||
    RANKED.test(tokens[day.end]?.norm ?? '') ||
    (day.form !== 'digits' && AGED.test(tokens[day.end]?.norm ?? '')) ||
    // "the 2 o'clock show": an hour.
    /^(o'clock|pm|am)$/.test(tokens[day.end]?.norm ?? '') ||
    streetKindAt(tokens, day.end)
  )
    return null;
  j = day.end;
  if (!monthFirst) {
    const of = tokens[j]?.norm === 'of' ? 1 : 0;
    // Stryker disable next-line StringLiteral: past the last token, any word that is no month does
    month = MONTHS.get(tokens[j + of]?.norm ?? '');
    if (month !== undefined) j += of + 1;
  }
  if (month === undefined) {
    // Without a month, a number is a day only after "le"/"the" or as an ordinal ("3rd", "1er").
    // A spelled ordinal alone is no day either: "a second-hand bike", "first time".
    const spelled = tokens[day.end - 1]?.kind === 'word';
    if (
      day.form === 'words' ? !dayInWords(tokens, i, day.end) : !prefix && (day.form === 'digits' || spelled)
    )
      return null;
    // "paid Dan back the 15", "Tom paid back the 25 he owed", "my mate gave me the 20", "sent her the
    // 15", "I owe him the 20": what is handed over, not a day ("paid me on the 15", "the 3rd").
    if (
      day.form === 'digits' &&
      /^(back|me|him|her|us|them|owe|gave|sent|passed|lent)$/.test(tokens[i - 1]?.norm ?? '')
    )
      return null;
    // "for her 21st", "Sam's 30th", « mon 2e café »: an ordinal someone has is an age or a rank, not a day.
    if (
      !prefix &&
      /^(my|his|her|our|their|your|s|mon|ma|son|sa|notre|votre|leur)$|'s$/.test(tokens[i - 1]?.norm ?? '')
    )
      return null;
    const other = OTHER_MONTH.match(tokens, j);
    if (other) {
      // « le 20 du mois dernier », "the 3rd of next month".
      const date = dayOfOtherMonth(ctx.today, day.day, other.value);
      return date ? { date, end: other.end, weak: false, future: date > ctx.today } : null;
    }
    // A day to pay by is the next one, unless the sentence tells of the past.
    const ahead = ctx.ahead || (!ctx.past && DEADLINE.test(tokens[i - 1]?.norm ?? ''));
    const date =
      !ctx.ahead && DEBITED.test(tokens[i - 1]?.norm ?? '')
        ? thisMonthDay(ctx.today, day.day)
        : ahead
          ? nextDayOfMonth(ctx.today, day.day)
          : pastDayOfMonth(ctx.today, day.day);
    return date ? { date, end: j, weak: false, future: date > ctx.today } : null;
  }
  const year = readYear(tokens, j);
  if (year !== null) j += 1;
  // « le 10 janvier je paie l'assurance »: a sentence about days to come looks ahead up to a year;
  // one told in the past only back (« le 20 décembre j'ai payé les cadeaux » is last December's);
  // one that says neither back too, but for a day in the coming weeks (above).
  // A deadline says it is coming, as for a bare day (« à payer avant le 31 janvier »).
  // « le 28 décembre dernier », "the 2nd of January last": the last one gone, whatever the tense.
  const last = /^(dernier|derniere|last)$/.test(tokens[j]?.norm ?? '');
  if (last) j += 1;
  const ahead = !last && (ctx.ahead || (!ctx.past && DEADLINE.test(tokens[i - 1]?.norm ?? '')));
  const date = nearMonthDay(ctx.today, month, day.day, year, ahead ? 330 : ctx.past || last ? 0 : NEAR_AHEAD);
  // Past the weeks any day is read as coming in, only a bill or a booking is noted that far ahead
  // (parse-expense-text.ts reads a meal's as the last one gone).
  const far = !ahead && date && date > addDays(ctx.today, AHEAD_DAYS);
  const past = far ? nearMonthDay(ctx.today, month, day.day, year, 0) : null;
  return date ? { date, end: j, weak: false, future: date > ctx.today, ...(past ? { past } : {}) } : null;
}

/**
 * « jeudi 19 », "Saturday 21": a day number in figures right after a weekday is that day when the
 * calendar agrees (the 19th behind or ahead that is a Thursday); « samedi 3 cafés » is no date.
 */
export function matchDayOfWeekday(
  tokens: readonly Token[],
  i: number,
  wd: number,
  ctx: DateContext,
): DateMatch | null {
  const t = tokens[i];
  if (t?.kind !== 'num' || !/^\d{1,2}$/.test(t.norm) || moneyFollows(tokens, i + 1)) return null;
  const day = Number(t.norm);
  const behind = pastDayOfMonth(ctx.today, day);
  const ahead = nextDayOfMonth(ctx.today, day);
  const fits = (d: string | null) => d !== null && weekday(d) === wd;
  const date = ctx.ahead && fits(ahead) ? ahead : fits(behind) ? behind : fits(ahead) ? ahead : null;
  return date ? { date, end: i + 1, weak: false, future: date > ctx.today } : null;
}
