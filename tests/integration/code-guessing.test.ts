/**
 * Guessing one-time codes, at both doors that take one from anybody: pairing a phone (POST
 * /api/pair) and joining a household (POST /api/households/join). Each counts its wrong codes per
 * client and all together (devices/failure-budget.ts), so guessing stops long before it could find
 * a code while a right code from a fresh client always works; and a client is an IPv6 /64, not one
 * of the 2^64 addresses a host may pick in it (http/client-address.ts `addressKey`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/edge-app.ts';
import { errorOf } from '../support/hostile.ts';

const SECRET = 'e'.repeat(64);
let t: TestApp;
let household: string;

beforeAll(async () => {
  t = await startTestApp({ pairingSecret: SECRET });
  const res = await t.api.households.$post({ json: { name: 'Coloc' } });
  expect(res.status).toBe(201);
  household = (await res.json()).id;
});
afterAll(() => t.close());

const from = (address: string) => ({ headers: { 'x-test-client': address } });
const wrong = (i: number) => `WRONG${String(i).padStart(7, '0')}`;

async function pairingCode(): Promise<string> {
  const res = await t.api.pair.codes.$post({ json: {} }, { headers: { 'x-pairing-secret': SECRET } });
  expect(res.status).toBe(201);
  return (await res.json()).code;
}

async function inviteCode(): Promise<string> {
  const res = await t.api.households[':id'].invites.$post({ param: { id: household } });
  expect(res.status).toBe(201);
  return (await res.json()).code;
}

/** The status, and the error's code when refused. */
const outcome = async (res: Response) =>
  res.ok ? `${res.status}` : `${res.status} ${(await errorOf(res)).code}`;

/** Joins as a new person each time (a name is one person of a local server's household). */
let joiners = 0;
const join = (code: string, address: string) =>
  t.api.households.join.$post({ json: { code, name: `Personne ${++joiners}` } }, from(address));

describe('pairing codes, guessed from one IPv6 block', () => {
  it('holds a host that takes a new address of its /64 for each guess; the next /64 still pairs', async () => {
    for (let i = 0; i < 10; i++) {
      const res = await t.api.pair.$post({ json: { code: wrong(i) } }, from(`2001:db8:7:7::${i + 1}`));
      expect(await outcome(res)).toBe('401 invalid_code');
    }
    const code = await pairingCode();
    const held = await t.api.pair.$post({ json: { code } }, from('2001:db8:7:7:abcd::1'));
    expect(await outcome(held)).toBe('429 rate_limited');
    expect(Number(held.headers.get('retry-after'))).toBeGreaterThan(0);
    // The refused try did not spend the code: the phone in the next block pairs with it.
    expect((await t.api.pair.$post({ json: { code } }, from('2001:db8:7:8::1'))).status).toBe(201);
  });
});

describe('household invite codes, guessed', () => {
  it('stop an address after ten tries a minute, its right code unread; another address joins with it', async () => {
    for (let i = 0; i < 10; i++) {
      const res = await join(wrong(i), '10.3.0.1');
      expect(await outcome(res)).toBe('401 invalid_code');
    }
    const code = await inviteCode();
    const held = await join(code, '10.3.0.1');
    expect(await outcome(held)).toBe('429 rate_limited');
    expect((await join(code, '10.3.0.2')).status).toBe(200);
  });

  it('are counted from all addresses: past 30 wrong ones, an address that guessed waits and a fresh one joins', async () => {
    // (10 wrong ones above already count.) 25 more, one from each of 25 addresses.
    for (let i = 0; i < 25; i++) {
      const res = await join(wrong(100 + i), `10.4.0.${i}`);
      expect(await outcome(res)).toBe('401 invalid_code');
    }
    const code = await inviteCode();
    // One wrong code and one right one from this address: under the ten a minute, held all the same.
    const held = await join(code, '10.4.0.3');
    expect(await outcome(held)).toBe('429 rate_limited');
    expect(Number(held.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await join(code, '10.5.0.1')).status).toBe(200);
  });

  it('are counted apart from pairing codes: a flood at one door leaves the other open', async () => {
    const code = await pairingCode();
    // 10.4.0.3 guessed invite codes only: its pairing code is looked at.
    expect((await t.api.pair.$post({ json: { code } }, from('10.4.0.3'))).status).toBe(201);
  });
});
