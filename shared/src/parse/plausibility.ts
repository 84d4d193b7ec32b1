import { NAMED_SCALES } from './currencies-named.ts';
import type { AmountItem } from './scan-types.ts';
import type { Token } from './tokenize.ts';
import type { ParseOptions, ReviewReason } from './types.ts';

/** Past this many units of its currency an amount is flagged: 10,000 in euros, dollars or pounds. */
const LIMIT_UNITS = 10_000;
/** "The person's largest recent expense" times this is the most that passes unflagged. */
export const RECENT_FACTOR = 20;

export function limitCents(currency: string): number {
  // Currencies whose unit is worth far less than a euro have their limit scaled (currencies-named.ts,
  // from tools/lexicon/currency-names.ts SCALES): a hotel in Tokyo, 900,000 Lebanese pounds for a taxi.
  return LIMIT_UNITS * (NAMED_SCALES.get(currency) ?? 1) * 100;
}

const SCIENTIFIC = /\d[eE][+-]?\d/g;
const MAYBE_ODD = /[-−]|\d[eE][+-]?\d|0[.,]\d{3}/;

/**
 * Numbers written in a way nobody speaks: a minus sign ("-5 euros"), scientific notation
 * ("1e308"), or a fraction of a cent ("0,001" would otherwise read as a thousandth's thousands).
 * They are read, then flagged rather than trusted.
 */
export function oddAmounts(
  text: string,
  tokens: readonly Token[],
  amounts: readonly AmountItem[],
): Set<AmountItem> {
  const odd = new Set<AmountItem>();
  // Nearly every note has none of these signs: one test of the text spares the walk.
  if (!MAYBE_ODD.test(text)) return odd;
  const sci: [number, number][] = [];
  for (const m of text.matchAll(SCIENTIFIC)) sci.push([m.index, m.index + m[0].length]);
  for (const a of amounts) {
    const first = tokens[a.start];
    const last = tokens[a.end - 1];
    if (!first || !last) continue;
    const numberTokens = tokens.slice(a.start, a.end).filter((t) => t.kind === 'num');
    const before = text.charAt(first.start - 1);
    const minus = (before === '-' || before === '−') && !/[\p{L}\d]/u.test(text.charAt(first.start - 2));
    const tiny = numberTokens.some((t) => /^0[.,]\d{3,}$/.test(t.raw));
    const scientific = sci.some(([s, e]) => s < last.end + 1 && e > first.start - 1);
    if (minus || tiny || scientific) odd.add(a);
  }
  return odd;
}

/** Why an expense of `cents` must wait for a person, if it must. */
export function reviewReasonFor(
  cents: number,
  currency: string,
  odd: boolean,
  opts: ParseOptions,
): ReviewReason | undefined {
  if (odd) return 'odd_amount';
  if (cents > limitCents(currency)) return 'implausible_amount';
  const recent = opts.largestRecentCents;
  // Only comparable in the person's own currency: 20× a euro amount means nothing in yen.
  if (recent !== undefined && recent > 0 && currency === opts.currency && cents > recent * RECENT_FACTOR)
    return 'implausible_amount';
  return undefined;
}
