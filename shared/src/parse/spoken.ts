import type { Scan } from './scan-types.ts';
import { UNIT_PRICE_PREPOSITIONS } from './word-sets.ts';

/**
 * Every amount (in cents) the scanned words state, as digits or words, under every reading:
 * "douze cinquante" gives 1250, 1200 and 5000; "2 baguettes à 1,10" gives 110 and 220; corrected
 * amounts stay in. The server checks a model's amounts against this list, so it errs on the side
 * of including: what it must never contain is a number nobody said. Dates, times, phone numbers
 * and line numbers are left out. Read the scan before anything drops or merges amounts.
 */
export function spokenAmounts(scan: Scan): Set<number> {
  const { tokens } = scan;
  const out = new Set<number>();
  const counts = scan.amounts.filter((a) => a.quantity && a.int !== null).map((a) => a.int as number);
  const each = scan.marks.some((m) => m.mark === 'each');
  for (const a of scan.amounts) {
    if (a.quantity) continue;
    if (a.cents > 0) out.add(a.cents);
    for (const alt of a.alt) if (alt > 0) out.add(alt);
    // "2 baguettes à 1,10" states 2.20 too; "3 places pour 30 €" does not state 90.
    const unitPrice = each || UNIT_PRICE_PREPOSITIONS.has(tokens[a.start - 1]?.norm ?? '');
    if (unitPrice) for (const n of counts) if (n > 1) out.add(a.cents * n);
  }
  // Quantities are said numbers too, and may be the amount a model reads ("2 cafés" → 2.00).
  for (const n of counts) out.add(n * 100);
  return out;
}
