import { PhraseTable, phraseWords } from './phrase-table.ts';
import type { AmountItem, Scan } from './scan-types.ts';
import { timesBefore } from './times-said.ts';
import type { Token } from './tokenize.ts';

/*
 * Amounts that are not each an expense: a total worked out aloud and its parts, a part of a
 * whole (money handed over and its change are in change-given.ts). Each rule drops the amounts that are context and
 * bridges the stretch, so the segmenter keeps it in one expense.
 */

export type Bridges = [number, number][];
export const live = (a: AmountItem) => !a.dropped && !a.quantity;
export const norm = (tokens: readonly Token[], i: number) => tokens[i]?.norm ?? '';
export const words = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(Math.max(0, from), to)
    .map((t) => t.norm)
    .join(' ')
    .replace(/' /g, "'");

/** Said right before a total worked out aloud: « ça fait 7,50 », « donc 29,80 », "so 9.60", "came to 7.50". */
const RESULTS = (
  "ca fait|ca m'a fait|ca me fait|ca nous a fait|ca fera|donc|soit|so|that's|thats|that is|which is|" +
  'which makes|makes|came to|comes to|come to|came out to|total of|a total of|for a total of|total|au total|' +
  // « le total c'était 93 € », "the total was 120": the total named, then its parts.
  "le total c'etait|le total etait|le total etait de|le total est|le total est de|total c'etait|the total was|total was|the total is"
).split('|');
const RESULT_BEFORE = new PhraseTable<true>(RESULTS.map((p) => [p, true]));
/** The last words of those phrases: most amounts have none of them before, and need no lookup. */
const RESULT_LAST = new Set(RESULTS.map((p) => phraseWords(p).at(-1)));

/** Whether a result phrase ends right at tokens[at]: a table match from up to four words before. */
export const resultBefore = (tokens: readonly Token[], at: number) =>
  RESULT_LAST.has(tokens[at - 1]?.norm ?? '') &&
  [1, 2, 3, 4].some((k) => at - k >= 0 && RESULT_BEFORE.match(tokens, at - k)?.end === at);

/** « deux kebabs à 7 € », "3 fois 20" (timesBefore): the count said before a price, after the amount before it. */
function countBefore(scan: Scan, a: AmountItem, after: number): number {
  const n = timesBefore(scan, a);
  if (n !== null) return n;
  const q = scan.amounts
    .filter((b) => b.quantity && !b.dropped && b.start >= after && b.end <= a.start)
    .at(-1);
  return q?.int !== null && q?.int !== undefined && q.int >= 2 ? q.int : 1;
}

/** The parts add up to the total: as said, with their counts, or every number said before it. */
function addsUp(scan: Scan, total: AmountItem, parts: AmountItem[]): boolean {
  const plain = parts.reduce((n, a) => n + a.cents + a.tipCents, 0);
  let counted = 0;
  let after = 0;
  for (const a of parts) {
    counted += a.cents * countBefore(scan, a, after) + a.tipCents;
    after = a.end;
  }
  // "bread 2 milk 1.50 and eggs 3, 6.50 in total": "2" was read as two milks.
  const spoken = scan.amounts
    .filter((a) => !a.dropped && a.end <= total.start)
    .reduce((n, a) => n + a.cents, 0);
  const only = parts.length === 1 ? parts[0] : undefined;
  const divides = only !== undefined && total.cents > only.cents && total.cents % only.cents === 0;
  return [plain, counted, spoken].includes(total.cents) || divides;
}

export function keepTotal(total: AmountItem, parts: AmountItem[], bridges: Bridges, end: number) {
  for (const a of parts) a.dropped = true;
  total.currency ??= parts.find((a) => a.currency !== null)?.currency ?? null;
  total.total = true;
  bridges.push([Math.min(...parts.map((a) => a.start), total.start), Math.max(total.end, end)]);
}

/**
 * "130 € la nuit, deux nuits, 260 en tout", « trois cafés à 2,50 ça fait 7,50 »: the total said
 * beside "en tout" or after « ça fait », "so", "came to" is the expense when the other amounts are
 * its parts (they add up to it, counted or not, or one of them divides it).
 */
export function keepStatedTotal(scan: Scan, bridges: Bridges): void {
  const candidates: [AmountItem, number][] = [];
  for (const m of scan.marks) {
    if (m.mark !== 'total') continue;
    // "total 6,45" names the amount after it; "27 en tout" the one before.
    const after = scan.amounts.find((a) => live(a) && a.start === m.end);
    const before = scan.amounts.find((a) => live(a) && a.end === m.start);
    if (after) candidates.push([after, m.end]);
    if (before) candidates.push([before, m.end]);
  }
  const worked = scan.amounts.filter((a) => live(a) && resultBefore(scan.tokens, a.start));
  for (const a of worked) candidates.push([a, a.end]);
  for (const [total, end] of candidates) {
    const parts = scan.amounts.filter((a) => live(a) && a !== total);
    // Parts said after a result word (« ça m'a fait 62 €, 40 de pièces et 22 de main d'œuvre »)
    // must add up: "so £12 on a ticket and £6 on a coffee" opens the story, 6 dividing 12 or not.
    const later = worked.includes(total) && parts.some((a) => a.start > total.start);
    const exact = parts.reduce((n, a) => n + a.cents + a.tipCents, 0) === total.cents;
    // « total 64 € pour deux nuits, 32 la nuit »: after the total, the price of one unit it was worked from.
    const [one] = parts;
    const unit =
      one && !parts[1] && total.cents % one.cents === 0 && /^(le|la|l')$/.test(norm(scan.tokens, one.end));
    if (parts.length === 0 || (later ? !exact && !unit : !addsUp(scan, total, parts))) continue;
    keepTotal(total, parts, bridges, end);
    return;
  }
  keepSaidProduct(scan, bridges);
}

/**
 * « trois séances de kiné à 16 €, quarante-huit euros », "two pizzas at 11, 22 euros": a price
 * counted, then the product said: one amount said twice. What follows the product is not a thing
 * of its own (« 4 € de croissants » is).
 */
function keepSaidProduct(scan: Scan, bridges: Bridges): void {
  const amounts = scan.amounts.filter(live);
  for (let k = 0; k + 1 < amounts.length; k++) {
    const price = amounts[k] as AmountItem;
    const product = amounts[k + 1] as AmountItem;
    const count = countBefore(scan, price, amounts[k - 1]?.end ?? 0);
    if (count < 2 || product.cents !== price.cents * count || product.start - price.end > 8) continue;
    if (/^(de|d'|du|des|of)$/.test(norm(scan.tokens, product.end))) continue;
    keepTotal(product, [price], bridges, product.end);
    return;
  }
  // « un t-shirt à 15 € et un jean à 40 €, 55 € »: the sum said last, alone after a comma, of
  // two or more amounts before it. Words between ("…, des courses au bar, 58 €") name a thing
  // of its own, bought too.
  const last = amounts.at(-1);
  const parts = amounts.slice(0, -1);
  if (!last || parts.length < 2 || last.end !== scan.tokens.length) return;
  const alone = scan.tokens.slice(parts.at(-1)?.end, last.start).every((t) => t.kind === 'punct');
  if (!alone || parts.reduce((n, a) => n + a.cents + a.tipCents, 0) !== last.cents) return;
  keepTotal(last, parts, bridges, last.end);
}

/** The speaker's own part of a whole said before: « j'ai mis 25 », « j'en ai payé 30 », "I chipped in 20". */
const CONTRIBUTED = new PhraseTable<true>(
  (
    "j'ai mis|j'en ai mis|j'en ai paye|j'ai donne|j'ai participe|j'ai participe a hauteur de|" +
    'je mets|j en mets|je donne|je participe|je participe a hauteur de|' +
    'i chipped in|chipped in|i put in|put in|i pitched in|pitched in|i gave|i chip in|i put'
  )
    .split('|')
    .map((p) => [p, true]),
);
const CONTRIBUTED_FIRST = new Set(["j'", 'je', 'j', 'i', 'chipped', 'put', 'pitched']);
const PER_HEAD = /^(par tete|par personne|chacun|chacune|each|per person|a head)$/;
const PART_ENDS = /^(|,|\.|!|;|et|and|dessus|dedans|of|towards)$/;

/**
 * "Airbnb, 420 € pour le week-end, ma part c'est 105", « le cadeau coûtait 200 €, j'ai mis 25 »,
 * "my share of the 90 euro taxi was 30": the part said after the whole is the expense; the whole
 * is its context.
 */
export function keepStatedPart(scan: Scan, bridges: Bridges, wholeBill = false): void {
  // A household's bill is the whole, whatever part the speaker says is theirs (the household splits it).
  const keep = wholeBill ? keepWhole : keepPart;
  const { tokens } = scan;
  // « kiné 50 €, la mutuelle m'en rembourse 30 »: the part paid back, right after its aside.
  for (const m of scan.marks) {
    const back =
      m.mark === 'aside' && scan.amounts.find((a) => live(a) && a.start >= m.end && a.start - m.end <= 1);
    if (back && scan.amounts.some((a) => live(a) && a.end <= m.start)) back.dropped = true;
  }
  for (const share of scan.shares) {
    if (share.kind !== 'mine') continue;
    const inner = scan.amounts.find((a) => live(a) && a.start >= share.end && a.start - share.end <= 3);
    if (!inner) continue;
    let part = inner;
    let wholes = scan.amounts.filter((a) => live(a) && a.end <= share.start && a.cents > inner.cents);
    // "my share of the 90 euro taxi was 30": the whole inside the phrase, the part after it.
    const later = scan.amounts.find((a) => live(a) && a.start > inner.end && a.start - inner.end <= 6);
    if (
      wholes.length === 0 &&
      later &&
      later.cents < inner.cents &&
      /\b(of|de|des|du|sur)\b/.test(words(tokens, share.end, inner.start))
    ) {
      wholes = [inner];
      part = later;
    }
    if (wholes.length === 0) continue;
    keep(part, wholes, bridges);
    return;
  }
  // « bowling 48 € pour nous quatre, soit 12 par tête »: the part worked out, each one's.
  for (const m of scan.marks) {
    const part = m.mark === 'each' && scan.amounts.find((a) => live(a) && a.end === m.start);
    if (!part || !resultBefore(tokens, part.start) || !PER_HEAD.test(words(tokens, m.start, m.end))) continue;
    const whole = scan.amounts.filter((a) => live(a) && a.end <= part.start && a.cents > part.cents).at(-1);
    if (!whole) continue;
    if (!wholeBill) part.total = true;
    keep(part, [whole], bridges);
    return;
  }
  // « l'Airbnb 540 €, on est 6, chacun 90 », "dinner 120, each 30": each one's part said after the whole.
  for (const part of scan.amounts) {
    if (!live(part) || !/^(chacun|chacune|each)$/.test(norm(tokens, part.start - 1))) continue;
    if (!PART_ENDS.test(norm(tokens, part.end))) continue;
    const whole = scan.amounts.filter((a) => live(a) && a.end < part.start && a.cents > part.cents).at(-1);
    if (!whole) continue;
    if (!wholeBill) part.total = true;
    keep(part, [whole], bridges);
    return;
  }
  for (let i = 0; i < tokens.length; i++) {
    const verb = CONTRIBUTED_FIRST.has(tokens[i]?.norm ?? '') ? CONTRIBUTED.match(tokens, i) : null;
    if (!verb) continue;
    const part = scan.amounts.find((a) => live(a) && a.start >= verb.end && a.start - verb.end <= 1);
    if (!part || !PART_ENDS.test(norm(tokens, part.end))) continue;
    const whole = scan.amounts.filter((a) => live(a) && a.end <= i && a.currency !== null).at(-1);
    if (!whole || whole.cents <= part.cents) continue;
    keepPart(part, [whole], bridges);
    return;
  }
}

/** keepPart's other side, for a household's bill: the whole said nearest the part is the expense. */
function keepWhole(part: AmountItem, wholes: AmountItem[], bridges: Bridges): void {
  const whole = wholes.at(-1) as AmountItem;
  for (const a of [part, ...wholes]) if (a !== whole) a.dropped = true;
  whole.currency ??= part.currency;
  bridges.push([Math.min(...wholes.map((a) => a.start)), part.end]);
}

function keepPart(part: AmountItem, wholes: AmountItem[], bridges: Bridges): void {
  for (const a of wholes) a.dropped = true;
  part.currency ??= wholes.find((a) => a.currency !== null)?.currency ?? null;
  bridges.push([Math.min(...wholes.map((a) => a.start)), part.end]);
}
