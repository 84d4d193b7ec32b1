import { readDigits } from './digits.ts';
import { numberWord } from './number-words.ts';
import { PhraseTable } from './phrase-table.ts';
import { type AmountItem, Role, type Scan } from './scan-types.ts';
import { packSizeAt } from './word-sets.ts';

/**
 * A price per unit of time or weight, and how many units were bought: "45 dollars a day for 4
 * days" is 180, "2 heures à 25 €" 50, "5 kilos de clémentines à 2,40 le kilo" 12, "52 euros
 * l'heure, j'en ai pris deux" 104. Nights are counted as things (shares.ts and the "each" mark).
 */
export type Unit = 'hour' | 'day' | 'week' | 'kilo' | 'month';

const of = (unit: Unit, phrases: string): [string, Unit][] => phrases.split('|').map((p) => [p, unit]);

/** After the amount: the unit it is the price of. */
export const RATES = new PhraseTable<Unit>([
  ...of('hour', "l'heure|de l'heure|par heure|per hour|an hour|a hour|the hour|/h|de l heure"),
  ...of('day', 'par jour|la journee|le jour|per day|a day|the day|par journee'),
  ...of('week', 'par semaine|la semaine|per week|a week|the week'),
  ...of('kilo', 'le kilo|du kilo|par kilo|au kilo|per kilo|a kilo|the kilo|le kg|per kg|a kg|/kg'),
  ...of('month', 'par mois|le mois|per month|a month|the month'),
]);

/** After a count: the unit counted ("2 heures", "4 days", "5 kilos"). */
export const COUNTED = new PhraseTable<Unit>([
  ...of('hour', 'h|heure|heures|hour|hours|hr|hrs'),
  ...of('day', 'jour|jours|journee|journees|day|days'),
  ...of('week', 'semaine|semaines|week|weeks'),
  ...of('kilo', 'kilo|kilos|kg|kilogramme|kilogrammes|kilogram|kilograms'),
  ...of('month', 'mois|month|months'),
]);

/** « 800 grammes de bœuf à 25 € le kilo »: grams of a thing priced by the kilo. */
const GRAMS = new PhraseTable<true>(
  ['g|gr|gramme|grammes|gram|grams'].flatMap((p) => p.split('|').map((w) => [w, true])),
);

const HALF = new Set(['demi', 'half']);
/** After « demi », "half": the kilo halved (« demi-kilo », "half a kilo", "half a kg"). */
const HALF_OF = new PhraseTable<true>(['kilo', 'kg', 'a kilo', 'a kg', 'kilo of'].map((p) => [p, true]));

/** "j'en ai pris deux", "I took two": how many of the unit priced were had. */
const TOOK = new Set([
  'pris',
  'eu',
  'fait',
  'took',
  'had',
  'did',
  'booked',
  'reserve',
  'achete',
  'bought',
  'got',
]);

/** The whole number said in the one token at i: "2", "deux", "two". */
function countAt(scan: Scan, i: number): number | null {
  const t = scan.tokens[i];
  if (t?.kind === 'num') return readDigits(t.norm)?.int ?? null;
  return t?.kind === 'word' ? (numberWord(t.norm, scan.lang)?.value ?? null) : null;
}

/** Things sold as one, sized by a count said right after them: « une formule 2 plats », « un pass 3 jours ». */
const SIZED_ONE = new Set(
  'formule|menu|carte|abonnement|forfait|pass|offre|stage|cure|package|bundle|deal|plan|subscription|card'.split(
    '|',
  ),
);

/**
 * « une formule 2 plats à 19 € », « une carte 10 séances à 80 € », « un abonnement 3 mois à 60 € »,
 * « un sac de 10 kilos de riz à 14 € », "a 6 pack": the count at tokens[i] sizes the one thing named before (or after) it,
 * no count of what the price is of.
 */
export const sizesOne = (scan: Scan, i: number): boolean =>
  SIZED_ONE.has(scan.tokens[i - 1]?.norm ?? '') ||
  packSizeAt(scan.tokens, i) ||
  // "a 6 pack of yoghurt at 2.90", « un 12 pack »: the count before "pack" sizes the one pack.
  scan.tokens[i + 1]?.norm === 'pack';

/**
 * « 10 kilos de pommes, 4 cafés à 16 € »: a count of another thing said between a measure and the
 * price is the nearer one, the one the price is of; the measure is no count of it.
 */
export function countBetween(scan: Scan, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const n = countAt(scan, i);
    if (n !== null && n >= 2 && scan.tokens[i + 1]?.kind === 'word') return true;
  }
  return false;
}

/** « ça fait 65 francs », "had 12.50": money said after the verb is what was paid, not a count. */
const moneyAt = (scan: Scan, i: number): boolean =>
  scan.amounts.some((a) => a.start === i && (a.currency !== null || a.int === null));

/** Whether a rate's words ("an hour", "de l'heure", "le kilo") begin at tokens[i]. */
export const rateAt = (tokens: Scan['tokens'], i: number): boolean => RATES.match(tokens, i) !== null;

/**
 * "2,40 le kilo", "25 an hour", « six bouteilles … à 7,50 la bouteille »: a number said as a price
 * per unit, or per one of the things counted, is money.
 */
export const isRate = (scan: Scan, amount: AmountItem): boolean =>
  RATES.match(scan.tokens, amount.end) !== null ||
  (PER_ONE.has(scan.tokens[amount.end]?.norm ?? '') && countOfThing(scan, amount) !== null);

/** "le repas", "la place", "the ticket": a price per one of any thing, after the amount. */
export const PER_ONE = new Set(['le', 'la', "l'", 'par', 'per', 'a', 'the']);
/** Things counted by other rules (nights and shares in shares.ts) or too vague to count. */
const NOT_COUNTED = new Set([
  'nuit',
  'night',
  'fois',
  'time',
  'mois',
  'month',
  'an',
  'year',
  'annee',
  'personne',
  'person',
  'tout',
  'total',
]);
export const fold = (w: string) => (w.length > 3 && /[sx]$/.test(w) ? w.slice(0, -1) : w);

/** « huit mètres carrés … à 32 € le m² »: a unit's symbol names the unit counted in words. */
const SYMBOL: Record<string, string> = { m: 'metre', l: 'litre', kg: 'kilo' };
const named = (w: string) => SYMBOL[w] ?? fold(w);

/** « 3,60 le repas, 20 repas », "1,05 le litre … dix litres": a price per one thing and a count of it. */
function countOfThing(scan: Scan, amount: AmountItem): number | null {
  if (!PER_ONE.has(scan.tokens[amount.end]?.norm ?? '')) return null;
  const thing = scan.tokens[amount.end + 1];
  if (thing?.kind !== 'word' || NOT_COUNTED.has(fold(thing.norm))) return null;
  for (let j = 1; j < scan.tokens.length; j++) {
    if (j === amount.end + 1) continue;
    const t = scan.tokens[j];
    if (t?.kind !== 'word' || named(t.norm) !== named(thing.norm)) continue;
    const n = countAt(scan, j - 1);
    if (n !== null && n >= 2 && n <= 999) return n;
  }
  // « 1 euro 20 la baguette, j'en ai pris trois »: « en » stands for the thing priced. (English
  // "I took four" after a price of one is read as money of its own: left as it was.)
  return countTaken(scan, amount.end + 2, true);
}

/** The count said right after a verb of taking at or after tokens[from]: « j'en ai pris trois », "took four". */
function countTaken(scan: Scan, from: number, ofEn = false): number | null {
  for (let j = Math.max(1, from); j < scan.tokens.length; j++) {
    if (!TOOK.has(scan.tokens[j - 1]?.norm ?? '') || moneyAt(scan, j)) continue;
    // "got 10 back" is change: "got" counts only in words ("got five").
    if (scan.tokens[j - 1]?.norm === 'got' && scan.tokens[j]?.kind !== 'word') continue;
    if (ofEn && !scan.tokens.slice(Math.max(0, j - 4), j - 1).some((t) => /^(en|j'en|n'en)$/.test(t.norm)))
      continue;
    // "paid 12 euros each, took 45 minutes", « ça a pris deux heures »: time passing, nothing taken
    // (was 540 €); a price by the hour is read with its hours above.
    if (TIME_SPENT.test(scan.tokens[j + 1]?.norm ?? '')) continue;
    const n = countAt(scan, j);
    if (n !== null && n >= 2 && n <= 99) return n;
  }
  return null;
}

const TIME_SPENT =
  /^(min|mins|minute|minutes|mn|sec|secs|seconde|secondes|second|seconds|h|heure|heures|hour|hours|hr|hrs)$/;

/** « pneus neige, 4 à 90 € »: a count said right before "à"/"at" and the price of one. */
function countBeforeAt(scan: Scan, amount: AmountItem): number | null {
  const before = scan.tokens[amount.start - 1]?.norm;
  if (before !== 'a' || amount.currency === null) return null;
  const n = countAt(scan, amount.start - 2);
  // "de 4 à 90 €" is a range; « le 4 à 90 € » a day.
  const range = /^(de|du|le|entre|from|between)$/.test(scan.tokens[amount.start - 3]?.norm ?? '');
  // « un MacBook M2 à 1 100 € », « un T2 à 650 € », « un répéteur wifi 6 à 45 € » (name-numbers.ts):
  // a model's code or a figure after the nouns of one thing names it, no count of it.
  const named = scan.roles[amount.start - 2] === Role.Reference;
  return n !== null && n >= 2 && n <= 20 && !range && !named && scan.tokens[amount.start - 2]?.kind === 'num'
    ? n
    : null;
}

/**
 * A weight said in parts of the unit priced: « 1,5 kilo de tomates à 2 € le kilo » is 3 €, « 800
 * grammes à 25 € le kilo » 20 €. The count over `per`, so the sum stays in whole cents.
 */
export function weightPriced(scan: Scan, amount: AmountItem): { count: number; per: number } | null {
  if (RATES.match(scan.tokens, amount.end)?.value !== 'kilo') return null;
  // « un demi-kilo de cerises à 8 € le kilo », "half a kilo of cherries at 8 a kilo": half of one.
  if (
    scan.tokens.slice(0, amount.start).some((t, j) => HALF.has(t.norm) && HALF_OF.match(scan.tokens, j + 1))
  )
    return { count: 1, per: 2 };
  for (let j = 1; j < amount.start; j++) {
    const t = scan.tokens[j - 1];
    if (t?.kind !== 'num') continue;
    const read = readDigits(t.norm);
    if (!read) continue;
    if (GRAMS.match(scan.tokens, j) && read.int !== null && read.int >= 1)
      return { count: read.int, per: 1000 };
    const kilos = COUNTED.match(scan.tokens, j)?.value === 'kilo';
    if (kilos && read.int === null && read.cents > 0) return { count: read.cents, per: 100 };
  }
  return null;
}

const EACH = /^(chacun|chacune|piece|each|apiece)$/;

/**
 * « les places 45 € chacune, j'en ai acheté trois », "bagels are 1.50 each, got five", « le kilo de
 * tomates à 3,20, j'en ai pris deux »: a price each, or of the unit said before it, then how many
 * were taken.
 */
function eachThenTaken(scan: Scan, amount: AmountItem): number | null {
  const { tokens } = scan;
  const each = EACH.test(tokens[amount.end]?.norm ?? '');
  const unitFirst =
    !each &&
    /^(a|at)$/.test(tokens[amount.start - 1]?.norm ?? '') &&
    tokens.some((_, k) => k < amount.start - 1 && rateAt(tokens, k));
  return each || unitFirst ? countTaken(scan, amount.end + (each ? 1 : 0), scan.lang === 'fr') : null;
}

/** How many units the amount is the price of, when the words say a rate and a count of its unit. */
export function unitsPriced(scan: Scan, amount: AmountItem): number | null {
  return (
    timeOrWeightUnits(scan, amount) ??
    countOfThing(scan, amount) ??
    countBeforeAt(scan, amount) ??
    eachThenTaken(scan, amount)
  );
}

function timeOrWeightUnits(scan: Scan, amount: AmountItem): number | null {
  const rate = RATES.match(scan.tokens, amount.end);
  const before = scan.tokens[amount.start - 1]?.norm;
  // "2 heures à 25 €": "à" after a measured count prices one unit of it.
  const priced = rate?.value ?? (before === 'a' || before === 'at' ? null : undefined);
  if (priced === undefined) return null;
  const skip = (i: number) => i >= amount.start && i < (rate?.end ?? amount.end);
  for (let j = 1; j < scan.tokens.length; j++) {
    // Cheap first: the unit word, then the number before it.
    const unit = COUNTED.match(scan.tokens, j);
    // "35 euros a day for a week", « 20 € par jour pendant deux semaines »: weeks of days.
    if (unit?.value === 'week' && priced === 'day' && j > amount.end) {
      const n = /^(a|one|une)$/.test(scan.tokens[j - 1]?.norm ?? '') ? 1 : countAt(scan, j - 1);
      if (n !== null && n >= 1 && n <= 52) return 7 * n;
    }
    if (
      unit &&
      !skip(j - 1) &&
      // « il y a trois jours, un livre à 21 € »: days said of a date count nothing bought.
      scan.roles[j - 1] !== Role.Date &&
      (priced === null
        ? unit.end <= amount.start && !countBetween(scan, unit.end, amount.start)
        : unit.value === priced)
    ) {
      const n = sizesOne(scan, j - 1) ? null : countAt(scan, j - 1);
      // "2 heures à 25 €" needs the count close before: "2 heures de ménage à 25 €" too.
      if (n !== null && n >= 2 && n <= 99 && (priced !== null || amount.start - unit.end <= 4)) return n;
    }
  }
  return rate ? countTaken(scan, amount.end + 1) : null;
}
