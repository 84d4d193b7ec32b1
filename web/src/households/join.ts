/**
 * Joining a household, by a link's code or a typed one: the household remembered on the phone
 * (beside those it is already in, and shown),
 * or what to tell the person (a code used, expired or mistyped; a full household; too many
 * tries; no network — joining needs the server, so the invite stays open to try again).
 */
import type { Household } from '@voicetrack/shared';
import { added } from '../base/household-list.ts';
import { changeKept } from '../base/household-memory.ts';
import type { Refusal } from '../data/api/answer.ts';
import type { HouseholdsApi } from '../data/api/households.ts';
import type { HouseholdStrings } from '../i18n/households.ts';

export type Joined =
  | { kind: 'joined'; household: Household }
  /** `keep`: the invite is worth trying again here (no network, not signed in yet, too many tries). */
  | { kind: 'not_joined'; offline: boolean; keep: boolean; say: string };

/** Refusals after which the same code may work: the phone has no session yet, or tried too often. */
const WORTH_AGAIN = new Set([
  'missing_token',
  'invalid_token',
  'token_expired',
  'unauthorized',
  'rate_limited',
]);

export async function joinWith(
  calls: HouseholdsApi,
  code: string,
  name: string,
  s: HouseholdStrings,
): Promise<Joined> {
  const got = await calls.join(code.trim(), name.trim());
  if (got.kind === 'ok') {
    // Another household joined: kept beside those the phone is already in, and shown.
    const joined = got.value;
    changeKept((kept) => added(kept, joined));
    return { kind: 'joined', household: got.value };
  }
  if (got.kind === 'offline') return { kind: 'not_joined', offline: true, keep: true, say: s.joinOffline };
  return { kind: 'not_joined', offline: false, keep: WORTH_AGAIN.has(got.code), say: refusalWords(got, s) };
}

export function refusalWords(got: Refusal, s: HouseholdStrings): string {
  if (got.code === 'invalid_code' || got.code === 'validation_failed') return s.joinBadCode;
  if (got.code === 'rate_limited') return s.joinLimited;
  if (WORTH_AGAIN.has(got.code)) return s.joinSignInFirst;
  if (got.code === 'conflict') return s.joinFull;
  return s.refused(got.message);
}

/**
 * What the server says of an invite before joining: its household's name as the server holds it
 * (a link's own words are never shown), a code that will not work (used, expired, mistyped: the
 * invite is over), or nothing yet (no network, not signed in or paired, too many tries).
 */
export type Invited = { kind: 'named'; name: string } | { kind: 'spent'; say: string } | { kind: 'unsaid' };

export async function lookUpInvitation(
  calls: HouseholdsApi,
  code: string,
  s: HouseholdStrings,
): Promise<Invited> {
  const got = await calls.invitation(code.trim());
  if (got.kind === 'ok') return { kind: 'named', name: got.value.name };
  if (got.kind === 'refused' && !WORTH_AGAIN.has(got.code))
    return { kind: 'spent', say: refusalWords(got, s) };
  return { kind: 'unsaid' };
}
