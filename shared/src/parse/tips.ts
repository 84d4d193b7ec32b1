import { halveUsualPrice } from './half-price.ts';
import { PhraseTable } from './phrase-table.ts';
import { type AmountItem, Role, type Scan } from './scan-types.ts';
import { TIP_LINKS, TIP_WORDS, TIPPED_PEOPLE } from './tip-rate.ts';

/** Between an expense and its tip: "taxi 18 € plus 2 de pourboire", "resto 40 € et 5 € de pourboire". */
const JOINERS = new Set(['plus', '+', 'et', 'and', 'avec', 'with']);
/** "coiffeur 30 €, j'ai laissé 3 € de pourboire", "dinner 40, left a 5 euro tip": a tip left on top. */
const TIP_VERBS = new Set([
  'laisse',
  'laissee',
  'laisses',
  'left',
  'ajoute',
  'rajoute',
  'added',
  'donne',
  'gave',
  'mis',
]);
const live = (a: AmountItem) => !a.dropped && !a.quantity;

/** What a shop adds to the price: "18 € plus 4,50 de frais de port", "35 plus 6 shipping". */
const ADD_ONS = new PhraseTable<true>(
  (
    'frais de port|frais de livraison|livraison|frais d envoi|port|shipping|delivery|delivery fee|' +
    'shipping fee|postage|postage and packing|p&p|' +
    // Fees added to a price: « plus 4 € de taxe de séjour », "plus 6 euros booking fee".
    'taxe de sejour|taxes de sejour|tourist tax|city tax|frais de service|service fee|booking fee|' +
    'frais de reservation|frais de location|frais de gestion|handling fee|processing fee|' +
    // A tradesman's coming out: "150 plus 30 call-out", « 95 € plus 10 de déplacement ».
    'call out|call out fee|call out charge|callout|callout fee|frais de deplacement|deplacement|' +
    'service charge|cover charge|corkage|' +
    // Added with no name: "gave the driver 2 on top" (a tip or a fee, on the bill all the same).
    'on top'
  )
    .split('|')
    .map((p) => [p, true]),
);

/** Words that may stand between an amount and what a shop adds or a tip: "5 for delivery", « 4 € pour la livraison », "5 as a tip". */
const ADD_ON_LINKS = new Set(['for', 'pour', 'la', 'le', 'the', 'in', 'as', 'a']);
/** What a shop takes off: "100 de remise", "a 20 euro discount", "10 off". */
const DISCOUNT_WORDS = new Set(['remise', 'reduction', 'reduc', 'rabais', 'discount', 'off', 'promo']);
/** "moins 100 de remise", "minus 10", "60 less a 10 euro coupon": the amount after is taken off. */
const MINUS = new Set(['moins', 'minus', 'less']);
/** "tipped 4", « j'ai rajouté 6 »: a bare amount after these, with no words of its own, is a tip. */
const TIPPED = new Set(['tipped', 'tip', 'ajoute', 'rajoute', 'added']);
/** « 45 € dont 5 € de pourboire », "including a 5 euro tip": the tip is inside the bill (the "dont" rule). */
const INSIDE = new Set(['dont', 'including', 'incl', 'inclus', 'compris']);
/** « 2 € de pourboire en plus des 21 € »: the bill comes after. */
const ON_TOP = new Set(['plus', 'top']);

/** Index of the tip word right after tokens[from] ("de pourboire", "tip", "de frais de port"), or -1. */
function tipWordAfter(scan: Scan, from: number): number {
  let k = from;
  while (TIP_LINKS.has(scan.tokens[k]?.norm ?? '')) k++;
  let l = k;
  while (ADD_ON_LINKS.has(scan.tokens[l]?.norm ?? '') && l - k < 2) l++;
  // "6 shipping" needs no link; « 4,50 de port » does ("port" alone is a harbour).
  const addOn = ADD_ONS.match(scan.tokens, l);
  if (addOn && (l > from || scan.tokens[l]?.norm !== 'port')) return addOn.end - 1;
  // A tip word inside "pourboire compris" is no tip of its own; "10 for the tip", « 8 pour le
  // pourboire », "5 as a tip" link it as an add-on's words do.
  for (const at of [k, l])
    if (TIP_WORDS.has(scan.tokens[at]?.norm ?? '') && scan.roles[at] !== Role.Mark) return at;
  // « plus 2 € pour le livreur »: money for the one who served, linked, is their tip.
  return l > k && TIPPED_PEOPLE.has(scan.tokens[l]?.norm ?? '') ? l : -1;
}

/** How an amount changes the bill before it: +1 a tip or an add-on, -1 a discount, 0 none; and its last word. */
function adjustment(scan: Scan, a: AmountItem): { sign: 1 | -1; last: number; tip?: boolean } | null {
  const word = tipWordAfter(scan, a.end);
  // "6 shipping", "left 10 tip" were read as six things, ten tips; a count of an add-on or a tip is its price.
  const tip = TIP_WORDS.has(scan.tokens[word]?.norm ?? '');
  if (word >= 0)
    return a.quantity && ADD_ONS.match(scan.tokens, a.end) === null && !tip
      ? null
      : { sign: 1, last: word, tip };
  let k = a.end;
  while (TIP_LINKS.has(scan.tokens[k]?.norm ?? '')) k++;
  const before = scan.tokens[a.start - 1]?.norm ?? '';
  // "10 off", "a 20 euro discount" need no link; « 20 € de remise » does.
  if (
    DISCOUNT_WORDS.has(scan.tokens[k]?.norm ?? '') &&
    (k > a.end || /^(off|discount)$/.test(scan.tokens[k]?.norm ?? ''))
  )
    return { sign: -1, last: k };
  // "minus a 30 euro voucher": the article between.
  const minus =
    MINUS.has(before) || (/^(a|an|un|une)$/.test(before) && MINUS.has(scan.tokens[a.start - 2]?.norm ?? ''));
  if (minus) return { sign: -1, last: a.end - 1 };
  // « une remise de 10 € », "a discount of 10 euros": the discount named just before its amount.
  if (
    /^(de|of)$/.test(before) &&
    DISCOUNT_WORDS.has(scan.tokens[a.start - 2]?.norm ?? '') &&
    before !== 'off'
  )
    return { sign: -1, last: a.end - 1 };
  // "tipped 4", « j'ai ajouté 6 »: only when nothing of its own follows the amount.
  const next = scan.tokens[a.end];
  if (TIPPED.has(before) && !a.quantity && (!next || next.kind === 'punct'))
    return { sign: 1, last: a.end - 1 };
  return null;
}

/** "came to 80", « payées 56 € »: words that say the amount after them is the one paid. */
const PAID_WORDS = new Set(['came', 'comes', 'payees', 'revient', 'revenu', 'revenue']);

/** « 64 euros au final », "60 in the end": the sum said is what was left to pay. */
const FINAL_AFTER = /^(au final|a la fin|in the end|all in|finalement|finally)/;

const saidFinal = (scan: Scan, a: AmountItem): boolean =>
  FINAL_AFTER.test(
    scan.tokens
      .slice(a.end, a.end + 3)
      .map((t) => t.norm)
      .join(' '),
  );

/** Whether a paying verb (« j'ai payé », « m'a coûté », "paid", "came to") stands in tokens[from, to). */
function paidBetween(scan: Scan, from: number, to: number): boolean {
  if (scan.marks.some((m) => m.mark === 'verb' && m.start >= from && m.end <= to)) return true;
  return scan.tokens.slice(from, to).some((t) => PAID_WORDS.has(t.norm));
}

/**
 * Tips go onto the expense they were left with: the tip amount stops being an expense of its
 * own and its words stop naming a category ("de pourboire" beside a taxi is still a taxi).
 * A tip said alone ("pourboire de 5 euros") stays an expense. "45 € dont 5 € de pourboire"
 * is left to the "dont" rule: the tip is inside the 45. Shipping is added the same way, and a
 * discount in money taken off ("800 €, moins 100 de remise" is 700).
 */
export function attachTips(scan: Scan): void {
  const { amounts, tokens, roles } = scan;
  for (const rate of scan.tipRates) {
    const before = amounts.filter((a) => live(a) && a.end <= rate.start).at(-1);
    const base = before ?? amounts.find((a) => live(a) && a.start >= rate.end);
    if (!base) continue;
    // « soldes -20 %, j'ai payé 32 € », "20% off, the jacket came to 80": the price after a paying
    // word is what was paid, the discount already taken off.
    // « -20 % sur les courses, 64 euros au final »: or said to be what was left to pay.
    if (!before && rate.basisPoints < 0 && (paidBetween(scan, rate.end, base.start) || saidFinal(scan, base)))
      continue;
    base.tipBasisPoints += rate.basisPoints;
    if (rate.wordBefore >= 0) roles[rate.wordBefore] = Role.Skip;
  }
  for (const tip of amounts) {
    if (tip.dropped) continue;
    const adj = adjustment(scan, tip);
    if (!adj) continue;
    let base = amounts.filter((a) => live(a) && a !== tip && a.end <= tip.start).at(-1);
    // A discount names itself ("20 euros off"): it needs no joining word.
    let joined = adj.sign === -1;
    if (base) {
      // "taxi 30 euros, 5 for the tip": a tip named goes on the bill before it, unless said inside it (« dont »).
      let inside = false;
      for (let k = base.end; k < tip.start; k++) {
        const norm = tokens[k]?.norm ?? '';
        joined ||= JOINERS.has(norm) || TIP_VERBS.has(norm) || MINUS.has(norm) || TIPPED.has(norm);
        inside ||= INSIDE.has(norm);
      }
      joined ||= adj.tip === true && !inside;
    } else {
      // « 2 € de pourboire en plus des 21 € de la commande », "a 3 euro tip on top of the 40".
      base = amounts.find((a) => live(a) && a !== tip && a.start > adj.last);
      for (let k = adj.last + 1; base && k < base.start; k++) joined ||= ON_TOP.has(tokens[k]?.norm ?? '');
    }
    if (!base) continue;
    // « une remise de 10 €, j'ai payé 45 € », "knocked 5 off and I paid 30": the price paid after a
    // discount said first already has it taken off; the discount is no expense of its own.
    if (adj.sign === -1 && base.start > tip.start && paidBetween(scan, adj.last + 1, base.start)) {
      tip.dropped = true;
      tip.quantity = false;
      roles.fill(Role.Skip, tip.end, adj.last + 1);
      continue;
    }
    // « 50 balles plus 4 euros de pourboire »: slang names the money in use (code null), any of them.
    const sameMoney = !tip.currency?.code || !base.currency?.code || tip.currency.code === base.currency.code;
    if (!joined || !sameMoney) continue;
    base.tipCents += adj.sign * tip.cents;
    tip.dropped = true;
    tip.quantity = false;
    roles.fill(Role.Skip, tip.end, adj.last + 1);
    if (adj.last < tip.start) roles[adj.last] = Role.Skip;
  }
  halveUsualPrice(scan);
}
