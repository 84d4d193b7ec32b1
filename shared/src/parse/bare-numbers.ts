import { Role, type Scan } from './scan-types.ts';
import { EDGE_STOPWORDS, TIME_PREPOSITIONS } from './word-sets.ts';

/**
 * A number with no currency may still be a count ("2 baguettes à 1,10"), a time ("rendez-vous
 * à 15") or "livres" that are books when another amount is in euros.
 */
export function classifyBareNumbers(scan: Scan): void {
  const { tokens, amounts, roles } = scan;
  const hasMoney = amounts.some((a) => a.currency !== null && !a.currency.ambiguous);
  for (const a of amounts) {
    if (
      a.currency?.ambiguous &&
      a.currency.code === 'GBP' &&
      hasMoney &&
      a.int !== null &&
      a.currencyAt > 0
    ) {
      // "trois livres à la Fnac pour 45 euros": books, counted.
      roles.fill(Role.Free, a.currencyAt, a.end);
      roles.fill(Role.Quantity, a.start, a.currencyAt);
      a.end = a.currencyAt;
      a.currency = null;
      a.quantity = true;
      continue;
    }
    if (a.currency !== null || a.impliedCents) continue;
    const next = tokens[a.end];
    const nextIsNoun = next?.kind === 'word' && roles[a.end] === Role.Free && !EDGE_STOPWORDS.has(next.norm);
    if (a.int !== null && a.int >= 1 && a.int <= 99 && nextIsNoun) {
      a.quantity = true;
      roles.fill(Role.Quantity, a.start, a.end);
      continue;
    }
    const prep = tokens[a.start - 1];
    if (hasMoney || a.int === null || a.int > 24 || !prep || !TIME_PREPOSITIONS.has(prep.norm)) continue;
    // "un café à 2" is a price: an article or a count before the noun; "rendez-vous à 15" is a time.
    const before = tokens[a.start - 3];
    const counted = before !== undefined && /^(un|une|a|an|one|\d+)$/.test(before.norm);
    if (!counted) {
      a.dropped = true;
      roles.fill(Role.Skip, a.start, a.end);
    }
  }
}
