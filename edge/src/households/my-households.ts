/**
 * The households an owner may see, each with the member the owner is in it (null where the asker
 * speaks for nobody: local mode's own machine, a phone paired for no person). The exports, the
 * import and the household budgets read bills through it.
 */
import { centsToDecimal, type Expense } from '@voicetrack/shared';
import type { HouseholdRecord, HouseholdStore, MemberRecord, Owner } from '../ports.ts';
import { memberOf } from './households.ts';

export interface MyHousehold {
  record: HouseholdRecord;
  me: MemberRecord | null;
}

export async function myHouseholds(
  households: HouseholdStore,
  owner: Owner,
): Promise<Map<string, MyHousehold>> {
  const records = await households.list(owner);
  const entries = await Promise.all(
    records.map(
      async (record) => [record.id, { record, me: await memberOf({ households }, owner, record) }] as const,
    ),
  );
  return new Map(entries);
}

/** Any member's name, those who left too (old bills keep them). */
export const memberName = (household: HouseholdRecord, memberId: string): string =>
  household.members.find((m) => m.id === memberId)?.name ?? '';

/** The owner's part of a bill as a decimal string, or null when the owner is no member of it. */
export function partOf(bill: Pick<Expense, 'split'>, me: MemberRecord | null): string | null {
  if (!me) return null;
  return centsToDecimal(
    (bill.split ?? []).filter((s) => s.memberId === me.id).reduce((n, s) => n + s.cents, 0),
  );
}
