/**
 * A shared recurring rule (« loyer 800 €, partagé 50/50 ») keeps how it is split, not the cents:
 * each month's bill is divided among the members who are there that month. The pure part both
 * the server (each occurrence, the rules' list) and the PWA use.
 *
 * - `equal`: among the household's current members, whoever they are that month.
 * - `shares` / `percent`: among the members it names who are still there, re-weighted in the same
 *   proportions (50/30/20 with the 20 gone is 5/8 and 3/8).
 * - `only`: that member bears it all.
 * A rule whose payer left, or whose every bearer left, is paused: no bill is made (and none is
 * made up later for the months it was paused) until a member changes who pays or how it is split.
 */
import * as v from 'valibot';
import { MemberIdSchema } from './households-api.ts';
import { type Share, splitByWeights, splitCents } from './split.ts';

const Weight = v.pipe(
  v.number('a share must be a number'),
  v.safeInteger('a share must be a whole number'),
  v.minValue(0, 'a share is from 0 to 1000'),
  v.maxValue(1000, 'a share is from 0 to 1000'),
);
const Percent = v.pipe(
  v.number('a percentage must be a number'),
  v.minValue(0, 'a percentage is from 0 to 100'),
  v.maxValue(100, 'a percentage is from 0 to 100'),
);

/** How a shared rule's bill is split (the `split` of POST|PATCH /api/recurring). */
export const RuleSplitSchema = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('equal') }),
    v.strictObject({ kind: v.literal('shares'), shares: v.record(MemberIdSchema, Weight) }),
    v.strictObject({ kind: v.literal('percent'), percents: v.record(MemberIdSchema, Percent) }),
    v.strictObject({ kind: v.literal('only'), memberId: MemberIdSchema }),
  ],
  'split.kind must be equal, shares, percent or only',
);
export type RuleSplit = v.InferOutput<typeof RuleSplitSchema>;

export const PAUSED_REASONS = ['payer_left', 'bearers_left'] as const;
export type PausedReason = (typeof PAUSED_REASONS)[number];

export type RuleShares =
  | { kind: 'split'; shares: Share[] }
  | { kind: 'paused'; reason: PausedReason }
  | { kind: 'refused'; message: string };

/**
 * This month's cents of a shared rule: `members` are the household's current members in its
 * order (who joined first), `paidBy` the rule's payer. `refused` is a rule that could never be
 * split (percentages that do not add up to 100, nobody with a share): checked when it is written.
 */
export function ruleShares(
  totalCents: number,
  members: readonly string[],
  paidBy: string,
  split: RuleSplit,
): RuleShares {
  if (!members.includes(paidBy)) return { kind: 'paused', reason: 'payer_left' };
  const here = new Set(members);
  if (split.kind === 'equal') return fromOutcome(splitCents(totalCents, members, { kind: 'equal' }));
  if (split.kind === 'only')
    return here.has(split.memberId)
      ? fromOutcome(splitCents(totalCents, members, split))
      : { kind: 'paused', reason: 'bearers_left' };
  const asked =
    split.kind === 'shares'
      ? fromOutcome(splitCents(totalCents, Object.keys(split.shares), split))
      : fromOutcome(splitCents(totalCents, Object.keys(split.percents), split));
  if (asked.kind !== 'split') return asked;
  // Integer weights (percentages in basis points) of those still here, in the household's order.
  const weights = Object.entries(split.kind === 'shares' ? split.shares : split.percents)
    .map(([id, w]): [string, number] => [id, Math.round(w * (split.kind === 'percent' ? 100 : 1))])
    .filter(([id, w]) => w > 0 && here.has(id))
    .sort(([a], [b]) => members.indexOf(a) - members.indexOf(b));
  if (weights.length === 0) return { kind: 'paused', reason: 'bearers_left' };
  return { kind: 'split', shares: splitByWeights(totalCents, weights) };
}

const fromOutcome = (o: ReturnType<typeof splitCents>): RuleShares =>
  o.kind === 'split' ? o : { kind: 'refused', message: o.message };

/** The members a split names (to check they belong to the household). */
export const namedMembers = (split: RuleSplit): string[] =>
  split.kind === 'equal'
    ? []
    : split.kind === 'only'
      ? [split.memberId]
      : Object.keys(split.kind === 'shares' ? split.shares : split.percents);
