import type { AmountItem, Scan } from './scan-types.ts';
import { PARTS, paidInParts, readCount } from './share-counts.ts';

// A count said with the amount: how many times it is paid (« 2 fois 40 ») or in how many parts a
// total is paid (« en 3 fois », "in 4 payments"), which multiplies nothing.

/** The count said right before tokens[end], 2 to 20: "3", « trois ». */
function countTo(scan: Scan, end: number): number | null {
  const c = readCount(scan.tokens, end - 1, scan.lang);
  return c?.end === end ? c.n : null;
}

/**
 * "2 fois 40 €", "three times 12 dollars": the count said just before the amount (« en 3 fois 300 »
 * is 300 paid in three); « 3 mensualités de 100 », "4 payments of 50": each part is the amount.
 */
export function timesBefore(scan: Scan, amount: AmountItem): number | null {
  const before = scan.tokens[amount.start - 1]?.norm ?? '';
  if (/^(de|of)$/.test(before)) return partsBefore(scan, amount);
  if (!/^(fois|times|x|×)$/.test(before) || paidInParts(scan.tokens, amount.start - 3, scan.lang))
    return null;
  return countTo(scan, amount.start - 1);
}

/**
 * "3 monthly payments of 45", « 3 versements mensuels de 45 »: the count of the parts, said before a
 * word of their kind and « de », "of". It makes a bare number money as a currency would.
 */
export function partsBefore(scan: Scan, amount: AmountItem): number | null {
  const parts = [2, 3].find((k) => PARTS.test(scan.tokens[amount.start - k]?.norm ?? ''));
  if (!parts || !/^(de|of)$/.test(scan.tokens[amount.start - 1]?.norm ?? '')) return null;
  return countTo(scan, amount.start - parts) ?? countTo(scan, amount.start - 3);
}
