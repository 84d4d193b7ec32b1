/**
 * Who owes whom in a household, and repayments: GET /households/:id/balances and POST
 * /households/:id/settlements. The arithmetic is shared's (householdNets, settleUp); this reads
 * the bills and repayments the owner may see and names the members.
 */
import {
  centsToDecimal,
  decimalToCents,
  householdNets,
  type SettlementBody,
  settleUp,
  signedCentsToDecimal,
} from '@voicetrack/shared';
import type { Owner, SettlementRecord } from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';
import type { HouseholdDeps } from './households.ts';

export interface BalancesView {
  balances: Array<{ memberId: string; name: string; net: string; currency: string }>;
  transfers: Array<{ fromMemberId: string; toMemberId: string; amount: string; currency: string }>;
}

export async function householdBalances(
  deps: Pick<HouseholdDeps, 'households'>,
  owner: Owner,
  householdId: string,
  currency?: string,
): Promise<{ kind: 'balances'; view: BalancesView } | Refusal<'not_found'>> {
  const household = await deps.households.get(owner, householdId);
  if (!household) return refused('not_found', 'No such household.');
  const [bills, repayments] = await Promise.all([
    deps.households.bills(owner, household.id, currency),
    deps.households.repayments(owner, household.id, currency),
  ]);
  const nameOf = new Map(household.members.map((m) => [m.id, m]));
  // A member who left still owes or is owed what they did; once square, they are not listed.
  const nets = householdNets(
    household.members.map((m) => m.id),
    bills,
    repayments,
  ).filter((n) => nameOf.get(n.memberId)?.active || n.cents !== 0);
  const currencies = [...new Set(nets.map((n) => n.currency))];
  return {
    kind: 'balances',
    view: {
      balances: nets.map((n) => ({
        memberId: n.memberId,
        name: nameOf.get(n.memberId)?.name ?? '',
        net: signedCentsToDecimal(n.cents),
        currency: n.currency,
      })),
      transfers: currencies.flatMap((c) =>
        settleUp(nets.filter((n) => n.currency === c)).map((t) => ({
          fromMemberId: t.fromMemberId,
          toMemberId: t.toMemberId,
          amount: centsToDecimal(t.cents),
          currency: c,
        })),
      ),
    },
  };
}

export async function recordSettlement(
  deps: Pick<HouseholdDeps, 'households'>,
  owner: Owner,
  householdId: string,
  body: SettlementBody,
): Promise<{ kind: 'settled'; settlement: SettlementRecord } | Refusal<'not_found' | 'validation_failed'>> {
  const household = await deps.households.get(owner, householdId);
  if (!household) return refused('not_found', 'No such household.');
  const isMember = (id: string) => household.members.some((m) => m.id === id);
  if (!isMember(body.fromMemberId))
    return refused('validation_failed', 'fromMemberId: not a member of this household.');
  if (!isMember(body.toMemberId))
    return refused('validation_failed', 'toMemberId: not a member of this household.');
  const cents = decimalToCents(body.amount) ?? 0;
  const settlement = await deps.households.settle(owner, household.id, {
    fromMemberId: body.fromMemberId,
    toMemberId: body.toMemberId,
    cents,
    currency: body.currency,
  });
  return { kind: 'settled', settlement };
}
