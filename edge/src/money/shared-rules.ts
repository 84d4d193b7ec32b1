/**
 * The household part of a recurring rule's use cases: a household's rule is made and changed by
 * its current members only (an outsider is told `not_found`, as for the household), is paid by a
 * current member and split among members (a forged payer or member id: `validation_failed`,
 * saying which). The bills' split is computed each month by shared's `ruleShares`.
 */
import {
  decimalToCents,
  namedMembers,
  type RecurringRule,
  type RuleSplit,
  ruleShares,
} from '@voicetrack/shared';
import { householdForCapture } from '../households/shared-bill.ts';
import type { HouseholdStore, NewRule, Owner } from '../ports.ts';
import { isRefusal, type Refusal, refused } from '../refusal.ts';

type SharedRefusal = Refusal<'not_found' | 'forbidden' | 'validation_failed'>;

/** The household fields of a new rule, checked: the payer defaults to the member making it, the split to equal. */
export async function sharedRuleFor(
  deps: { households: HouseholdStore },
  owner: Owner,
  householdId: string,
  amount: string,
  asked: { paidBy?: string | undefined; split?: RuleSplit | undefined },
  /** The split's members were checked already (a PATCH that keeps the split). */
  keptSplit = false,
): Promise<{ kind: 'shared'; shared: NonNullable<NewRule['shared']> } | SharedRefusal> {
  const household = await householdForCapture(deps, owner, householdId);
  if (isRefusal(household)) return household;
  const shared = {
    householdId: household.id,
    paidBy: asked.paidBy ?? household.me,
    split: asked.split ?? equal,
  };
  const active = household.members.map((m) => m.id);
  const wrong = wrongMembers(active, amount, shared.paidBy, shared.split, keptSplit);
  return wrong ?? { kind: 'shared', shared };
}

/** A PATCH of a household's rule's payer or split: the same checks, by one of its members. */
export async function checkSharedRule(
  deps: { households: HouseholdStore },
  owner: Owner,
  rule: RecurringRule,
  patch: { amount?: string | undefined; paidBy?: string | undefined; split?: RuleSplit | undefined },
): Promise<{ kind: 'checked' } | SharedRefusal> {
  if (!rule.householdId || !rule.paidBy || !rule.split)
    return refused('validation_failed', 'paidBy and split are for a household’s rule; this one is personal.');
  // A kept split may name someone who left since: their part goes to the others (rule-split.ts).
  const checked = await sharedRuleFor(
    deps,
    owner,
    rule.householdId,
    patch.amount ?? rule.amount,
    { paidBy: patch.paidBy ?? rule.paidBy, split: patch.split ?? rule.split },
    patch.split === undefined,
  );
  return checked.kind === 'refused' ? checked : { kind: 'checked' };
}

const equal: RuleSplit = { kind: 'equal' };

function wrongMembers(
  active: readonly string[],
  amount: string,
  paidBy: string,
  split: RuleSplit,
  keptSplit: boolean,
): Refusal<'validation_failed'> | null {
  if (!active.includes(paidBy))
    return refused('validation_failed', 'paidBy: not a member of this household.');
  if (!keptSplit && namedMembers(split).some((id) => !active.includes(id)))
    return refused('validation_failed', 'split: names someone who is not a member of this household.');
  const shares = ruleShares(decimalToCents(amount) ?? 0, active, paidBy, split);
  if (shares.kind === 'refused') return refused('validation_failed', `split: ${shares.message}.`);
  return null;
}
