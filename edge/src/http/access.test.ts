import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../devices/secrets.ts';
import { ApiError } from '../errors.ts';
import { userOwner } from '../ports/owner.ts';
import { LOCAL_OWNER } from '../ports.ts';
import { type AccessOptions, requireAccess } from './access.ts';
import type { AppEnv } from './app-env.ts';
import { respondError } from './respond-error.ts';

const USER = '11111111-1111-4111-8111-111111111111';
const LOCAL_TOKEN = 'vt_local-device-token';
const USER_TOKEN = 'vt_user-personal-token';
const CAPTURE_TOKEN = 'vt_local-shortcut-token';
const OPEN_DOOR_TOKEN = 'vt_made-while-pairing-was-off';
const JWT = 'eyJhbGciOiJFUzI1NiJ9.jwt.sig';
const TICKET = 'ticket-of-the-local-device';

/** A working in-memory device store: two devices, one per mode, looked up by digest. */
async function devices(): Promise<AccessOptions['devices']> {
  const full = { scope: 'full', openDoor: false } as const;
  const known = new Map([
    [await sha256Hex(LOCAL_TOKEN), { deviceId: 'local-phone', userId: null, ...full }],
    [await sha256Hex(USER_TOKEN), { deviceId: 'user-shortcut', userId: USER, ...full }],
    [
      await sha256Hex(CAPTURE_TOKEN),
      { deviceId: 'local-shortcut', userId: null, scope: 'capture', openDoor: false } as const,
    ],
    [
      await sha256Hex(OPEN_DOOR_TOKEN),
      { deviceId: 'open-door', userId: null, scope: 'full', openDoor: true } as const,
    ],
  ]);
  return {
    create: () => Promise.reject(new Error('not used')),
    list: () => Promise.reject(new Error('not used')),
    revoke: () => Promise.reject(new Error('not used')),
    authenticate: async (tokenHash) => {
      const d = known.get(tokenHash);
      return d ? { ...d, tokenHash } : null;
    },
  };
}

/** An app as app.ts builds it: LOCAL_OWNER first, then requireAccess; routes answer who asks. */
async function appWith(over: Partial<AccessOptions> = {}) {
  const options: AccessOptions = {
    devices: await devices(),
    verifyJwt: null,
    pairingRequired: false,
    openPaths: ['/api/health', '/api/telegram'],
    verifyTicket: async (ticket) => (ticket === TICKET ? sha256Hex(LOCAL_TOKEN) : null),
    ...over,
  };
  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('owner', LOCAL_OWNER);
      await next();
    })
    .use(requireAccess(options))
    .all('/api/*', (c) =>
      c.json({ owner: c.get('owner'), tokenHash: c.get('deviceTokenHash') ?? null, access: c.get('access') }),
    );
  app.onError((error, c) => respondError(error, c));
  return app;
}

const ask = async (app: Hono<AppEnv>, path: string, init: RequestInit = {}) => {
  const res = await app.request(path, init);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};
const bearer = (token: string, method = 'GET') => ({ method, headers: { authorization: `Bearer ${token}` } });
const error = (code: string, message: string) => ({ error: { code, message } });

const INVALID = error('invalid_token', 'This device token is unknown or was revoked: pair the device again.');
const JWT_USER = { userId: USER, claims: { sub: USER, role: 'authenticated', exp: 9_999_999_999 } };
const verifyJwt = async (token: string) => {
  if (token !== JWT) throw new ApiError(401, 'invalid_token', 'The access token could not be verified.');
  return JWT_USER;
};

describe('userOwner', () => {
  it('gives a personal token’s requests the claims RLS reads', () => {
    expect(userOwner(USER).claims).toEqual({ sub: USER, role: 'authenticated', aud: 'authenticated' });
  });
});

describe('requireAccess in local mode', () => {
  it('answers anyone as the local user when pairing is off', async () => {
    const app = await appWith();
    expect(await ask(app, '/api/expenses')).toEqual({
      status: 200,
      body: { owner: LOCAL_OWNER, tokenHash: null, access: { kind: 'nobody' } },
    });
  });

  it('refuses a request without a token when pairing is required, and says how to pair', async () => {
    const app = await appWith({ pairingRequired: true });
    expect(await ask(app, '/api/expenses')).toEqual({
      status: 401,
      body: error(
        'missing_token',
        'This server only answers paired devices: pair this one with the code shown on the computer that runs VoiceTrack, then send its token as Authorization: Bearer <token>.',
      ),
    });
  });

  it('opens exactly the open paths, and preflights, to anyone', async () => {
    const app = await appWith({ pairingRequired: true });
    expect((await ask(app, '/api/health')).status).toBe(200);
    expect((await ask(app, '/api/telegram', { method: 'POST' })).status).toBe(200);
    expect((await ask(app, '/api/expenses', { method: 'OPTIONS' })).status).toBe(200);
    expect((await ask(app, '/api/health/x')).status).toBe(401);
    expect((await ask(app, '/api/healthz')).status).toBe(401);
  });

  it('takes a paired device’s token, whatever the case of "Bearer" and the spaces after it', async () => {
    const app = await appWith({ pairingRequired: true });
    const hash = await sha256Hex(LOCAL_TOKEN);
    const expected = {
      status: 200,
      body: {
        owner: { userId: null, deviceId: 'local-phone' },
        tokenHash: hash,
        access: { kind: 'device', scope: 'full', openDoor: false },
      },
    };
    expect(await ask(app, '/api/expenses', bearer(LOCAL_TOKEN))).toEqual(expected);
    for (const header of [`bearer ${LOCAL_TOKEN}`, `BEARER   ${LOCAL_TOKEN}`])
      expect(await ask(app, '/api/expenses', { headers: { authorization: header } })).toEqual(expected);
  });

  it('refuses an unknown or revoked token, even where pairing is off', async () => {
    const app = await appWith();
    expect(await ask(app, '/api/expenses', bearer('vt_revoked'))).toEqual({ status: 401, body: INVALID });
  });

  it('refuses a Supabase user’s token: a token belongs to one mode', async () => {
    const app = await appWith();
    expect(await ask(app, '/api/expenses', bearer(USER_TOKEN))).toEqual({ status: 401, body: INVALID });
  });

  it('does not read a token that is not the whole header', async () => {
    const app = await appWith({ pairingRequired: true });
    for (const header of [`Bearer ${LOCAL_TOKEN} extra`, `xBearer ${LOCAL_TOKEN}`, 'Bearer', LOCAL_TOKEN])
      expect((await ask(app, '/api/expenses', { headers: { authorization: header } })).status).toBe(401);
  });

  it('opens the change stream with a ticket in its URL, and nothing else', async () => {
    const app = await appWith({ pairingRequired: true });
    const stream = await ask(app, `/api/events?ticket=${TICKET}`);
    expect(stream).toEqual({
      status: 200,
      body: {
        owner: { userId: null, deviceId: 'local-phone' },
        tokenHash: await sha256Hex(LOCAL_TOKEN),
        access: { kind: 'device', scope: 'full', openDoor: false },
      },
    });
    expect((await ask(app, `/api/expenses?ticket=${TICKET}`)).status).toBe(401);
    expect((await ask(app, `/api/events?ticket=${TICKET}`, { method: 'POST' })).status).toBe(401);
    expect((await ask(app, '/api/events?ticket=')).status).toBe(401);
    expect(await ask(app, '/api/events?ticket=forged')).toEqual({
      status: 401,
      body: error('token_expired', 'This stream ticket expired or was used: ask for a new one.'),
    });
  });

  it('lets a capture token send notes and read its own device, and answers 403 to the rest', async () => {
    const app = await appWith({ pairingRequired: true });
    for (const [method, path] of [
      ['POST', '/api/text'],
      ['POST', '/api/voice'],
      ['POST', '/api/receipts'],
      ['GET', '/api/devices/current'],
    ] as const) {
      const res = await ask(app, path, bearer(CAPTURE_TOKEN, method));
      expect(res.status, `${method} ${path}`).toBe(200);
      expect(res.body.access).toEqual({ kind: 'device', scope: 'capture', openDoor: false });
    }
    for (const [method, path] of [
      ['GET', '/api/text'],
      ['POST', '/api/text/'],
      ['GET', '/api/expenses'],
      ['POST', '/api/devices'],
      ['DELETE', '/api/devices/local-phone'],
      ['GET', '/api/devices'],
      ['POST', '/api/events/ticket'],
    ] as const)
      expect(await ask(app, path, bearer(CAPTURE_TOKEN, method)), `${method} ${path}`).toEqual({
        status: 403,
        body: error(
          'insufficient_scope',
          'This token may only send notes (POST /api/voice, /api/text, /api/receipts) and read GET /api/devices/current; use a paired phone for the rest.',
        ),
      });
  });

  it('takes a token made while pairing was off only while it stays off', async () => {
    expect((await ask(await appWith(), '/api/expenses', bearer(OPEN_DOOR_TOKEN))).body.access).toEqual({
      kind: 'device',
      scope: 'full',
      openDoor: true,
    });
    expect(
      await ask(await appWith({ pairingRequired: true }), '/api/expenses', bearer(OPEN_DOOR_TOKEN)),
    ).toEqual({
      status: 401,
      body: error(
        'invalid_token',
        'This token was made while pairing was off, and this server now requires pairing: pair the device again.',
      ),
    });
  });
});

describe('requireAccess in Supabase mode', () => {
  it('runs a verified JWT’s requests as its user, with its claims', async () => {
    const app = await appWith({ verifyJwt });
    expect(await ask(app, '/api/expenses', bearer(JWT))).toEqual({
      status: 200,
      body: { owner: JWT_USER, tokenHash: null, access: { kind: 'session' } },
    });
  });

  it('refuses a request without a token, and passes on the verifier’s refusal', async () => {
    const app = await appWith({ verifyJwt });
    expect(await ask(app, '/api/expenses')).toEqual({
      status: 401,
      body: error('missing_token', 'Sign in: this request needs an Authorization: Bearer token.'),
    });
    expect(await ask(app, '/api/expenses', bearer('not-a-jwt'))).toEqual({
      status: 401,
      body: error('invalid_token', 'The access token could not be verified.'),
    });
  });

  it('takes a personal token as its user, with the claims RLS needs, and refuses a local device’s', async () => {
    const app = await appWith({ verifyJwt });
    expect(await ask(app, '/api/expenses', bearer(USER_TOKEN))).toEqual({
      status: 200,
      body: {
        owner: userOwner(USER, 'user-shortcut'),
        tokenHash: await sha256Hex(USER_TOKEN),
        access: { kind: 'device', scope: 'full', openDoor: false },
      },
    });
    expect(await ask(app, '/api/expenses', bearer(LOCAL_TOKEN))).toEqual({ status: 401, body: INVALID });
  });

  it('still opens the open paths without a token', async () => {
    const app = await appWith({ verifyJwt });
    expect((await ask(app, '/api/health')).status).toBe(200);
  });
});
