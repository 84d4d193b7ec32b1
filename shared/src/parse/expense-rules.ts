import { divideHalfUp } from '../money.ts';
import type { CategoryMatch } from './categorize.ts';
import { CHANGE_AFTER } from './change-given.ts';
import { type CurrencyWord, isDollarCurrency } from './currencies.ts';
import { determinersAnd } from './determiners.ts';
import { halvesPriced } from './half-quantities.ts';
import { paidRightBefore } from './heads-paid-for.ts';
import { ALWAYS_QUESTION } from './markers.ts';
import { measurePriced } from './measure-decimals.ts';
import { numberWord } from './number-words.ts';
import { countForThe, dozenEach, eachForThe, pricedEachInEnglish } from './prices-said.ts';
import { countBetween, sizesOne, unitsPriced, weightPriced } from './rates.ts';
import { type AmountItem, Role, type Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import { timesBefore } from './times-said.ts';
import { EDGE_STOPWORDS, packSizeAt, UNIT_PRICE_PREPOSITIONS } from './word-sets.ts';

/* Small rules of reading an expense, shared by the steps of parseExpenseText. */

/** Words that name no purchase: "record a new expense of 5000 dollars" names nothing bought. */
const NO_PURCHASE = new Set(
  'expense|expenses|depense|depenses|new|nouvelle|nouveau|montant|amount|somme|sum'.split('|'),
);

/** Whether tokens[from, to) hold a word of the speaker's that could name what was bought. */
export function hasPurchaseWord(scan: Scan, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = scan.tokens[i];
    if (
      scan.roles[i] === Role.Free &&
      t?.kind === 'word' &&
      !EDGE_STOPWORDS.has(t.norm) &&
      !NO_PURCHASE.has(t.norm)
    )
      return true;
  }
  return false;
}

export const marksIn = (scan: Scan, seg: Segment, mark: string) =>
  scan.marks.some((m) => m.mark === mark && m.start >= seg.start && m.start < seg.end);

export function isQuestion(scan: Scan, text: string): boolean {
  const questions = scan.marks.filter((m) => m.mark === 'question');
  if (questions.length === 0) return false;
  const words = (m: { start: number; end: number }) =>
    scan.tokens
      .slice(m.start, m.end)
      .map((t) => t.norm)
      .join(' ');
  return questions.some((m) => ALWAYS_QUESTION.has(words(m))) || /\?\s*$/.test(text);
}

export function resolveCurrency(
  word: CurrencyWord | null,
  sentence: string | null,
  fallback: string,
): string {
  if (word?.bucks) return isDollarCurrency(fallback) ? fallback : 'USD';
  return word?.code ?? sentence ?? fallback;
}

/** "2 baguettes à 1,10" → ×2; "3 places pour 30 €" → ×1 (the total); "2 cafés à 2 € chacun" → ×2. */
const MEASURES = new Set('litres|litre|l|liters|liter|kilos|kilo|kg|gallons|gallon'.split('|'));

/** « 40 litres de gazole à 1,75 », "3 kilos of cherries at 6": a measure counted, then its price. */
function measuredAt(scan: Scan, seg: Segment, amount: AmountItem): number | null {
  if (!UNIT_PRICE_PREPOSITIONS.has(scan.tokens[amount.start - 1]?.norm ?? '')) return null;
  for (let i = seg.start; i < amount.start - 1; i++) {
    const t = scan.tokens[i];
    // « un filet de 5 kilos de pommes de terre à 3,80 »: the measure sizes the one net priced.
    if (!MEASURES.has(scan.tokens[i + 1]?.norm ?? '') || packSizeAt(scan.tokens, i)) continue;
    // "ten litres of diesel at 1.80": the count in words too.
    const said = t?.kind === 'word' ? (numberWord(t.norm, scan.lang)?.value ?? 0) : 0;
    if (t?.kind !== 'num' && said === 0) continue;
    const n = t?.kind === 'num' ? (/^\d{1,3}$/.test(t.norm) ? Number(t.norm) : 0) : said;
    return n >= 2 && !countBetween(scan, i + 2, amount.start - 1) ? n : null;
  }
  return null;
}

const PER_HEAD = /^(par personne|par tete|per person|a head)$/;
const SPEAKER_AND_ONE = /\b(pour moi et|for me and) (ma|mon|my) \w+/;
// « j'ai tout payé », "I got the bill": the speaker paid for everyone counted.
const PAID_ALL =
  /\b(i paid|j'ai (tout )?(paye|regle)|j'ai invite|i covered|i treated|my treat|i (got|picked up) the (bill|tab|check))\b/;

const textOf = (scan: Scan, from: number, to: number) =>
  scan.tokens
    .slice(from, to)
    .map((t) => t.norm)
    .join(' ')
    .replace(/' /g, "'");

/** « 25 € par personne », "60 per person": a price per head, already one person's part. */
export function pricedPerHead(scan: Scan, amount: AmountItem): boolean {
  const m = scan.marks.find((k) => k.mark === 'each' && k.start === amount.end);
  return m !== undefined && PER_HEAD.test(textOf(scan, m.start, m.end));
}

const EACH_ONE = /^(chacun|chacune|each|apiece)$/;

/**
 * « j'ai payé les forfaits pour nous quatre, 48 euros chacun »: a price each, the speaker paying for
 * the people counted, is one of their prices ("each for the four of us", with no payer, stays one).
 */
function pricedEachPaidAll(scan: Scan, amount: AmountItem): boolean {
  const m = scan.marks.find((k) => k.mark === 'each' && k.start === amount.end);
  return (
    m !== undefined &&
    EACH_ONE.test(textOf(scan, m.start, m.end)) &&
    scan.shares.some((s) => s.kind === 'people')
  );
}

/** « la piscine 4,50 l'entrée, j'ai payé pour nous trois »: a price of one entry, seat or ticket. */
const pricedPerOne = (scan: Scan, amount: AmountItem): boolean =>
  /^(le|la|l')$/.test(scan.tokens[amount.end]?.norm ?? '') && scan.tokens[amount.end + 1]?.kind === 'word';

/**
 * « 14 € par personne pour moi et ma fille » is 28; "60 per person, there were two of us, I paid"
 * 120: a price per head, times the heads the speaker paid for. With a share said, it stays the price.
 */
function headsPaidFor(scan: Scan, amount: AmountItem): number | null {
  if (!pricedPerHead(scan, amount) && !pricedEachPaidAll(scan, amount) && !pricedPerOne(scan, amount))
    return null;
  const all = textOf(scan, 0, scan.tokens.length);
  if (SPEAKER_AND_ONE.test(all)) return 2;
  const whom = scan.shares.find((s) => s.kind === 'people');
  // "I got them for the three of us", « j'ai pris pour nous trois »: the verb of paying says whom.
  const paid = PAID_ALL.test(all) || (whom !== undefined && paidRightBefore(scan.tokens, whom.start));
  if (scan.shares.some((s) => s.kind !== 'people') || !paid) return null;
  const people = whom?.divisor;
  if (people) return people;
  // « 25 € par personne, j'ai réglé pour les cinq »: the heads counted after the price, as a price
  // each counts them (eachForThe).
  for (let k = amount.end; k < scan.tokens.length; k++) {
    const n = countForThe(scan, k);
    if (n !== null) return n;
  }
  return null;
}

/** The cents said times the count `unitPrice` found, over `per` for halves (« 3 demi-baguettes »), half up. */
export const timesUnitPrice = (cents: number, price: { count: number; per?: number }): number =>
  divideHalfUp(cents * price.count, price.per ?? 1);

/**
 * How many times the amount is paid. Every product of two figures said is made here (besides a
 * share's « trois quarts », split-bill.ts, and notes counted, notes-listed.ts), each from a count
 * said as one: « 2 fois 40 », "x3" (timesBefore); a rate and a count of its unit, or a price each
 * then a count taken (unitsPriced); litres or kilos before « à » (measuredAt); "each for the four"
 * (eachForThe); halves and decimals of the unit priced (count over `per`); a price per head times
 * the heads the speaker paid for (headsPaidFor); and a count of things (bare-numbers.ts: a number
 * before a word that names things) before a price « à », "at", or either side of a price "each".
 * A number that counts nothing must not reach any of them: it invents an amount no one said.
 */
export function unitPrice(
  scan: Scan,
  seg: Segment,
  amount: AmountItem,
): { count: number; each: boolean; per?: number } {
  if (amount.total) return { count: 1, each: false };
  const halves = halvesPriced(scan, amount);
  if (halves) return { count: halves, per: 2, each: true };
  const weight = measurePriced(scan, amount) ?? weightPriced(scan, amount);
  if (weight) return { ...weight, each: true };
  const times =
    timesBefore(scan, amount) ??
    unitsPriced(scan, amount) ??
    measuredAt(scan, seg, amount) ??
    eachForThe(scan, amount) ??
    dozenEach(scan, seg, amount);
  if (times !== null) return { count: times, each: true };
  // « un lot de 3 t-shirts à 25 € », "a pack of 6 at 4": the size of one lot, not a count of them.
  const counts = scan.amounts.filter(
    (a) =>
      a.quantity &&
      a.start >= seg.start &&
      a.start < seg.end &&
      !sizesOne(scan, a.start) &&
      // "paid 30 euros each, got 10 back": money coming back is held as a count until
      // change-given.ts reads it, but it counts no things (was 300 €).
      !CHANGE_AFTER.test(scan.tokens[a.end]?.norm ?? '') &&
      // « le grand modèle à 80 mais j'ai pris le petit à 55 € »: a number after « à » is a price.
      !(scan.lang === 'fr' && scan.tokens[a.start - 1]?.norm === 'a'),
  );
  // « trois cafés à 2 euros, non 2,50 »: a corrected price stands where the one it corrects was said.
  const said = amount.replaces >= 0 ? amount.replaces : amount.start;
  // « avec mes 2 enfants, 3 croissants à 21 € »: the count nearest before the price is the one it prices.
  const quantity = counts.filter((a) => a.end <= said).at(-1) ?? counts[0];
  const each = marksIn(scan, seg, 'each');
  if (!quantity || quantity.int === null || quantity.int < 2) {
    const heads = headsPaidFor(scan, amount);
    return heads ? { count: heads, each: true } : { count: 1, each };
  }
  const prep = scan.tokens[said - 1]?.norm ?? '';
  // « 3 cafés à 2 € »; in English "a" is the article ("with a 10 euro note"), not « à », unless
  // it follows the things counted: "3 coffees a 2 euros" is a price each.
  const article = prep === 'a' && scan.lang === 'en' && !pricedEachInEnglish(scan, quantity, amount);
  const isUnitPrice = each || (UNIT_PRICE_PREPOSITIONS.has(prep) && !article && quantity.start < said);
  return isUnitPrice && !marksIn(scan, seg, 'total') ? { count: quantity.int, each } : { count: 1, each };
}

export function countRole(scan: Scan, seg: Segment, role: Role): number {
  let n = 0;
  for (let i = seg.start; i < seg.end; i++) if (scan.roles[i] === role) n++;
  return n;
}

/**
 * A number said without a currency is money when the sentence gives it a reason: another amount
 * in a currency and a word of its own ("30 € d'essence et vingt de péage"), or, alone, a verb of
 * paying or a category word ("resto 25"). A small whole number beside euros is more likely a count
 * ("on était 4").
 */
export function bareAccepted(
  amount: AmountItem,
  hasMoney: boolean,
  hasVerb: boolean,
  own: CategoryMatch | null,
  any: CategoryMatch | null,
  priced = false,
): boolean {
  // « et une bière à 5 »: a small number said as the price of a thing named is money, not a count.
  if (hasMoney) return priced || (own !== null && !(amount.int !== null && amount.int < 10));
  return hasVerb || any !== null;
}

/** A verb of paying told in the past: the money has left, whatever day the thing is for. */
const PAID_VERB =
  /^(j'ai paye|j'ai achete|j'ai regle|j'ai pris|deja paye|paid|bought|i paid|i bought|already paid)$/;
export const paidAlready = (scan: Scan) =>
  scan.past &&
  scan.marks.some(
    (m) =>
      m.mark === 'verb' &&
      PAID_VERB.test(
        scan.tokens
          .slice(m.start, m.end)
          .map((t) => t.norm)
          .join(' '),
      ),
  );

const ARTICLES = determinersAnd('deux|trois|one|two');

/** What happens at an hour: « le train de nuit à 9 », "the yoga class at 7" leave or begin then. */
const AT_AN_HOUR = new Set(
  'train|bus|vol|avion|car|cours|seance|film|match|rendez|rdv|reunion|spectacle|concert|flight|class|show|meeting|game|lesson|appointment'.split(
    '|',
  ),
);

/** « une bière à 5 », "a pint at 6": "à"/"at" right before a number that ends its clause. */
export function priceAfterAt(scan: Scan, amount: AmountItem): boolean {
  const before = scan.tokens[amount.start - 1]?.norm;
  const next = scan.tokens[amount.end];
  // In words, « à deux », « à trois » are people sharing, not a price; « rendez-vous à 5 » is a time:
  // the thing priced is one word after an article or a count (« un coca à 3 », "a pint at 6").
  if (scan.tokens[amount.start]?.kind !== 'num') return false;
  if (scan.tokens[amount.start - 2]?.kind !== 'word') return false;
  // « un verre de vin à 6 », "a glass of wine at 7": the thing may be a noun of a noun, not of a
  // place (« le train de Paris à 9 » leaves at nine).
  const ofThing =
    /^(de|d'|du|of)$/.test(scan.tokens[amount.start - 3]?.norm ?? '') &&
    !/^\p{Lu}/u.test(scan.tokens[amount.start - 2]?.raw ?? '') &&
    scan.tokens[amount.start - 4]?.kind === 'word' &&
    !AT_AN_HOUR.has(scan.tokens[amount.start - 4]?.norm ?? '') &&
    ARTICLES.has(scan.tokens[amount.start - 5]?.norm ?? '');
  if (!ARTICLES.has(scan.tokens[amount.start - 3]?.norm ?? '') && !ofThing) return false;
  return (
    (before === 'a' || before === 'at') &&
    (!next || next.kind === 'punct' || next.norm === 'et' || next.norm === 'and')
  );
}

/**
 * "the night bus 4 euros and a kebab 8", « 41 € de poisson et des citrons 3 »: a figure right
 * after the thing it buys, ending the list, after « et », "and" and money said before, is that
 * thing's price (a count comes before its thing, a time or a day after a preposition).
 */
export function priceAfterThing(scan: Scan, amount: AmountItem): boolean {
  const { tokens, roles } = scan;
  const thing = tokens[amount.start - 1];
  const next = tokens[amount.end];
  if (tokens[amount.start]?.kind !== 'num' || amount.int === null) return false;
  if (thing?.kind !== 'word' || roles[amount.start - 1] !== Role.Free || EDGE_STOPWORDS.has(thing.norm))
    return false;
  if (next && next.kind !== 'punct') return false;
  for (let k = amount.start - 2; k >= Math.max(0, amount.start - 5); k--) {
    if (!/^(et|and)$/.test(tokens[k]?.norm ?? '')) continue;
    return scan.amounts.some((a) => !a.dropped && a.currency !== null && a.end <= k);
  }
  return false;
}
