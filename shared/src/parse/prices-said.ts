import { determinersAnd } from './determiners.ts';
import { numberWord } from './number-words.ts';
import { FRIENDS } from './people-counted.ts';
import type { AmountItem, Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';

/* How a price is said (round v11): which figure is a price, and how many times it is paid. */

/**
 * "3 coffees a 2 euros", "4 tickets a 12 dollars": English "a" between the plural thing counted (said
 * within three words of its count) and money is a price each, as it is said on a market; "with a
 * 10 euro note" has no count before it, "3 kids with a 20" a word that is no thing between.
 */
export function pricedEachInEnglish(scan: Scan, quantity: AmountItem, amount: AmountItem): boolean {
  const thing = scan.tokens[amount.start - 2];
  const gap = amount.start - 1 - quantity.end;
  if (amount.currency === null || gap < 1 || gap > 3 || thing?.kind !== 'word') return false;
  for (let i = quantity.end; i < amount.start - 1; i++)
    if (scan.tokens[i]?.kind !== 'word' || NOT_A_THING.has(scan.tokens[i]?.norm ?? '')) return false;
  return /[^s]s$/.test(thing.norm);
}

/** Words between a count and "a" that say it is no price each: "3 kids with a 20 note". */
const NOT_A_THING = new Set('with|for|of|on|in|at|and|plus|gave|paid|was|is|us|as'.split('|'));

/** « par enfant », "per kid": a price for one of whom or what follows. */
const PER_ONE = /^(par|per)$/;
/** « pour les trois », « pour mes deux », "for the three", "for all four", "for my 2". */
const FOR_THE = /^(pour|for)$/;
const THE_ONES = determinersAnd('all');

/**
 * « 8 euros par enfant pour les trois », « 50 euros chacun pour les trois », "12 each for the
 * four": a price for one, then how many it was paid for. The count stands alone after its
 * article: « pour les trois enfants » counts too, « pour les 3 ans de Léo » does not.
 */
export function eachForThe(scan: Scan, amount: AmountItem): number | null {
  const { tokens } = scan;
  const each = scan.marks.find((m) => m.mark === 'each' && m.start === amount.end);
  let k = each ? each.end : amount.end;
  if (!each) {
    if (!PER_ONE.test(tokens[k]?.norm ?? '') || tokens[k + 1]?.kind !== 'word') return null;
    k += 2;
  }
  return countForThe(scan, k);
}

/** « pour les trois », "for all four" at tokens[k]: how many, when the count stands alone. */
export function countForThe(scan: Scan, k: number): number | null {
  const { tokens } = scan;
  if (!FOR_THE.test(tokens[k]?.norm ?? '') || !THE_ONES.has(tokens[k + 1]?.norm ?? '')) return null;
  const t = tokens[k + 2];
  if (!t) return null;
  const n =
    t.kind === 'num' && /^\d{1,2}$/.test(t.norm) ? Number(t.norm) : numberWord(t.norm, scan.lang)?.value;
  const after = tokens[k + 3];
  // "each for the four of us": each of us paid one, not the speaker all four.
  const alone =
    after === undefined || after.kind === 'punct' || !(UNIT_WORDS.test(after.norm) || after.norm === 'of');
  return n !== undefined && n >= 2 && n <= 20 && alone ? n : null;
}
/** After the count, a unit makes it no head count: « pour les 3 ans », "for the 2 hours". */
const UNIT_WORDS =
  /^(ans|an|mois|jours|heures|semaines|years|months|days|hours|weeks|nights|nuits|euros|dollars)$/;

/**
 * « dix-neuf quatre-vingt-dix le bouquin », "twelve fifty the book": units then cents in words are
 * how a price is said, and nothing else is counted in cents; after « à », "at", « vers » they may
 * be an hour (« à huit trente »).
 */
export function pricedInCents(scan: Scan, amount: AmountItem): boolean {
  const before = scan.tokens[amount.start - 1]?.norm ?? '';
  if (!amount.impliedCents) return false;
  // « quatre places à douze cinquante »: after things counted (not friends met), « à », "at" is a
  // price each, no hour.
  const counted = (numberWord(scan.tokens[amount.start - 3]?.norm ?? '', scan.lang)?.value ?? 0) >= 2;
  const thing = scan.tokens[amount.start - 2];
  if (counted && /^(a|at)$/.test(before) && thing?.kind === 'word' && !FRIENDS.has(thing.norm)) return true;
  return !/^(a|at|vers|around|by|until|jusqu'a)$/.test(before);
}

/**
 * "loo roll, 6.50", « du scotch, 2,30 », "the au pair's wages this month, 350": a figure after a
 * comma, ending the note, is the price of what was named before it (was kept flagged
 * unclear_amount when no lexicon knew the thing); said alone ("35") it is still looked at.
 */
export const priceClosing = (scan: Scan, amount: AmountItem): boolean =>
  amount.rough !== true &&
  scan.tokens[amount.start - 1]?.norm === ',' &&
  scan.tokens.slice(amount.end).every((t) => t.kind === 'punct');

/**
 * « je l'ai eue à 40 », "I got it for 45": a bare figure after a verb of paying or getting and « à »,
 * "for" (its object pronoun between) is what was paid, beside money said before it (a price asked,
 * not_paid.ts). Right after the verb it is a count: « j'en ai pris deux ».
 */
export function paidPrice(scan: Scan, amount: AmountItem): boolean {
  let k = amount.start - 1;
  if (!/^(a|for|at|pour)$/.test(scan.tokens[k]?.norm ?? '')) return false;
  k--;
  if (/^(it|them|one|that)$/.test(scan.tokens[k]?.norm ?? '')) k--;
  return scan.marks.some((m) => m.mark === 'verb' && m.end === k + 1);
}

/**
 * « une douzaine d'huîtres à 1,50 € pièce », "half a dozen bagels at 1.20 each", « une demi-douzaine
 * de macarons à 1,60 € l'un »: 12, or 6, priced each. « l'un » counts only here, right after the
 * price of a dozen: as a mark it made « l'un des deux pulls, 25 € » 50.
 */
export function dozenEach(scan: Scan, seg: Segment, amount: AmountItem): number | null {
  const oneOf =
    scan.tokens[amount.end]?.norm === "l'" &&
    /^une?$/.test(scan.tokens[amount.end + 1]?.norm ?? '') &&
    !/^(des|de|d')$/.test(scan.tokens[amount.end + 2]?.norm ?? ''); // « l'une des boîtes » is one box
  if (!oneOf && !scan.marks.some((m) => m.mark === 'each' && m.start >= seg.start && m.start < seg.end))
    return null;
  const at = scan.tokens.findIndex(
    (t, i) => i >= seg.start && i < amount.start && /^(douzaine|dozen)$/.test(t.norm),
  );
  if (at < 0) return null;
  return /^(demi|half)$/.test(scan.tokens[at - 1]?.norm ?? '') || scan.tokens[at - 2]?.norm === 'half'
    ? 6
    : 12;
}
