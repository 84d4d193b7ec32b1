/**
 * The households' port: households and their members, invites, the shared bills and the
 * repayments that balances are computed from. Adapter in store/household-store.ts. What a member
 * reads or writes runs as that member (RLS in Supabase mode); creating a household and using an
 * invite run as the tables' owner (an outsider cannot read an invite, and the new member is not
 * one yet).
 */
import type {
  Budget,
  BudgetTarget,
  BudgetThreshold,
  MemberRole,
  MonthSpending,
  Repayment,
  SharedBill,
} from '@voicetrack/shared';
import type { Owner } from './owner.ts';

export interface MemberRecord {
  id: string;
  name: string;
  role: MemberRole;
  /** Supabase mode: the member's user; local mode: null (a person). */
  userId: string | null;
  /** false once removed or gone: kept for old bills and balances, no longer a member. */
  active: boolean;
}

export interface HouseholdRecord {
  id: string;
  name: string;
  /** Every member ever, in the order they joined (the split's order). */
  members: MemberRecord[];
}

export type JoinResult =
  | { kind: 'joined'; householdId: string; memberId: string }
  | { kind: 'unknown_code' }
  | { kind: 'already_member'; householdId: string }
  | { kind: 'full' };

export interface SettlementRecord extends Repayment {
  id: string;
  householdId: string;
  createdAt: string;
}

export interface HouseholdStore {
  /** A household, its first member (none in local mode when nobody is named) and an invite. */
  create(input: {
    name: string;
    founder: { userId: string | null; name: string } | null;
    invite: { codeHash: string; expiresAt: string };
  }): Promise<{ householdId: string; memberId: string | null }>;
  /** Another invite for a household (the caller was checked to be a member). */
  addInvite(householdId: string, invite: { codeHash: string; expiresAt: string }): Promise<void>;
  /** The household a valid, unexpired, unused invite is for (read, not used), or null. */
  invitation(codeHash: string): Promise<{ name: string } | null>;
  /** Uses an invite (gone at once, even for two requests at the same instant) and adds the member. */
  join(
    codeHash: string,
    member: { userId: string | null; name: string },
    maxMembers: number,
  ): Promise<JoinResult>;
  /** The households the owner is an active member of (local mode: the server's). */
  list(owner: Owner): Promise<HouseholdRecord[]>;
  /** null when there is none the owner may see (an outsider learns nothing). */
  get(owner: Owner, householdId: string): Promise<HouseholdRecord | null>;
  /** Marks a member gone; false when the owner may not (RLS) or there is no such active member. */
  removeMember(owner: Owner, householdId: string, memberId: string): Promise<boolean>;
  /** The saved shared bills of a household, optionally of one currency. */
  bills(owner: Owner, householdId: string, currency?: string): Promise<SharedBill[]>;
  repayments(owner: Owner, householdId: string, currency?: string): Promise<Repayment[]>;
  settle(owner: Owner, householdId: string, repayment: Repayment): Promise<SettlementRecord>;
  /** Every repayment of the households the owner may see (the JSON export), oldest first. */
  settlements(owner: Owner): Promise<SettlementRecord[]>;
  /**
   * Restores repayments (the JSON import) into households the caller checked the owner is a
   * member of; one whose id exists is a duplicate.
   */
  importSettlements(
    owner: Owner,
    rows: ReadonlyArray<Omit<SettlementRecord, 'createdAt'> & { createdAt?: string | undefined }>,
  ): Promise<{ imported: number; duplicates: number }>;
  /** Local mode: the person of the server's household with this name, made (and the household) if need be. */
  person(name: string, householdName: string): Promise<{ householdId: string; memberId: string }>;
  /** Local mode: ties a device to a person. */
  tieDevice(deviceId: string, memberId: string): Promise<void>;
  /** The person a device speaks for (local mode), or null. */
  memberOfDevice(deviceId: string): Promise<string | null>;
}

/** A household's budget, as the household budgets' store keeps it. */
export interface HouseholdBudget extends Budget {
  householdId: string;
}

/**
 * Household budgets (store/household-budget-store.ts): run as the owner, so the policies keep
 * them to the household's current members. Callers check the household is the owner's first.
 */
export interface HouseholdBudgetStore {
  /** Sets one; null when the household has `max` budgets already and this one would be another. */
  put(
    owner: Owner,
    householdId: string,
    budget: Budget,
    max: number,
  ): Promise<{ budget: Budget; created: boolean } | null>;
  delete(owner: Owner, householdId: string, category: BudgetTarget, currency: string): Promise<boolean>;
  list(owner: Owner, householdId: string): Promise<Budget[]>;
  /** Every budget of every household the owner is in (what a write may have moved). */
  listMine(owner: Owner): Promise<HouseholdBudget[]>;
  /** The household's bills of the month (whole), per category and currency, as budgets read them. */
  monthSpending(owner: Owner, householdId: string, month: string): Promise<MonthSpending[]>;
  /** Claims a threshold once per household, month, category and currency; false when it was. */
  claimAlert(
    owner: Owner,
    householdId: string,
    alert: { month: string; category: BudgetTarget; currency: string; threshold: BudgetThreshold },
  ): Promise<boolean>;
}
