import type { AmountItem, Scan } from './scan-types.ts';

/*
 * A price said again at once, only a hesitation or a pause between (round v21a, issue 29): « soixante
 * euh soixante-dix avec les desserts », "like ninety, ninety-five euros". The speaker restarts; the
 * last figure is the price, not a second expense. The first figure is said bare (no money word:
 * "83 €, 52,05 € for the fuel" are two prices), the two near (within a factor of two), and nothing
 * but « euh », "um" or a comma between them (« 3 € donc 5 € » are two).
 */

const HESITATIONS = new Set(['euh', 'heu', 'hum', 'hmm', 'uh', 'um', 'erm', 'er']);
const filled = (scan: Scan, k: number) =>
  scan.tokens[k]?.kind === 'punct' || HESITATIONS.has(scan.tokens[k]?.norm ?? '');

/** Drops each first figure of a restart; bridges the pair so no cut falls inside. */
export function takeRestarts(
  scan: Scan,
  bridges: [number, number][],
  live: (a: AmountItem) => boolean,
): boolean {
  const amounts = scan.amounts.filter(live);
  let taken = false;
  for (let k = 1; k < amounts.length; k++) {
    const first = amounts[k - 1] as AmountItem;
    const last = amounts[k] as AmountItem;
    if (first.int === null || last.start <= first.end) continue;
    let between = true;
    for (let i = first.end; i < last.start; i++) between &&= filled(scan, i);
    const near = last.cents <= first.cents * 2 && last.cents * 2 >= first.cents;
    if (!between || first.currency !== null || !near) continue;
    first.dropped = true;
    bridges.push([first.start, last.end]);
    taken = true;
  }
  return taken;
}
