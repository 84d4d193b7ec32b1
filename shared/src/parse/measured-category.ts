import type { Category } from '../categories.ts';
import type { Scan } from './scan-types.ts';
import { EDGE_STOPWORDS } from './word-sets.ts';

/** What a unit measures says what it is bought for: data is a phone or internet plan, kWh energy. */
const MEASURES: readonly [RegExp, Category][] = [
  [/^(go|gb|mo|mb|tb|to|giga|gigas|gig|gigs|gigabytes?|kwh)$/, 'utilities'],
];

/** The unit said after a figure at tokens[i] ("50 gigs", "20 Go"), or glued to it ("50GB"). */
function unitAt(scan: Scan, i: number): string | null {
  const t = scan.tokens[i];
  // « de 500 Go », "of 64 GB": the size of a thing bought, not an allowance.
  if (t?.kind !== 'num' || /^(de|d'|of)$/.test(scan.tokens[i - 1]?.norm ?? '')) return null;
  const glued = /^\d+([a-z]+)$/.exec(t.norm);
  return glued?.[1] ?? (scan.tokens[i + 1]?.kind === 'word' ? (scan.tokens[i + 1]?.norm ?? null) : null);
}

/**
 * « une carte SIM 20 Go, 10 € », "a SIM card with 50 gigs 20 euros": a data allowance is bought as
 * a phone or internet plan, whatever the plan is called; parse-expense-text.ts asks only when no
 * word names what was bought.
 */
export function measuredCategory(scan: Scan): Category | null {
  for (let i = 0; i < scan.tokens.length; i++) {
    const unit = unitAt(scan, i);
    if (unit === null) continue;
    // "a 128 gig memory card", "a 2 kWh battery": a measure said before a noun is the thing's
    // capacity, a thing bought, no plan ("a 20 gig data plan" names its data).
    // « une clé 64 Go à 12 € »: after the thing's noun too (« carte SIM 20 Go », « forfait 100 Go » are plans).
    const thing = (t = scan.tokens[i + 2]) =>
      t?.kind === 'word' &&
      !EDGE_STOPWORDS.has(t.norm) &&
      !/^(data|plan|e?sim|forfait|mobile|internet)$/.test(t.norm);
    const capacity = thing() || thing(scan.tokens[i - 1]);
    for (const [re, category] of MEASURES) if (re.test(unit)) return capacity ? 'shopping' : category;
  }
  return null;
}
