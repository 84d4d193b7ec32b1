import type { CurrencyWord } from './currencies.ts';
import { placeMoney } from './place-currency.ts';
import type { Scan } from './scan-types.ts';
import { dropWholePrices } from './whole-price.ts';

/**
 * An amount said again in another money, as a comparison: « la baguette à 1,30 €, ça fait presque 9
 * francs », « 28 euros, soit plus de 180 francs de l'époque », "25 pounds, that's about 30 euros".
 * The first amount is what was paid; the second is dropped, not a second expense.
 */
const SAYS_AGAIN = /^(soit|that's|thats|which|ca fait|cela fait|ce qui fait|that is)$/;
const HEDGES = /^(presque|environ|plus|moins|de|about|around|nearly|almost|over|under|roughly|is|pres|a)$/;

function saidAgain(scan: Scan, at: number): boolean {
  const { tokens } = scan;
  let i = at - 1;
  while (i > 0 && HEDGES.test(tokens[i]?.norm ?? '')) i--;
  const one = tokens[i]?.norm ?? '';
  const two = `${tokens[i - 1]?.norm ?? ''} ${one}`;
  const three = `${tokens[i - 2]?.norm ?? ''} ${two}`;
  return SAYS_AGAIN.test(one) || SAYS_AGAIN.test(two) || SAYS_AGAIN.test(three);
}

/** « 50 000 anciens francs », « 180 francs de l'époque », "old francs": money no longer in use. */
function oldMoney(scan: Scan, start: number, end: number): boolean {
  const { tokens } = scan;
  const before = tokens[start - 1]?.norm ?? '';
  const after = `${tokens[end]?.norm ?? ''} ${tokens[end + 1]?.norm ?? ''} ${tokens[end + 2]?.norm ?? ''}`;
  return (
    /^(anciens|nouveaux|old)$/.test(before) ||
    /^(anciens|nouveaux|old)$/.test(tokens[start + 1]?.norm ?? '') ||
    /^(de l'|d'antan)/.test(after)
  );
}

/**
 * « le pain à 1,20 €, presque 8 francs »: "francs" with no country after euros are the old French
 * franc, said to compare (a Swiss place named makes them Swiss francs, place-currency.ts).
 */
const oldFrancs = (scan: Scan, first: CurrencyWord, a: CurrencyWord) =>
  first.code === 'EUR' && a.code === 'CHF' && a.ambiguous && placeMoney(scan.tokens) !== 'CHF';

/**
 * « 5 euros de plus que prévu, 45 euros le resto », "10 euros more than last time, 60 in all": an
 * amount said as a difference from another, beside a price, compares; the price is what was paid.
 */
const DIFFERENCE = /^(de (plus|moins) (que|qu')|more than|less than|over budget|under budget|cheaper than)$/;
function saidAsDifference(scan: Scan, end: number): boolean {
  const { tokens } = scan;
  const two = `${tokens[end]?.norm ?? ''} ${tokens[end + 1]?.norm ?? ''}`;
  return DIFFERENCE.test(two) || DIFFERENCE.test(`${two} ${tokens[end + 2]?.norm ?? ''}`);
}

export function dropConversions(scan: Scan): void {
  dropWholePrices(scan);
  const live = scan.amounts.filter((a) => !a.dropped && !a.quantity);
  if (live.length > 1)
    for (const a of live)
      if (saidAsDifference(scan, a.end) && live.some((b) => b !== a && !b.dropped)) a.dropped = true;
  const first = live.find((a) => !a.dropped);
  if (!first?.currency?.code) return;
  for (const a of live.slice(live.indexOf(first) + 1)) {
    if (a.dropped || !a.currency?.code || a.currency.code === first.currency.code) continue;
    if (
      saidAgain(scan, a.start) ||
      oldMoney(scan, a.start, a.end) ||
      oldFrancs(scan, first.currency, a.currency)
    )
      a.dropped = true;
  }
}
