/** The doors' use cases and each of their outcomes, on a real store (PGlite in memory). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_OWNER, type Store, userOwner } from '../ports.ts';
import { openStore } from '../store/open-store.ts';
import type { Sql } from '../store/sql.ts';
import { failureBudget } from './failure-budget.ts';
import {
  createToken,
  currentDevice,
  listDevices,
  type PairingDeps,
  pairDevice,
  pairingCode,
  revokeDevice,
  telegramLink,
} from './pairing.ts';

const USER = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
let store: Store;
let sql: Sql;
// PGlite's first open (WebAssembly, the migrations) takes seconds on a busy machine.
beforeAll(async () => {
  ({ store, sql } = await openStore({}));
  await sql.query('insert into auth.users (id) values ($1)', [USER]);
}, 120_000);
afterAll(() => store?.close());

const deps = (over: Partial<PairingDeps> = {}): PairingDeps => ({
  devices: store.devices,
  pairing: store.pairing,
  // A clock that stands still: the wait said is the whole window.
  failures: failureBudget({ perClient: 3, alarm: 5, windowMs: 60_000, now: () => 0 }),
  multiUser: false,
  publicUrl: 'https://vt.example.org',
  revocations: new EventTarget(),
  ...over,
});

describe('pairing a phone', () => {
  it('gives a token for a fresh code, once: the code is gone after', async () => {
    const d = deps();
    const { code, url } = await pairingCode(d, 'Téléphone');
    expect(url).toBe(`https://vt.example.org/#pair=${code}`);
    const paired = await pairDevice(d, code, undefined, 'ip:a');
    expect(paired).toMatchObject({ kind: 'paired', token: { name: 'Téléphone', scope: 'full' } });
    expect(await pairDevice(d, code, undefined, 'ip:a')).toMatchObject({
      kind: 'refused',
      code: 'invalid_code',
    });
  });

  it('makes an address that sent too many wrong codes wait, saying how long, and pairs anyone else', async () => {
    const d = deps();
    for (let i = 0; i < 3; i++)
      expect(await pairDevice(d, 'WRONGCODE1', 'x', 'ip:guesser')).toMatchObject({
        kind: 'refused',
        code: 'invalid_code',
      });
    const { code } = await pairingCode(d, null);
    expect(await pairDevice(d, code, 'x', 'ip:guesser')).toEqual({
      kind: 'refused',
      code: 'rate_limited',
      message: 'Too many wrong codes; try again in 60 s.',
      retryAfterSeconds: 60,
    });
    // The code was not read, so not spent: the phone that has it pairs.
    expect(await pairDevice(d, code, 'x', 'ip:phone')).toMatchObject({ kind: 'paired' });
  });
});

describe('devices and tokens', () => {
  it('creates a personal token, lists it as the current device, and revokes it once', async () => {
    const revoked: string[] = [];
    const d = deps();
    d.revocations.addEventListener('revoked', (e) => revoked.push(e.type));
    const created = await createToken(
      d,
      LOCAL_OWNER,
      { kind: 'nobody' },
      { name: 'Raccourci', scope: 'capture' },
    );
    if (created.kind !== 'created') throw new Error('not created');
    expect(created.token.scope).toBe('capture');
    const asIt = { ...LOCAL_OWNER, deviceId: created.token.deviceId };
    const listed = await listDevices(d, asIt);
    expect(listed.devices.find((x) => x.id === created.token.deviceId)).toMatchObject({ current: true });
    expect(await currentDevice(d, asIt)).toMatchObject({
      kind: 'found',
      device: { id: created.token.deviceId, scope: 'capture', current: true },
    });
    expect(await currentDevice(d, LOCAL_OWNER)).toMatchObject({ kind: 'refused', code: 'not_found' });
    expect(await revokeDevice(d, LOCAL_OWNER, created.token.deviceId)).toEqual({ kind: 'revoked' });
    expect(revoked).toEqual(['revoked']);
    expect(await revokeDevice(d, LOCAL_OWNER, created.token.deviceId)).toEqual({
      kind: 'refused',
      code: 'not_found',
      message: 'No device with this id.',
    });
  });

  it('lets no token mint another in Supabase mode', async () => {
    const d = deps({ multiUser: true });
    const device = { kind: 'device', scope: 'full', openDoor: false } as const;
    expect(
      await createToken(d, userOwner(USER, crypto.randomUUID()), device, { name: 'x', scope: 'capture' }),
    ).toMatchObject({
      kind: 'refused',
      code: 'forbidden',
    });
    expect(
      await createToken(d, userOwner(USER), { kind: 'session' }, { name: 'Signed in', scope: 'capture' }),
    ).toMatchObject({ kind: 'created' });
  });
});

describe('linking a Telegram chat', () => {
  it('gives a signed-in user the /start command, and nobody else', async () => {
    const linked = await telegramLink(deps({ multiUser: true }), userOwner(USER));
    expect(linked).toMatchObject({ kind: 'created', link: { command: expect.stringMatching(/^\/start /) } });
    for (const [d, owner] of [
      [deps(), LOCAL_OWNER],
      [deps({ multiUser: true }), userOwner(USER, crypto.randomUUID())],
    ] as const)
      expect(await telegramLink(d, owner)).toMatchObject({ kind: 'refused', code: 'not_found' });
  });
});
