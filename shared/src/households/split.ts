/**
 * How a shared bill is divided: integer cents per member that sum EXACTLY to the bill. The cents
 * a division cannot place (10,00 € over three) go one by one to the members with the largest
 * remainders, ties to the earlier member in the order given (the household's member order), so
 * the same bill always splits the same way on every device.
 */

/** Who bears how much of a bill; `memberIds` in `equal` limits it to some members. */
export type SplitRule =
  | { kind: 'equal'; memberIds?: readonly string[] }
  /** Weights: {Marie: 2, Paul: 1} is two thirds and one third. */
  | { kind: 'shares'; shares: Readonly<Record<string, number>> }
  /** Percentages with at most two places, summing to 100. */
  | { kind: 'percent'; percents: Readonly<Record<string, number>> }
  /** « pour moi seul », « c'est pour Paul »: one member bears it all. */
  | { kind: 'only'; memberId: string };

export type Share = { memberId: string; cents: number };

export type SplitOutcome =
  | { kind: 'split'; shares: Share[] }
  | { kind: 'refused'; code: 'invalid_split'; message: string };

const refused = (message: string): SplitOutcome => ({ kind: 'refused', code: 'invalid_split', message });

/** Divides `totalCents` among `members` (the household's, in its order) by `rule`. */
export function splitCents(totalCents: number, members: readonly string[], rule: SplitRule): SplitOutcome {
  if (!Number.isSafeInteger(totalCents) || totalCents <= 0) return refused('the amount must be positive');
  const known = new Set(members);
  const weights = weightsOf(rule, members);
  if (typeof weights === 'string') return refused(weights);
  const stranger = weights.find(([id]) => !known.has(id));
  if (stranger) return refused(`${stranger[0]} is not a member of this household`);
  return { kind: 'split', shares: divide(totalCents, weights) };
}

/** Integer weights in the household's order, or why the rule cannot be used. */
function weightsOf(rule: SplitRule, members: readonly string[]): Array<[string, number]> | string {
  switch (rule.kind) {
    case 'equal': {
      const ids = rule.memberIds ?? members;
      if (ids.length === 0) return 'a split needs at least one member';
      if (new Set(ids).size !== ids.length) return 'a member is named twice';
      const order = [...ids].sort((a, b) => orderOf(members, a) - orderOf(members, b));
      return order.map((id) => [id, 1]);
    }
    case 'only':
      return [[rule.memberId, 1]];
    case 'shares':
      return checkedWeights(
        rule.shares,
        members,
        (w) => Number.isSafeInteger(w) && w >= 0 && w <= 1000,
        'shares must be whole numbers from 0 to 1000',
      );
    case 'percent': {
      const basisPoints = Object.fromEntries(
        Object.entries(rule.percents).map(([id, p]) => [id, Math.round(p * 100)]),
      );
      const wrong = Object.values(rule.percents).some(
        (p) => !Number.isFinite(p) || Math.abs(p * 100 - Math.round(p * 100)) > 1e-6,
      );
      if (wrong) return 'percentages have at most two decimal places';
      const weights = checkedWeights(
        basisPoints,
        members,
        (w) => w >= 0 && w <= 10_000,
        'percentages are between 0 and 100',
      );
      if (typeof weights === 'string') return weights;
      if (weights.reduce((sum, [, w]) => sum + w, 0) !== 10_000) return 'percentages must add up to 100';
      return weights;
    }
  }
}

function checkedWeights(
  byMember: Readonly<Record<string, number>>,
  members: readonly string[],
  valid: (w: number) => boolean,
  message: string,
): Array<[string, number]> | string {
  const entries = Object.entries(byMember);
  if (entries.some(([, w]) => !valid(w))) return message;
  const weights = entries
    .filter(([, w]) => w > 0)
    .sort(([a], [b]) => orderOf(members, a) - orderOf(members, b));
  if (weights.length === 0) return 'someone must bear the bill';
  return weights;
}

const orderOf = (members: readonly string[], id: string) => {
  const i = members.indexOf(id);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
};

/** `shares` in the household's order (`members`, ids), one not listed last: as every split is written. */
export const inHouseholdOrder = <S extends { memberId: string }>(
  shares: readonly S[],
  members: readonly string[],
): S[] => [...shares].sort((a, b) => orderOf(members, a.memberId) - orderOf(members, b.memberId));

/**
 * Divides `totalCents` by integer weights already in the household's order (a recurring rule's
 * split among the members still there: households/rule-split.ts). Same rule as splitCents.
 */
export const splitByWeights = (totalCents: number, weights: ReadonlyArray<[string, number]>): Share[] =>
  divide(totalCents, weights);

/**
 * The bill's new total divided in the proportions of its shares (a bank line's amount kept for a
 * bill said at another, an edit of its amount: 32,00 + 16,00 of 48,00 € become 40,00 + 20,00 of
 * 60,00 €), by the same rule as splitCents; `shares` are in the household's order, as a split is
 * written. Shares that are an equal split (each the same, the spare cents on the earlier ones, as
 * splitCents writes it) stay equal: 3,34 + 3,33 + 3,33 of 10,00 € become 6,67 + 6,67 + 6,66 of
 * 20,00 €, not 6,68 + 6,66 + 6,66 (their spare cent is no proportion anyone chose). A member who
 * bore nothing still bears nothing. Null when no share bears anything. The database's trigger
 * applies the same rule to an edit of the amount alone (migration 20261207110000).
 */
export function resplitCents(totalCents: number, shares: readonly Share[]): Share[] | null {
  const bearing = shares.filter((s) => s.cents > 0);
  if (!Number.isSafeInteger(totalCents) || totalCents <= 0 || bearing.length === 0) return null;
  const equal = isEqualSplit(bearing);
  const divided = new Map(
    divide(
      totalCents,
      bearing.map((s): [string, number] => [s.memberId, equal ? 1 : s.cents]),
    ).map((s) => [s.memberId, s.cents]),
  );
  return shares.map((s) => ({ memberId: s.memberId, cents: divided.get(s.memberId) ?? 0 }));
}

/** Whether `shares` are their total divided equally among them, as splitCents writes it. */
const isEqualSplit = (shares: readonly Share[]): boolean => {
  const equal = divide(
    shares.reduce((sum, s) => sum + s.cents, 0),
    shares.map((s): [string, number] => [s.memberId, 1]),
  );
  return equal.every((e, i) => e.cents === shares[i]?.cents);
};

/** Largest remainder: floors first, then one cent each to the largest remainders (earlier first on ties). */
function divide(totalCents: number, weights: ReadonlyArray<[string, number]>): Share[] {
  // In BigInt: a bill re-split by its old cents (resplitCents) weighs up to 10^10 a member, and
  // totalCents · weight would pass 2^53.
  const total = BigInt(totalCents);
  const sum = weights.reduce((s, [, w]) => s + BigInt(w), 0n);
  const parts = weights.map(([memberId, w], index) => ({
    memberId,
    index,
    cents: Number((total * BigInt(w)) / sum),
    rest: (total * BigInt(w)) % sum,
  }));
  let left = totalCents - parts.reduce((s, p) => s + p.cents, 0);
  const byRest = [...parts].sort((a, b) =>
    a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1,
  );
  for (const part of byRest) {
    if (left === 0) break;
    part.cents += 1;
    left -= 1;
  }
  return parts.map(({ memberId, cents }) => ({ memberId, cents }));
}
