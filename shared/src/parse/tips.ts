import { PhraseTable } from './phrase-table.ts';
import { type AmountItem, Role, type Scan } from './scan-types.ts';
import { TIP_LINKS, TIP_WORDS } from './tip-rate.ts';

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
]);
const live = (a: AmountItem) => !a.dropped && !a.quantity;

/** What a shop adds to the price: "18 € plus 4,50 de frais de port", "35 plus 6 shipping". */
const ADD_ONS = new PhraseTable<true>(
  (
    'frais de port|frais de livraison|livraison|frais d envoi|port|shipping|delivery|delivery fee|' +
    'shipping fee|postage|postage and packing|p&p'
  )
    .split('|')
    .map((p) => [p, true]),
);

/** Index of the tip word right after tokens[from] ("de pourboire", "tip", "de frais de port"), or -1. */
function tipWordAfter(scan: Scan, from: number): number {
  let k = from;
  while (TIP_LINKS.has(scan.tokens[k]?.norm ?? '')) k++;
  // "6 shipping" needs no link; « 4,50 de port » does ("port" alone is a harbour).
  const addOn = ADD_ONS.match(scan.tokens, k);
  if (addOn && (k > from || scan.tokens[k]?.norm !== 'port')) return addOn.end - 1;
  // A tip word inside "pourboire compris" is no tip of its own.
  return TIP_WORDS.has(scan.tokens[k]?.norm ?? '') && scan.roles[k] !== Role.Mark ? k : -1;
}

/**
 * Tips go onto the expense they were left with: the tip amount stops being an expense of its
 * own and its words stop naming a category ("de pourboire" beside a taxi is still a taxi).
 * A tip said alone ("pourboire de 5 euros") stays an expense. "45 € dont 5 € de pourboire"
 * is left to the "dont" rule: the tip is inside the 45.
 */
export function attachTips(scan: Scan): void {
  const { amounts, tokens, roles } = scan;
  for (const rate of scan.tipRates) {
    const base =
      amounts.filter((a) => live(a) && a.end <= rate.start).at(-1) ??
      amounts.find((a) => live(a) && a.start >= rate.end);
    if (!base) continue;
    base.tipBasisPoints += rate.basisPoints;
    if (rate.wordBefore >= 0) roles[rate.wordBefore] = Role.Skip;
  }
  for (const tip of amounts) {
    if (tip.dropped) continue;
    const word = tipWordAfter(scan, tip.end);
    // "6 shipping" was read as six things; a count of an add-on is its price.
    if (word < 0 || (tip.quantity && ADD_ONS.match(scan.tokens, tip.end) === null)) continue;
    const base = amounts.filter((a) => live(a) && a !== tip && a.end <= tip.start).at(-1);
    if (!base) continue;
    let joined = false;
    for (let k = base.end; k < tip.start; k++) {
      const norm = tokens[k]?.norm ?? '';
      joined ||= JOINERS.has(norm) || TIP_VERBS.has(norm);
    }
    const sameMoney =
      tip.currency === null || base.currency === null || tip.currency.code === base.currency.code;
    if (!joined || !sameMoney) continue;
    base.tipCents += tip.cents;
    tip.dropped = true;
    tip.quantity = false;
    roles.fill(Role.Skip, tip.end, word + 1);
  }
}
