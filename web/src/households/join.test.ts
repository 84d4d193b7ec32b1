import type { Household } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../data/api/answer.ts';
import type { HouseholdsApi } from '../data/api/households.ts';
import { HOUSEHOLD_STRINGS } from '../i18n/households.ts';
import { joinWith, lookUpInvitation } from './join.ts';

const s = HOUSEHOLD_STRINGS.fr;
const answering = (got: Answer<Household>) => ({ join: async () => got }) as unknown as HouseholdsApi;
const refused = (code: string, status: number) =>
  ({ kind: 'refused', code, status, message: code }) as Answer<Household>;

describe('joining by an invite: whether the invite stays open to try again', () => {
  it.each([
    ['no network', { kind: 'offline', message: 'Failed to fetch' } as Answer<Household>, true, s.joinOffline],
    ['not signed in yet (Supabase mode)', refused('missing_token', 401), true, s.joinSignInFirst],
    ['a session that expired', refused('token_expired', 401), true, s.joinSignInFirst],
    ['too many tries', refused('rate_limited', 429), true, s.joinLimited],
    ['a code used, expired or mistyped', refused('invalid_code', 401), false, s.joinBadCode],
    ['a full household', refused('conflict', 409), false, s.joinFull],
  ])('%s', async (_why, got, keep, say) => {
    const joined = await joinWith(answering(got), 'ABCD-EFGH', 'Paul', s);
    expect(joined).toMatchObject({ kind: 'not_joined', keep, say });
  });
});

describe('an invite looked up before joining: the name the server holds, never the link’s', () => {
  const asking = (got: Answer<{ name: string }>) =>
    ({ invitation: async () => got }) as unknown as HouseholdsApi;
  const no = (code: string, status: number) =>
    ({ kind: 'refused', code, status, message: code }) as Answer<{ name: string }>;
  it.each([
    [
      'a valid code',
      { kind: 'ok', value: { name: 'Coloc' } } as Answer<{ name: string }>,
      { kind: 'named', name: 'Coloc' },
    ],
    ['a code used, expired or mistyped', no('invalid_code', 401), { kind: 'spent', say: s.joinBadCode }],
    [
      'no network',
      { kind: 'offline', message: 'Failed to fetch' } as Answer<{ name: string }>,
      { kind: 'unsaid' },
    ],
    ['not signed in yet', no('missing_token', 401), { kind: 'unsaid' }],
    ['too many tries', no('rate_limited', 429), { kind: 'unsaid' }],
  ])('%s', async (_why, got, expected) => {
    expect(await lookUpInvitation(asking(got), ' ABCD-EFGH ', s)).toEqual(expected);
  });
});
