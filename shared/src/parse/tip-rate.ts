import { readDigits } from './digits.ts';
import { readNumberWords } from './number-words.ts';
import { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';

/**
 * A tip said as a share of the bill: "plus 10 % de pourboire", "a 20% tip", "tip of 15 percent";
 * or a discount, negative: "moins 20 %", "25% off".
 */
export interface TipRate {
  start: number;
  end: number;
  /** 10 % is 1000; a discount is below zero. */
  basisPoints: number;
  /** Index of the tip word when it comes before the rate ("pourboire de 10 %"), else -1. */
  wordBefore: number;
}

export const TIP_WORDS = new Set(['pourboire', 'pourboires', 'tip', 'tips', 'gratuity', 'service']);
/**
 * Who is tipped, after « pour le », "for the": « 2 € pour le livreur », "left 4 for the waiter".
 * No open data lists the trades a tip goes to; these are the ones a note names.
 */
export const TIPPED_PEOPLE = new Set(
  'livreur|livreuse|serveur|serveuse|waiter|waitress|waiters|server|staff|porter|bagagiste|voiturier|valet'.split(
    '|',
  ),
);
/** « 10 % pour le service », "15 percent for service": links a rate to its tip word. */
const RATE_LINKS = new Set(['pour', 'for', 'le', 'la', 'the']);
const PERCENT = new PhraseTable<true>(
  ['%', 'pour cent', 'pourcent', 'percent', 'per cent'].map((w) => [w, true]),
);
const DISCOUNT_AFTER = new PhraseTable<true>(
  ['off', 'de reduction', 'de remise', 'de reduc', 'de rabais', 'de moins', 'discount', 'de promo'].map(
    (w) => [w, true],
  ),
);
const DISCOUNT_BEFORE = new Set(['moins', 'minus', '-', 'remise', 'reduction', 'rabais', 'discount']);
const DISCOUNT_NAMED = new Set([
  'promo',
  'remise',
  'reduction',
  'rabais',
  'discount',
  'coupon',
  'voucher',
  'soldes',
]);

/** Between a rate or an amount and its tip word: "10 % de pourboire", "a 5 dollar tip". */
export const TIP_LINKS = new Set(['de', "d'", 'du', 'of', 'en']);

/** The tip rate at tokens[i]; a percentage with no tip word near it is not one. */
export function matchTipRate(tokens: readonly Token[], i: number, lang: Lang): TipRate | null {
  const t = tokens[i];
  let basisPoints: number;
  let end = i + 1;
  if (t?.kind === 'num') {
    const d = readDigits(t.norm);
    if (!d) return null;
    basisPoints = d.cents;
  } else if (t?.kind === 'word') {
    const w = readNumberWords(tokens, i, lang);
    if (!w) return null;
    basisPoints = w.value * 100;
    end = w.end;
  } else return null;
  const pct = PERCENT.match(tokens, end);
  if (!pct || basisPoints <= 0 || basisPoints > 10_000) return null;
  // "moins 20 %", "with 25% off", "20 % de remise": a discount is a rate taken off the bill.
  const off = DISCOUNT_AFTER.match(tokens, pct.end);
  if (off) return { start: i, end: off.end, basisPoints: -basisPoints, wordBefore: -1 };
  if (DISCOUNT_BEFORE.has(tokens[i - 1]?.norm ?? ''))
    return { start: i, end: pct.end, basisPoints: -basisPoints, wordBefore: i - 1 };
  // « code promo de 10 % », « une remise de 15 % », "a discount of 20%": the discount named just before.
  for (let b = i - 1; b >= Math.max(0, i - 3); b--) {
    if (DISCOUNT_NAMED.has(tokens[b]?.norm ?? ''))
      return { start: i, end: pct.end, basisPoints: -basisPoints, wordBefore: -1 };
  }
  let k = pct.end;
  while (TIP_LINKS.has(tokens[k]?.norm ?? '') || RATE_LINKS.has(tokens[k]?.norm ?? '')) k++;
  const w = tokens[k]?.norm ?? '';
  if (TIP_WORDS.has(w) || (k > pct.end && TIPPED_PEOPLE.has(w)))
    return { start: i, end: k + 1, basisPoints, wordBefore: -1 };
  for (let b = i - 1; b >= Math.max(0, i - 3); b--) {
    if (TIP_WORDS.has(tokens[b]?.norm ?? '')) return { start: i, end: pct.end, basisPoints, wordBefore: b };
  }
  return null;
}
