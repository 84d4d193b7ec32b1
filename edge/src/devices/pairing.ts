/**
 * The doors' use cases: pairing a phone with a one-time code, the codes themselves (`pnpm pair`,
 * Telegram's `/start <code>` in Supabase mode), personal tokens, the list of devices and revoking
 * one. Tokens and codes are shown once, in clear; only their SHA-256 digests are kept.
 */
import type { Device, DeviceList, NewToken, PairingCode, TelegramLink, TokenScope } from '@voicetrack/shared';
import {
  type CodePurpose,
  type DeviceStore,
  type HouseholdStore,
  LOCAL_OWNER,
  type Owner,
  type PairingStore,
  userOwner,
} from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';
import type { FailureBudget } from './failure-budget.ts';
import { type Access, tokenToMake } from './scopes.ts';
import { newCode, newToken, sha256Hex } from './secrets.ts';

export const CODE_TTL_MS = 10 * 60_000;

export interface PairingDeps {
  devices: DeviceStore;
  pairing: PairingStore;
  /** Wrong pairing codes, per address and all together (devices/failure-budget.ts). */
  failures: FailureBudget;
  /** Supabase mode: devices belong to signed-in users; codes come from the app, not `pnpm pair`. */
  multiUser: boolean;
  /** The address the phone opens (pairing links). */
  publicUrl: string;
  /** Told of each revoke (`revoked`), so the device's open change streams end at once. */
  revocations: EventTarget;
  now?: () => number;
  /** Local mode: `pnpm pair --person` ties the phone to a person of the server's household. */
  households?: HouseholdStore;
}

/** Creates a one-time code for the owner; returns it in clear (only its digest is kept). */
export async function createCode(
  deps: Pick<PairingDeps, 'pairing' | 'now'>,
  owner: Owner,
  purpose: CodePurpose,
  name: string | null,
  person: string | null = null,
): Promise<{ code: string; expiresAt: string }> {
  const code = newCode();
  const expiresAt = new Date((deps.now?.() ?? Date.now()) + CODE_TTL_MS).toISOString();
  await deps.pairing.create(owner, { codeHash: await sha256Hex(code), purpose, name, expiresAt, person });
  return { code, expiresAt };
}

/** A new token for a device, named; the device belongs to `owner`. */
async function issueToken(
  deps: Pick<PairingDeps, 'devices'>,
  owner: Owner,
  device: { name: string; scope: TokenScope; openDoor: boolean },
): Promise<NewToken> {
  const token = newToken();
  const made = await deps.devices.create(owner, { ...device, tokenHash: await sha256Hex(token) });
  return { token, deviceId: made.id, name: made.name, scope: made.scope };
}

/**
 * A phone redeems a code (gone at once, whoever asks next) for a token of its own. `client`: who
 * asks (its address): one that sent too many wrong codes waits, with its code unread.
 */
export async function pairDevice(
  deps: PairingDeps,
  code: string,
  name: string | undefined,
  client: string,
): Promise<{ kind: 'paired'; token: NewToken } | Refusal<'invalid_code' | 'rate_limited'>> {
  const wait = deps.failures.waitSeconds(client);
  if (wait !== null) return refused('rate_limited', `Too many wrong codes; try again in ${wait} s.`, wait);
  const redeemed = await deps.pairing.redeem(await sha256Hex(code), 'device');
  if (!redeemed) {
    deps.failures.record(client);
    return refused(
      'invalid_code',
      'This code is unknown, used or expired: ask the computer that runs VoiceTrack for a new one.',
    );
  }
  const owner = redeemed.userId ? userOwner(redeemed.userId) : LOCAL_OWNER;
  // A code comes from the person (`pnpm pair`, the app signed in): the phone gets every right.
  const device = { name: redeemed.name ?? name ?? 'Appareil', scope: 'full' as const, openDoor: false };
  const token = await issueToken(deps, owner, device);
  // `pnpm pair --person Marie`: the people of one server form its household.
  if (redeemed.person && deps.households && !redeemed.userId) {
    const { memberId } = await deps.households.person(redeemed.person, SERVER_HOUSEHOLD_NAME);
    await deps.households.tieDevice(token.deviceId, memberId);
  }
  return { kind: 'paired', token };
}

/** The name of a local server's household when `pnpm pair --person` makes it (renaming is not offered yet). */
export const SERVER_HOUSEHOLD_NAME = 'Foyer';

/** The code `pnpm pair` prints, with the link the phone opens (local mode). */
export async function pairingCode(
  deps: PairingDeps,
  name: string | null,
  person: string | null = null,
): Promise<PairingCode> {
  const { code, expiresAt } = await createCode(deps, LOCAL_OWNER, 'device', name, person);
  return { code, url: `${deps.publicUrl}/#pair=${code}`, expiresAt };
}

/** The owner's devices; `current` marks the one asking. */
export async function listDevices(deps: PairingDeps, owner: Owner): Promise<DeviceList> {
  const devices = await deps.devices.list(owner);
  return { devices: devices.map((d) => ({ ...d, current: d.id === owner.deviceId })) };
}

/** A personal token (a Shortcut, a script): `capture` unless asked (devices/scopes.ts). */
export async function createToken(
  deps: PairingDeps,
  owner: Owner,
  access: Access,
  request: { name: string; scope: TokenScope },
): Promise<{ kind: 'created'; token: NewToken } | Refusal<'forbidden'>> {
  const decided = tokenToMake(access, request.scope, deps.multiUser);
  if (decided.kind === 'refused') return refused('forbidden', decided.message);
  const device = { name: request.name, scope: decided.scope, openDoor: decided.openDoor };
  return { kind: 'created', token: await issueToken(deps, owner, device) };
}

/** The device asking (a token's own status: what a capture token may read of the doors). */
export async function currentDevice(
  deps: Pick<PairingDeps, 'devices'>,
  owner: Owner,
): Promise<{ kind: 'found'; device: Device } | Refusal<'not_found'>> {
  const device = owner.deviceId
    ? (await deps.devices.list(owner)).find((d) => d.id === owner.deviceId)
    : undefined;
  if (!device) return refused('not_found', 'This request came with no device token.');
  return { kind: 'found', device: { ...device, current: true } };
}

/** Revokes at once: the token stops working, and the device's open change streams end. */
export async function revokeDevice(
  deps: PairingDeps,
  owner: Owner,
  id: string,
): Promise<{ kind: 'revoked' } | Refusal<'not_found'>> {
  if (!(await deps.devices.revoke(owner, id))) return refused('not_found', 'No device with this id.');
  deps.revocations.dispatchEvent(new Event('revoked'));
  return { kind: 'revoked' };
}

/** Supabase mode: the code a signed-in user sends the bot as `/start <code>` to link a chat. */
export async function telegramLink(
  deps: PairingDeps,
  owner: Owner,
): Promise<{ kind: 'created'; link: TelegramLink } | Refusal<'not_found'>> {
  if (!deps.multiUser || !owner.userId || owner.deviceId)
    return refused(
      'not_found',
      'Linking a chat is for signed-in users (Supabase mode); a local server serves TELEGRAM_ALLOWED_CHAT_IDS.',
    );
  const { code, expiresAt } = await createCode(deps, owner, 'telegram', null);
  return { kind: 'created', link: { code, command: `/start ${code}`, expiresAt } };
}
