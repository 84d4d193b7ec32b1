import { matchCurrency } from './currencies.ts';
import { isPersonWord } from './movement-parties.ts';
import { numberWord } from './number-words.ts';
import type { AmountRead } from './scan-types.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';
import { packAt } from './word-sets.ts';

/* Numbers said beside money that are no money: phone numbers, a duration's minutes, a level (scan.ts). */

/** tokens[k] is a figure written after a zero, four digits or more ("07700", "0192"). */
const zeroLed = (tokens: readonly Token[], k: number) =>
  tokens[k]?.kind === 'num' && /^0\d{3,}$/.test(tokens[k]?.norm ?? '');
/** tokens[k] is a whole figure said apart from the one before. */
const spacedFigure = (tokens: readonly Token[], k: number) =>
  tokens[k]?.kind === 'num' && tokens[k]?.spaced === true && /^\d+$/.test(tokens[k]?.norm ?? '');

/** How many tokens from tokens[i] spell a phone number; 0 when none. */
export function isPhoneNumber(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t?.kind !== 'num') return 0;
  if (/^0\d{8,}$/.test(t.norm) || /^\d{10,}$/.test(t.norm)) return 1;
  // "07700 900123", "555 0192", "0800 123 456": four figures or more written after a zero are never
  // money, nor the groups said with them.
  if (zeroLed(tokens, i)) {
    let j = i + 1;
    while (j < i + 3 && spacedFigure(tokens, j)) j++;
    return j - i;
  }
  if (/^\d{3,}$/.test(t.norm) && spacedFigure(tokens, i + 1) && zeroLed(tokens, i + 1)) return 2;
  // "06 12 34 56 78": four or more pairs of digits in a row.
  let j = i;
  while (tokens[j]?.kind === 'num' && /^\d{2}$/.test(tokens[j]?.norm ?? '')) j++;
  return j - i >= 4 ? j - i : 0;
}

/**
 * « un cours d'une heure trente, 20 euros », "two hours 15, 40 euros": the minutes said after the
 * hours of a duration, while the sentence names its money elsewhere, are no money.
 */
export function minutesOfHours(
  tokens: readonly Token[],
  amount: AmountRead,
  lang: Lang,
  moneyNamed: boolean,
): boolean {
  if (amount.currency !== null || amount.int === null || amount.int > 59) return false;
  // « le TER de 17 h 52 », « à 8 h 30 »: two figures after « h », an hour in figures and the
  // preposition of a time are a clock's minutes (« ménage 2 h 40 » may be 40 €).
  const hour = tokens[amount.start - 2]?.norm ?? '';
  if (
    tokens[amount.start - 1]?.norm === 'h' &&
    /^([01]?\d|2[0-3])$/.test(hour) &&
    /^\d\d$/.test(tokens[amount.start]?.norm ?? '') &&
    /^(de|du|a|vers|des)$/.test(tokens[amount.start - 3]?.norm ?? '')
  )
    return true;
  if (!moneyNamed || amount.int < 1) return false;
  if (!/^(h|heure|heures|hour|hours)$/.test(tokens[amount.start - 1]?.norm ?? '')) return false;
  const count = tokens[amount.start - 2];
  return (
    count?.kind === 'num' ||
    /^(une|un|an|one)$/.test(count?.norm ?? '') ||
    numberWord(count?.norm ?? '', lang) !== undefined
  );
}

/** « au niveau moins 2 », "floor minus 1": a level below the street, no sum worked out; its end, or i. */
export function levelBelowStreet(tokens: readonly Token[], i: number): number {
  const here = tokens[i]?.norm ?? '';
  if (
    (here !== 'moins' && here !== 'minus') ||
    !/^(niveau|etage|level|floor)$/.test(tokens[i - 1]?.norm ?? '')
  )
    return i;
  return tokens[i + 1]?.kind === 'num' && !matchCurrency(tokens, i + 2) ? i + 2 : i;
}

/** "p.m.", "a.m." after a number. */
export function isMeridiem(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i]?.norm;
  return (p === 'p' || p === 'a') && tokens[i + 1]?.norm === '.' && tokens[i + 2]?.norm === 'm';
}

const AGE_VERB = /^(is|turned|turns|are|was|were)$/;
const YOUNG = /^(dog|dogs|cat|cats|kid|kids|baby|boy|girl|puppy|children|twins)$/;

/**
 * "my daughter is 10, I paid 90 euros", "my dog is 11, vet bill 140 euros", "the kids are 8 and
 * 10": an age said of a person or a pet, while the sentence names its money (or prices a figure
 * after "for", "at"), is no amount; where the ages end, or i.
 */
export function agesOfPeople(tokens: readonly Token[], i: number, moneyNamed: boolean): number {
  // "my brother who turned 50": the person named before "who".
  const who = tokens[i - (tokens[i - 2]?.norm === 'who' ? 3 : 2)]?.norm ?? '';
  // "my niece is 16, got her earrings for 35": a figure said after "for" later is the price.
  const pricedLater = tokens.some(
    (t, k) => k > i + 1 && t.kind === 'num' && /^(for|at)$/.test(tokens[k - 1]?.norm ?? ''),
  );
  if (
    !(moneyNamed || pricedLater) ||
    !AGE_VERB.test(tokens[i - 1]?.norm ?? '') ||
    !(isPersonWord(who) || YOUNG.test(who))
  )
    return i;
  const age = (k: number) =>
    tokens[k]?.kind === 'num' && /^\d{1,2}$/.test(tokens[k]?.norm ?? '') && !matchCurrency(tokens, k + 1);
  if (!age(i)) return i;
  return /^(and|et)$/.test(tokens[i + 1]?.norm ?? '') && age(i + 2) ? i + 3 : i + 1;
}

/**
 * "the 10K race t-shirt", "did the 5k park run", "entry for the 10K on April 5th, 35 euros": a race's
 * kilometres (a figure then "k", before a race's word, or after "the" while another figure is said)
 * are no thousands of money; where they end, or i.
 */
function raceDistance(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.kind !== 'num' || tokens[i + 1]?.norm !== 'k') return i;
  const race = /^(race|run|fun|walk)$/.test(tokens[i + 2]?.norm ?? '');
  return race || (tokens[i - 1]?.norm === 'the' && tokens.some((t, k) => k !== i && t.kind === 'num'))
    ? i + 2
    : i;
}

/**
 * A day read up to tokens[at] that is none: "the 18-year-old whisky" (an age), « c'est le 07 81 22
 * 33 44 » (a phone number's first pair).
 */
export const noDayEndsAt = (tokens: readonly Token[], at: number): boolean =>
  tokens[at - 1]?.kind === 'num' &&
  ((/^(year|years|yr|yrs)$/.test(tokens[at]?.norm ?? '') && tokens[at + 1]?.norm === 'old') ||
    isPhoneNumber(tokens, at - 1) > 0);

/**
 * « un matelas 160 par 200 », « une couette 240 sur 260, 89 € », "a 60 x 120 cot", "a 2 by 4": a size said as two sides (tokens from
 * i), no money, nor a weight before a pack; 0 when none. The second side never carries a currency (« 2 x 15 € » is a count).
 */
export function sidesOfSize(tokens: readonly Token[], i: number, moneyNamed: boolean): number {
  if (tokens[i]?.kind !== 'num') return 0;
  // "a 3 pound bag of onions", "a 20 lb sack": a weight naming a pack, no pounds sterling.
  if (
    /^(a|an|the)$/.test(tokens[i - 1]?.norm ?? '') &&
    /^(pound|lb)$/.test(tokens[i + 1]?.norm ?? '') &&
    packAt(tokens[i + 2]?.norm ?? '')
  )
    return 2;
  const side = (k: number) => tokens[k]?.kind === 'num' && /^\d{1,3}$/.test(tokens[k]?.norm ?? '');
  // « des arrhes de 150 sur 600 »: « sur » is a part of a whole unless money is named apart.
  const by = tokens[i + 1]?.norm ?? '';
  if (!side(i) || !(/^(par|x|×|by)$/.test(by) || (by === 'sur' && moneyNamed)) || !side(i + 2)) return 0;
  return matchCurrency(tokens, i + 3) || Number(tokens[i]?.norm) < 10 ? 0 : 3;
}

/**
 * "2 dollars a pound", "4 euros per lb": a weight's rate right after money (tokens from i), no
 * second amount of £1; the end of its words, or 0.
 */
export function perWeightAfterMoney(
  tokens: readonly Token[],
  i: number,
  last: { end: number; currency: unknown } | undefined,
): number {
  if (last === undefined || last.end !== i || last.currency === null) return 0;
  return /^(a|per|the)$/.test(tokens[i]?.norm ?? '') && /^(pound|lb)$/.test(tokens[i + 1]?.norm ?? '')
    ? i + 2
    : 0;
}

/**
 * While the sentence names its money (or prices a figure: « un jean en 38 chez Zara à 39,99 »), a
 * figure is no price by what it is said with: after an acronym it is the thing's number or version (« une cartouche HP 305 », "an HDMI 2.1 cable"; a
 * currency's code is no acronym), after « en » a size or a count (« des bottes en 37 », « payé en
 * 3 fois »: « en » never prices), and "the" with hours and minutes before a noun a clock ("the 6.15
 * ferry"), after a name with a capital and a word of the way a road's or a place's. Where it ends, or i.
 */
function figureOfAThing(tokens: readonly Token[], i: number, moneyNamed: boolean): number {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!moneyNamed || matchCurrency(tokens, i + 1) || prev === undefined) return i;
  const acronym = /^[A-Z]{2,5}$/.test(prev.raw) && !matchCurrency(tokens, i - 1);
  const en = prev.norm === 'en';
  const clock =
    prev.norm === 'the' && /^(1[0-2]|\d)\.[0-5]\d$/.test(t.norm) && tokens[i + 1]?.kind === 'word';
  // "lunch off Interstate 95", "a shake on Pier 39": a name with a capital after a word of the way
  // (never a person paid: "paid Sarah 40").
  const way = /^\p{Lu}\p{Ll}/u.test(prev.raw) && /^(off|on|along|via)$/.test(tokens[i - 2]?.norm ?? '');
  return acronym || en || clock || way ? i + 1 : i;
}

/** An age, a race's distance or a thing's figure at tokens[i] (scan.ts): where the figure that names it ends, or i. */
export const figureNamesEnd = (tokens: readonly Token[], i: number, moneyNamed: boolean): number =>
  Math.max(
    agesOfPeople(tokens, i, moneyNamed),
    raceDistance(tokens, i),
    figureOfAThing(tokens, i, moneyNamed),
  );
