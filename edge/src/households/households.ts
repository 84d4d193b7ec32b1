/**
 * Households' use cases: create one (with its first invite), join by code, list mine, remove a
 * member (an owner, or yourself to leave), another invite. Each returns a tagged outcome or a
 * Refusal; routes/households.ts turns them into HTTP. An outsider is told `not_found`: a household
 * they are not in does not exist for them.
 */
import { accountName, INVITE_DAYS, MAX_HOUSEHOLD_MEMBERS } from '@voicetrack/shared';
import type { FailureBudget } from '../devices/failure-budget.ts';
import { newCode, sha256Hex } from '../devices/secrets.ts';
import type { HouseholdRecord, HouseholdStore, MemberRecord, Owner } from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';

export interface HouseholdDeps {
  households: HouseholdStore;
  /** Where the PWA lives: invite links are `<publicUrl>/#household=<code>`. */
  publicUrl: string;
  multiUser: boolean;
  /** Wrong invite codes, per client and all together (devices/failure-budget.ts), apart from pairing's. */
  failures: FailureBudget;
  now?: () => Date;
}

export interface HouseholdView {
  id: string;
  name: string;
  members: Array<{ id: string; name: string; role: MemberRecord['role'] }>;
  /** The caller's member id, when the caller is one. */
  me?: string;
  /** Members who left, by name: their old bills still name them (absent when none left). */
  former?: Array<{ id: string; name: string }>;
}

export interface Invite {
  code: string;
  url: string;
  expiresAt: string;
}

/** The member the owner is in this household: the user's membership, or the device's person (local mode). */
export async function memberOf(
  deps: Pick<HouseholdDeps, 'households'>,
  owner: Owner,
  household: HouseholdRecord,
): Promise<MemberRecord | null> {
  const active = household.members.filter((m) => m.active);
  if (owner.userId !== null) return active.find((m) => m.userId === owner.userId) ?? null;
  const person = owner.deviceId ? await deps.households.memberOfDevice(owner.deviceId) : null;
  return active.find((m) => m.id === person) ?? null;
}

/** Local mode's own machine (no pairing, no device): the server's owner, who may manage everyone. */
const isServerItself = (owner: Owner) => owner.userId === null && owner.deviceId === undefined;

export function viewOf(household: HouseholdRecord, me: MemberRecord | null): HouseholdView {
  return {
    id: household.id,
    name: household.name,
    members: household.members.filter((m) => m.active).map(({ id, name, role }) => ({ id, name, role })),
    ...(me ? { me: me.id } : {}),
    ...formerOf(household),
  };
}

const formerOf = (household: HouseholdRecord): Pick<HouseholdView, 'former'> => {
  const former = household.members.filter((m) => !m.active).map(({ id, name }) => ({ id, name }));
  return former.length > 0 ? { former } : {};
};

async function newInvite(deps: HouseholdDeps): Promise<Invite & { codeHash: string }> {
  const code = newCode();
  const now = deps.now?.() ?? new Date();
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 24 * 3600 * 1000).toISOString();
  const url = `${deps.publicUrl.replace(/\/$/, '')}/#household=${code}`;
  return { code, url, expiresAt, codeHash: await sha256Hex(code) };
}

/** A Supabase user's name as the others will see it: shared's accountName, else « Membre ». */
const nameFromClaims = (owner: Owner): string =>
  accountName({
    userMetadata: (owner.claims?.user_metadata ?? null) as Record<string, unknown> | null,
    email: typeof owner.claims?.email === 'string' ? owner.claims.email : null,
  }) ?? 'Membre';

export async function createHousehold(
  deps: HouseholdDeps,
  owner: Owner,
  input: { name: string; memberName?: string | undefined },
): Promise<{ kind: 'created'; household: HouseholdView; invite: Invite } | Refusal<'conflict'>> {
  const { name } = input;
  // Local mode: the people of one server form its household.
  if (owner.userId === null && (await deps.households.list(owner)).length > 0)
    return refused(
      'conflict',
      'This server already has its household: invite people to it, or pair devices with `pnpm pair --person NAME`.',
    );
  const { codeHash, ...invite } = await newInvite(deps);
  // Local mode: a paired phone that names its person founds the household as that person.
  const founder =
    owner.userId !== null
      ? { userId: owner.userId, name: input.memberName ?? nameFromClaims(owner) }
      : owner.deviceId && input.memberName
        ? { userId: null, name: input.memberName }
        : null;
  const { householdId, memberId } = await deps.households.create({
    name,
    founder,
    invite: { codeHash, expiresAt: invite.expiresAt },
  });
  if (owner.userId === null && owner.deviceId && memberId)
    await deps.households.tieDevice(owner.deviceId, memberId);
  const household = await deps.households.get(owner, householdId);
  if (!household) throw new Error('the household just made is not visible to its founder');
  return { kind: 'created', household: viewOf(household, await memberOf(deps, owner, household)), invite };
}

export async function inviteToHousehold(
  deps: HouseholdDeps,
  owner: Owner,
  householdId: string,
): Promise<{ kind: 'invited'; invite: Invite } | Refusal<'not_found' | 'forbidden'>> {
  const household = await deps.households.get(owner, householdId);
  if (!household) return refused('not_found', 'No such household.');
  if (!(await memberOf(deps, owner, household)) && !isServerItself(owner))
    return refused('forbidden', 'Only a member may invite someone.');
  const { codeHash, ...invite } = await newInvite(deps);
  await deps.households.addInvite(household.id, { codeHash, expiresAt: invite.expiresAt });
  return { kind: 'invited', invite };
}

/**
 * Joins with an invite code. `client`: who asks (its address); one that sent too many wrong codes
 * waits, its code unread, as for pairing: an invite lives 7 days, not 10 minutes.
 */
export async function joinHousehold(
  deps: HouseholdDeps,
  owner: Owner,
  input: { code: string; name?: string | undefined },
  client: string,
): Promise<
  | { kind: 'joined'; household: HouseholdView }
  | Refusal<'invalid_code' | 'conflict' | 'validation_failed' | 'rate_limited'>
> {
  const name = input.name ?? (owner.userId === null ? null : nameFromClaims(owner));
  if (!name)
    return refused('validation_failed', 'name: who you are in the household (a person of this server).');
  const wait = deps.failures.waitSeconds(client);
  if (wait !== null) return refused('rate_limited', `Too many wrong codes; try again in ${wait} s.`, wait);
  const joined = await deps.households.join(
    await sha256Hex(input.code.trim()),
    { userId: owner.userId, name },
    MAX_HOUSEHOLD_MEMBERS,
  );
  if (joined.kind === 'unknown_code') {
    deps.failures.record(client);
    return refused('invalid_code', 'This invite code is unknown, already used or expired.');
  }
  if (joined.kind === 'full')
    return refused('conflict', `A household has at most ${MAX_HOUSEHOLD_MEMBERS} members.`);
  // Local mode: the device that joined speaks for the new person from now on.
  if (joined.kind === 'joined' && owner.userId === null && owner.deviceId)
    await deps.households.tieDevice(owner.deviceId, joined.memberId);
  const household = await deps.households.get(owner, joined.householdId);
  if (!household) throw new Error('the household just joined is not visible to its new member');
  const me =
    joined.kind === 'joined'
      ? (household.members.find((m) => m.id === joined.memberId) ?? null)
      : await memberOf(deps, owner, household);
  return { kind: 'joined', household: viewOf(household, me) };
}

export async function listHouseholds(deps: HouseholdDeps, owner: Owner): Promise<HouseholdView[]> {
  const households = await deps.households.list(owner);
  return Promise.all(households.map(async (h) => viewOf(h, await memberOf(deps, owner, h))));
}

export async function removeMember(
  deps: HouseholdDeps,
  owner: Owner,
  householdId: string,
  memberId: string,
): Promise<{ kind: 'removed' } | Refusal<'not_found' | 'forbidden'>> {
  const household = await deps.households.get(owner, householdId);
  if (!household) return refused('not_found', 'No such household.');
  const target = household.members.find((m) => m.id === memberId && m.active);
  if (!target) return refused('not_found', 'No such member in this household.');
  const me = await memberOf(deps, owner, household);
  const allowed = isServerItself(owner) || me?.id === target.id || me?.role === 'owner';
  if (!allowed) return refused('forbidden', 'Only an owner may remove someone else; anyone may leave.');
  if (!(await deps.households.removeMember(owner, household.id, target.id)))
    return refused('forbidden', 'Only an owner may remove someone else; anyone may leave.');
  return { kind: 'removed' };
}
