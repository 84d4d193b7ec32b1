/**
 * POST /api/households/invitation {code}: the household an invite is for, as the server holds its
 * name, before joining (an invite link's own words are never shown: anyone can write « Famille
 * Martin » in a link with their code). Read, not used; a wrong code says so, joins nothing and is
 * counted with the invites' wrong codes, so a guesser gains no second door.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/edge-app.ts';
import { errorOf } from '../support/hostile.ts';

let t: TestApp;
let household: string;

// One app for the file: its 21 wrong codes stay under the 30 counted from all addresses.
beforeAll(async () => {
  t = await startTestApp();
  const res = await t.api.households.$post({ json: { name: 'Famille Martin' } });
  expect(res.status).toBe(201);
  household = (await res.json()).id;
});
afterAll(() => t.close());

const from = (address: string) => ({ headers: { 'x-test-client': address } });
const wrong = (i: number) => `WRONG${String(i).padStart(7, '0')}`;
const outcome = async (res: Response) =>
  res.ok ? `${res.status}` : `${res.status} ${(await errorOf(res)).code}`;

async function inviteCode(): Promise<string> {
  const res = await t.api.households[':id'].invites.$post({ param: { id: household } });
  expect(res.status).toBe(201);
  return (await res.json()).code;
}
const lookUp = (code: string, address = '10.6.0.1') =>
  t.api.households.invitation.$post({ json: { code } }, from(address));
const join = (code: string, name: string, address = '10.6.0.1') =>
  t.api.households.join.$post({ json: { code, name } }, from(address));
const members = async () => {
  const list = await (await t.api.households.$get()).json();
  return list.households.flatMap((h) => h.members.map((m) => m.name));
};

describe('an invite’s household, before joining', () => {
  it('is named as the server holds it, and the code still joins once after', async () => {
    const code = await inviteCode();
    const res = await lookUp(code);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ name: 'Famille Martin' });
    // Asked twice: a read, not a use.
    expect(await (await lookUp(code)).json()).toEqual({ name: 'Famille Martin' });
    expect((await join(code, 'Paul')).status).toBe(200);
    // Used: now unknown, like a wrong one.
    expect(await outcome(await lookUp(code))).toBe('401 invalid_code');
  });

  it('says a wrong code is wrong, and nobody joins', async () => {
    const before = await members();
    const res = await lookUp(wrong(1), '10.9.0.1');
    expect(await outcome(res)).toBe('401 invalid_code');
    expect(await members()).toEqual(before);
  });

  it('is refused to another site’s page, like every POST (403 cross_site_request)', async () => {
    const res = await t.api.households.invitation.$post(
      { json: { code: await inviteCode() } },
      { headers: { 'sec-fetch-site': 'cross-site', origin: 'https://casino.example' } },
    );
    expect(await outcome(res)).toBe('403 cross_site_request');
  });

  it('refuses what is no invite code before reading anything', async () => {
    expect(await outcome(await lookUp('x'))).toBe('400 validation_failed');
  });

  it('counts wrong codes with joining’s: ten wrong looks and the address’s right join waits', async () => {
    for (let i = 0; i < 10; i++)
      expect(await outcome(await lookUp(wrong(i), '10.7.0.1'))).toBe('401 invalid_code');
    const code = await inviteCode();
    expect(await outcome(await join(code, 'Paul', '10.7.0.1'))).toBe('429 rate_limited');
    expect(await outcome(await lookUp(code, '10.7.0.1'))).toBe('429 rate_limited');
    // Another address reads it and joins with it: the refused tries spent nothing.
    expect(await (await lookUp(code, '10.7.0.2')).json()).toEqual({ name: 'Famille Martin' });
    expect((await join(code, 'Léa', '10.7.0.2')).status).toBe(200);
  });

  it('is stopped by wrong joins too', async () => {
    for (let i = 0; i < 10; i++)
      expect(await outcome(await join(wrong(i), `X${i}`, '10.8.0.1'))).toBe('401 invalid_code');
    expect(await outcome(await lookUp(await inviteCode(), '10.8.0.1'))).toBe('429 rate_limited');
  });
});
