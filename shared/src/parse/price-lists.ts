import { type AmountItem, Role, type Scan } from './scan-types.ts';
import { EDGE_STOPWORDS } from './word-sets.ts';

/*
 * A list of things each said with its price, the currency said once at its end: « la place 12 et
 * le popcorn 6 euros », "socks 6, hat 12 euros", « le pain 2, le fromage 8 et le vin 12 euros ».
 * The bare figures are prices in the same money, as « 41 € de poisson et des citrons 3 » is the
 * other way round (expense-rules.ts priceAfterThing).
 */

/** Words of the thing priced: a few words, none a number, a date or a mark. */
const MAX_THING = 4;

/** A figure right after the thing it prices: a word of the note before it, not a stopword. */
function afterThing(scan: Scan, a: AmountItem): boolean {
  const thing = scan.tokens[a.start - 1];
  return (
    scan.tokens[a.start]?.kind === 'num' &&
    thing?.kind === 'word' &&
    scan.roles[a.start - 1] === Role.Free &&
    // « thé 3 en terrasse »: the tea, normalized "the", is no stopword.
    (!EDGE_STOPWORDS.has(thing.norm) || /^thé$/i.test(thing.raw))
  );
}

/** « , », « et », "and", « , et » right after tokens[i - 1]: how many tokens; 0 when none. */
function listSeparator(scan: Scan, i: number): number {
  const t = scan.tokens[i];
  const and = (k: number) => /^(et|and)$/.test(scan.tokens[k]?.norm ?? '');
  if (t?.kind === 'punct' && t.norm === ',') return and(i + 1) ? 2 : 1;
  return and(i) ? 1 : 0;
}

/**
 * « parking 4 à l'hôpital, fleurs 15 euros », « lessive 9 chez Lidl, … »: where the place an item
 * was bought at, said after its figure, ends (a preposition and up to three words); i when none.
 */
function placeAfter(scan: Scan, i: number): number {
  if (!/^(a|au|aux|chez|en)$/.test(scan.tokens[i]?.norm ?? '')) return i;
  for (let k = i + 2; k <= i + 4; k++) {
    if (listSeparator(scan, k) > 0) return thingBetween(scan, i, k) ? k : i;
  }
  return i;
}

/** From tokens[from], only the words of a thing up to tokens[to] (its figure). */
function thingBetween(scan: Scan, from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_THING) return false;
  for (let k = from; k < to; k++)
    if (scan.tokens[k]?.kind !== 'word' || scan.roles[k] !== Role.Free) return false;
  return true;
}

/**
 * Whether the bare figure `amount` is one item's price in such a list: right after its thing, then a
 * separator, then the next thing and its figure, and so on to a figure in a currency that ends the
 * list. A total said after (« 30 au total ») has no thing before it, so no list is read.
 */
export function pricedInList(scan: Scan, amount: AmountItem): boolean {
  let a = amount;
  for (let step = 0; step < 6; step++) {
    if (!afterThing(scan, a)) return false;
    if (a !== amount && a.currency !== null) return !a.currency.minor && a.currency.code !== null;
    // « numéro de client 458 221 »: a figure in groups, or of five figures, names something.
    if (a.currency !== null || a.end - a.start > 1 || a.cents >= 1_000_000) return false;
    const end = placeAfter(scan, a.end);
    const sep = listSeparator(scan, end);
    if (sep === 0) return false;
    const next = scan.amounts.find((b) => b.start > end && !b.dropped);
    if (!next || !thingBetween(scan, end + sep, next.start)) return false;
    a = next;
  }
  return false;
}
