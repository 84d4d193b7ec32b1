import { PhraseTable } from './phrase-table.ts';
import type { AmountItem, Scan } from './scan-types.ts';

/** « à elle seule », "alone", « rien que »: what follows is one part of a bill said whole. */
const ALONE = new PhraseTable<true>(
  (
    'a elle seule|a lui seul|a eux seuls|a elles seules|elle seule|lui seul|rien que|' +
    'alone|by itself|on its own'
  )
    .split('|')
    .map((p) => [p, true]),
);
/**
 * « le total c'était 93 euros, la viande à elle seule 40 », "64 euros, the steak alone was 30": a
 * part said after a larger amount is inside it, no second expense.
 */
export function dropPartsAlone(scan: Scan, live: (a: AmountItem) => boolean): void {
  for (let i = 0; i < scan.tokens.length; i++) {
    const hit = ALONE.match(scan.tokens, i);
    if (!hit) continue;
    // « la viande à elle seule, c'était 40 », "the steak alone was 30", « rien que la viande 40 ».
    const part = scan.amounts.find((a) => live(a) && a.start >= hit.end && a.start - hit.end <= 4);
    const between = part ? scan.tokens.slice(hit.end, part.start) : [];
    if (!part || between.some((t) => t.kind !== 'word' && t.norm !== ',')) continue;
    const whole = scan.amounts.some(
      (b) => live(b) && b.end <= i && b.cents > part.cents && b.currency !== null,
    );
    if (whole) part.dropped = true;
  }
}
