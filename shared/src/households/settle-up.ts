/**
 * The smallest set of transfers that brings every net of one currency to zero. With n people
 * owing or owed, n − 1 transfers always suffice; each group of them whose nets already sum to
 * zero saves one. Finding the most such groups is exact here (a search over subsets) up to
 * EXACT_LIMIT people, which covers any household; beyond, the greedy pairing is used (at most n − 1).
 */

export type Transfer = { fromMemberId: string; toMemberId: string; cents: number };

const EXACT_LIMIT = 14;

/** `nets`: memberId → cents (> 0 owed, < 0 owes), one currency, summing to zero. */
export function settleUp(nets: ReadonlyArray<{ memberId: string; cents: number }>): Transfer[] {
  const open = nets.filter((n) => n.cents !== 0);
  if (open.reduce((s, n) => s + n.cents, 0) !== 0) throw new RangeError('nets must sum to zero');
  const groups = open.length <= EXACT_LIMIT ? zeroSumGroups(open) : [open];
  return groups.flatMap(pairGreedily);
}

/** Splits the nets into the most groups that each sum to zero (dynamic programming over subsets). */
function zeroSumGroups<T extends { cents: number }>(items: readonly T[]): T[][] {
  const n = items.length;
  const full = (1 << n) - 1;
  const sums = new Array<number>(full + 1).fill(0);
  const best = new Array<number>(full + 1).fill(0);
  for (let mask = 1; mask <= full; mask++) {
    const low = 31 - Math.clz32(mask & -mask);
    sums[mask] = (sums[mask & (mask - 1)] ?? 0) + (items[low]?.cents ?? 0);
    let most = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) most = Math.max(most, best[mask ^ (1 << i)] ?? 0);
    best[mask] = most + (sums[mask] === 0 ? 1 : 0);
  }
  // Walk back: removing one item at a time along an optimal path; each zero-sum mask closes a group.
  const groups: T[][] = [];
  let current: T[] = [];
  let mask = full;
  while (mask) {
    const closes = sums[mask] === 0 ? 1 : 0;
    if (closes && current.length) {
      groups.push(current);
      current = [];
    }
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i) && (best[mask ^ (1 << i)] ?? 0) + closes === best[mask]) {
        const item = items[i];
        if (item) current.push(item);
        mask ^= 1 << i;
        break;
      }
    }
  }
  if (current.length) groups.push(current);
  return groups;
}

/** The largest debtor pays the largest creditor until all are square: one fewer transfer than people. */
function pairGreedily(group: ReadonlyArray<{ memberId: string; cents: number }>): Transfer[] {
  const owed = group.filter((g) => g.cents > 0).map((g) => ({ ...g }));
  const owing = group.filter((g) => g.cents < 0).map((g) => ({ ...g, cents: -g.cents }));
  const transfers: Transfer[] = [];
  const largest = <T extends { cents: number; memberId: string }>(list: T[]) =>
    list.reduce<T | undefined>(
      (top, x) =>
        x.cents > 0 && (!top || x.cents > top.cents || (x.cents === top.cents && x.memberId < top.memberId))
          ? x
          : top,
      undefined,
    );
  for (
    let debtor = largest(owing), creditor = largest(owed);
    debtor && creditor;
    debtor = largest(owing), creditor = largest(owed)
  ) {
    const cents = Math.min(debtor.cents, creditor.cents);
    transfers.push({ fromMemberId: debtor.memberId, toMemberId: creditor.memberId, cents });
    debtor.cents -= cents;
    creditor.cents -= cents;
  }
  return transfers;
}
