import { readDigits } from './digits.ts';
import { readNumberWords } from './number-words.ts';
import { PhraseTable } from './phrase-table.ts';
import type { AmountItem, Scan } from './scan-types.ts';

/**
 * A price per unit of time or weight, and how many units were bought: "45 dollars a day for 4
 * days" is 180, "2 heures à 25 €" 50, "5 kilos de clémentines à 2,40 le kilo" 12, "52 euros
 * l'heure, j'en ai pris deux" 104. Nights are counted as things (shares.ts and the "each" mark).
 */
type Unit = 'hour' | 'day' | 'week' | 'kilo';

const of = (unit: Unit, phrases: string): [string, Unit][] => phrases.split('|').map((p) => [p, unit]);

/** After the amount: the unit it is the price of. */
const RATES = new PhraseTable<Unit>([
  ...of('hour', "l'heure|de l'heure|par heure|per hour|an hour|a hour|the hour|/h|de l heure"),
  ...of('day', 'par jour|la journee|le jour|per day|a day|the day|par journee'),
  ...of('week', 'par semaine|la semaine|per week|a week|the week'),
  ...of('kilo', 'le kilo|du kilo|par kilo|au kilo|per kilo|a kilo|the kilo|le kg|per kg|a kg|/kg'),
]);

/** After a count: the unit counted ("2 heures", "4 days", "5 kilos"). */
const COUNTED = new PhraseTable<Unit>([
  ...of('hour', 'h|heure|heures|hour|hours|hr|hrs'),
  ...of('day', 'jour|jours|journee|journees|day|days'),
  ...of('week', 'semaine|semaines|week|weeks'),
  ...of('kilo', 'kilo|kilos|kg|kilogramme|kilogrammes|kilogram|kilograms'),
]);

/** "j'en ai pris deux", "I took two": how many of the unit priced were had. */
const TOOK = new Set(['pris', 'eu', 'fait', 'took', 'had', 'did', 'booked', 'reserve']);

function countAt(scan: Scan, i: number): { n: number; end: number } | null {
  const t = scan.tokens[i];
  if (!t) return null;
  if (t.kind === 'num') {
    const int = readDigits(t.norm)?.int ?? null;
    return int === null ? null : { n: int, end: i + 1 };
  }
  const w = t.kind === 'word' ? readNumberWords(scan.tokens, i, scan.lang) : null;
  return w ? { n: w.value, end: w.end } : null;
}

/** "2,40 le kilo", "25 an hour": a number said as a price per unit is money. */
export const isRate = (scan: Scan, amount: AmountItem): boolean =>
  RATES.match(scan.tokens, amount.end) !== null;

/** How many units the amount is the price of, when the words say a rate and a count of its unit. */
export function unitsPriced(scan: Scan, amount: AmountItem): number | null {
  const rate = RATES.match(scan.tokens, amount.end);
  const before = scan.tokens[amount.start - 1]?.norm;
  // "2 heures à 25 €": "à" after a measured count prices one unit of it.
  const priced = rate?.value ?? (before === 'a' || before === 'at' ? null : undefined);
  if (priced === undefined) return null;
  for (let i = 0; i < scan.tokens.length; i++) {
    if (i >= amount.start && i < (rate?.end ?? amount.end)) continue;
    const c = countAt(scan, i);
    if (!c || c.n < 2 || c.n > 99) continue;
    const unit = COUNTED.match(scan.tokens, c.end);
    if (unit && (priced === null ? c.end < amount.start : unit.value === priced)) {
      // "2 heures à 25 €" needs the count right before: "2 heures de ménage à 25 €" too.
      if (priced === null && amount.start - unit.end > 4) continue;
      return c.n;
    }
    const took = scan.tokens[i - 1]?.norm;
    if (rate && i > amount.end && took !== undefined && TOOK.has(took) && c.end - i === 1) return c.n;
  }
  return null;
}
