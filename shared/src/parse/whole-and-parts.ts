import { numberWord } from './number-words.ts';
import { type AmountItem, type MarkItem, Role, type Scan } from './scan-types.ts';
import type { Token } from './tokenize.ts';
import { BANKNOTES } from './word-sets.ts';

/*
 * Amounts that are not each an expense: a total worked out aloud and its parts, a part of a
 * whole, a note handed over and its change. Each rule drops the amounts that are context and
 * bridges the stretch, so the segmenter keeps it in one expense.
 */

type Bridges = [number, number][];
const live = (a: AmountItem) => !a.dropped && !a.quantity;
const norm = (tokens: readonly Token[], i: number) => tokens[i]?.norm ?? '';
const words = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(Math.max(0, from), to)
    .map((t) => t.norm)
    .join(' ')
    .replace(/' /g, "'");

/** Said right before a total worked out aloud: « ça fait 7,50 », « donc 29,80 », "so 9.60", "came to 7.50". */
const RESULT_BEFORE = new Set(
  (
    "ca fait|ca m'a fait|ca me fait|ca nous a fait|ca fera|donc|soit|so|that's|thats|that is|which is|" +
    'which makes|makes|came to|comes to|come to|came out to|total of|a total of|for a total of|total|au total'
  ).split('|'),
);

const resultBefore = (tokens: readonly Token[], at: number) =>
  [1, 2, 3, 4].some((k) => RESULT_BEFORE.has(words(tokens, at - k, at)));

/** « deux kebabs à 7 € », "3 fois 20": the count said before a price, after the amount before it. */
function countBefore(scan: Scan, a: AmountItem, after: number): number {
  const prev = norm(scan.tokens, a.start - 1);
  if (/^(fois|times|x)$/.test(prev)) {
    const t = scan.tokens[a.start - 2];
    const n = t?.kind === 'num' ? Number(t.norm) : numberWord(t?.norm ?? '', scan.lang)?.value;
    if (n !== undefined && Number.isInteger(n) && n >= 2) return n;
  }
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

function keepTotal(total: AmountItem, parts: AmountItem[], bridges: Bridges, end: number) {
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
  for (const a of scan.amounts)
    if (live(a) && resultBefore(scan.tokens, a.start)) candidates.push([a, a.end]);
  for (const [total, end] of candidates) {
    const parts = scan.amounts.filter((a) => live(a) && a !== total);
    if (parts.length === 0 || !addsUp(scan, total, parts)) continue;
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
}

/** Handing money over: « j'ai donné 50 », « payé avec 100 balles », "gave the cashier 20", "a fifty". */
const HANDED = /^(donne|tendu|file|avec|gave|handed|with)$/;
/** The change named after its amount: "got 12 back", "32 change", « 5 € de monnaie ». */
const CHANGE_AFTER = /^(back|change|monnaie)$/;
/** The change is kept: « il a gardé la monnaie », "keep the change". */
const KEPT_CHANGE = /(garde|gardez) la monnaie|keep the change|kept the change|keep the rest/;

function handedAmount(scan: Scan): AmountItem | undefined {
  const { tokens } = scan;
  return scan.amounts.find((a) => {
    if (a.dropped) return false;
    // "un billet de 20", "a 20 note", "a fifty"
    if (/^(de|d')$/.test(norm(tokens, a.start - 1)) && BANKNOTES.has(norm(tokens, a.start - 2))) return true;
    if (BANKNOTES.has(norm(tokens, a.end))) return true;
    // « j'ai donné 50 au boucher », "gave the driver 30": the verb, then at most two words.
    for (let k = a.start - 1; k >= Math.max(0, a.start - 3); k--) {
      if (HANDED.test(norm(tokens, k))) return true;
      if (scan.roles[k] === Role.Amount || scan.roles[k] === Role.Sep) return false;
    }
    return false;
  });
}

function changeAmount(scan: Scan, note: AmountItem): { change: AmountItem; back?: MarkItem } | null {
  const { tokens } = scan;
  const back = scan.marks.find(
    (m) => (m.mark === 'repayment' || m.mark === 'income') && m.start > note.end && m.start - note.end <= 8,
  );
  // "he gave me 5 back": « 5 » before "back" was read as five of something.
  const afterBack =
    back && scan.amounts.find((a) => !a.dropped && a.start >= back.end && a.start - back.end <= 2);
  if (afterBack) return { change: afterBack, back };
  // "got 12 back", "got 32 change", "12 in change", « 5 € de monnaie »
  // « rendu 33 € »: the participle alone, right before the change.
  const named = scan.amounts.find(
    (a) =>
      !a.dropped &&
      a.start > note.end &&
      (CHANGE_AFTER.test(norm(tokens, a.end)) ||
        /^(rendu|rendus)$/.test(norm(tokens, a.start - 1)) ||
        (/^(in|de)$/.test(norm(tokens, a.end)) && CHANGE_AFTER.test(norm(tokens, a.end + 1)))),
  );
  return named ? { change: named } : null;
}

/**
 * Money handed over and the change: « j'ai donné 50 au boucher, il m'a rendu 12 » is 38; « la
 * pharmacienne m'a rendu 7 € sur 20 » 13; "got 14 change out of 50" 36. A price said too stays
 * (« le taxi c'était 37, j'ai donné 50, il m'a rendu 13 »: 37), and so does a price said before
 * money handed with no change (« courses 43,20, j'ai payé avec 50 € »); change left to keep makes
 * the money handed the expense ("the cab was 17, I gave him 20 and told him to keep the change").
 */
export function takeChange(scan: Scan, bridges: Bridges): void {
  const { tokens } = scan;
  // « rendu 7 € sur 20 », "14 change out of 50": the change said first, then what it came from.
  for (const a of scan.amounts) {
    const on =
      norm(tokens, a.end) === 'sur' ? 1 : words(tokens, a.end, a.end + 3) === 'change out of' ? 3 : 0;
    const from = on > 0 && scan.amounts.find((b) => live(b) && b.start === a.end + on);
    const given = /rendu|change/.test(words(tokens, a.start - 3, a.end + 1));
    if (!from || !given || a.dropped || a.cents >= from.cents) continue;
    from.cents -= a.cents;
    from.int = null;
    a.dropped = true;
    for (const m of scan.marks.filter((m) => m.mark === 'repayment' && m.end <= a.start))
      scan.marks.splice(scan.marks.indexOf(m), 1);
    bridges.push([a.start, from.end]);
    return;
  }
  const note = handedAmount(scan);
  if (!note) return;
  const found = changeAmount(scan, note);
  const price = scan.amounts.find(
    (a) => live(a) && a !== note && a.end <= note.start && a.cents < note.cents,
  );
  if (!found || found.change.cents >= note.cents) {
    if (found) return;
    // Change kept: the money handed is spent, not the price said (before or after it).
    if (KEPT_CHANGE.test(words(tokens, note.end, tokens.length))) {
      const said = scan.amounts.find((a) => live(a) && a !== note && a.cents < note.cents);
      if (!said) return;
      said.dropped = true;
      bridges.push([Math.min(said.start, note.start), Math.max(said.end, note.end)]);
      return;
    }
    // « courses 43,20, j'ai payé avec 50 € »: paid with more than the price, the price stands.
    const paidWith =
      /\b(avec|with)\b/.test(words(tokens, note.start - 5, note.start)) ||
      BANKNOTES.has(norm(tokens, note.start - 2));
    if (!price || !paidWith) return;
    note.dropped = true;
    bridges.push([price.start, note.end]);
    return;
  }
  const { change, back } = found;
  // "a 20 note" was read as twenty notes.
  if (note.quantity) scan.roles.fill(Role.Amount, note.start, note.end);
  note.quantity = false;
  note.cents -= change.cents;
  note.int = null;
  change.dropped = true;
  // The words that give the change back are no repayment or income of the speaker's.
  scan.marks = scan.marks.filter(
    (m) =>
      m === back ||
      !((m.mark === 'repayment' || m.mark === 'income') && m.start > note.end && m.start < change.end),
  );
  if (back) scan.marks.splice(scan.marks.indexOf(back), 1);
  // The price was said too: it is the expense, the money handed its context.
  if (price && price.cents === note.cents) note.dropped = true;
  bridges.push([Math.min(note.start, price?.start ?? note.start), Math.max(change.end, back?.end ?? 0)]);
}

/** The speaker's own part of a whole said before: « j'ai mis 25 », « j'en ai payé 30 », "I chipped in 20". */
const CONTRIBUTED = new Set(
  (
    "j'ai mis|j'en ai mis|j'en ai paye|j'ai donne|j'ai participe|j'ai participe a hauteur de|" +
    'i chipped in|chipped in|i put in|put in|i pitched in|pitched in|i gave'
  ).split('|'),
);
const PART_ENDS = /^(|,|\.|!|;|et|and|dessus|dedans|of|towards)$/;

/**
 * "Airbnb, 420 € pour le week-end, ma part c'est 105", « le cadeau coûtait 200 €, j'ai mis 25 »,
 * "my share of the 90 euro taxi was 30": the part said after the whole is the expense; the whole
 * is its context.
 */
export function keepStatedPart(scan: Scan, bridges: Bridges): void {
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
    keepPart(part, wholes, bridges);
    return;
  }
  for (let i = 0; i < tokens.length; i++) {
    const verb = [4, 3, 2, 1].find((k) => CONTRIBUTED.has(words(tokens, i, i + k)));
    if (verb === undefined) continue;
    const part = scan.amounts.find((a) => live(a) && a.start >= i + verb && a.start - (i + verb) <= 1);
    if (!part || !PART_ENDS.test(norm(tokens, part.end))) continue;
    const whole = scan.amounts.filter((a) => live(a) && a.end <= i && a.currency !== null).at(-1);
    if (!whole || whole.cents <= part.cents) continue;
    keepPart(part, [whole], bridges);
    return;
  }
}

function keepPart(part: AmountItem, wholes: AmountItem[], bridges: Bridges): void {
  for (const a of wholes) a.dropped = true;
  part.currency ??= wholes.find((a) => a.currency !== null)?.currency ?? null;
  bridges.push([Math.min(...wholes.map((a) => a.start)), part.end]);
}
