/**
 * Security round 2, the Supabase side, in-process on the real PostgreSQL server: auth skipped
 * by a path's suffix, tokens without an expiry, forged subjects, users that do not exist, metrics
 * that count every user, and change streams that outlive their token.
 */
import { ErrorBodySchema, ExpenseListSchema } from '@voicetrack/shared';
import * as jose from 'jose';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTE_CONTEXT, startTestApp, type TestApp } from '../support/edge-app.ts';
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from '../support/fake-supabase-auth.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const GHOST = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';

let auth: FakeSupabaseAuth;
let db: TestDatabase;
let t: TestApp;

beforeAll(async () => {
  [auth, db] = await Promise.all([startFakeSupabaseAuth(), createTestDatabase('vt_hostile_auth')]);
  t = await startTestApp({
    databaseUrl: db.url,
    env: { SUPABASE_URL: auth.url, SUPABASE_JWT_SECRET: auth.jwtSecret },
  });
  const { default: postgres } = await import('postgres');
  const admin = postgres(db.url, { max: 1 });
  await admin`insert into auth.users (id) values (${A})`;
  await admin.end();
});
afterAll(async () => {
  await t.close();
  await Promise.all([auth.close(), db.drop()]);
});

const errorOf = async (res: Response) => v.parse(ErrorBodySchema, await res.json()).error;
/** An HS256 token signed with the project's secret, with the claims a test wants. */
const forge = (claims: Record<string, unknown>, exp: number | null = Math.floor(Date.now() / 1000) + 600) => {
  const jwt = new jose.SignJWT({ role: 'authenticated', ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(`${auth.url}/auth/v1`)
    .setAudience('authenticated')
    .setIssuedAt();
  if (exp !== null) jwt.setExpirationTime(exp);
  return jwt.sign(new TextEncoder().encode(auth.jwtSecret));
};
const postText = (token: string) =>
  t.app.request('/api/text', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ text: '12 € de pain', clientId: crypto.randomUUID(), ...NOTE_CONTEXT }),
  });

describe('auth is skipped for the exact open routes only', () => {
  it.each([
    ['PATCH', '/api/expenses/health'],
    ['DELETE', '/api/expenses/metrics'],
    ['GET', '/api/expenses?x=/health'],
  ])('%s %s needs a token', async (method, path) => {
    const res = await t.app.request(path, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(method === 'PATCH' ? { body: '{"amount":"1.00"}' } : {}),
    });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('missing_token');
  });

  it('keeps /api/health open', async () => {
    expect((await t.app.request('/api/health')).status).toBe(200);
  });
});

describe('tokens', () => {
  it('refuses a token with no expiry', async () => {
    const res = await postText(await forge({ sub: A }, null));
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('invalid_token');
  });

  it.each([
    ['36 hyphens', '-'.repeat(36)],
    ['36 letters a', 'a'.repeat(36)],
    ['no subject at all', undefined],
  ])('refuses a subject made of %s with a 401', async (_name, sub) => {
    const res = await postText(await forge(sub === undefined ? {} : { sub }));
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('invalid_token');
  });

  it('answers 403, not 500, for a valid token whose user does not exist, and stores nothing', async () => {
    const res = await postText(await auth.token(GHOST));
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('forbidden');
    const list = await t.app.request('/api/expenses', {
      headers: { authorization: `Bearer ${await auth.token(GHOST)}` },
    });
    expect(list.status).toBe(200);
    expect(v.parse(ExpenseListSchema, await list.json()).expenses).toEqual([]);
  });
});

describe('metrics in Supabase mode', () => {
  it('are off without METRICS_TOKEN (they count every user)', async () => {
    const res = await t.app.request('/api/metrics');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('voicetrack_expenses_needs_review');
  });

  it('need METRICS_TOKEN as a bearer token when it is set', async () => {
    const withToken = await startTestApp({
      databaseUrl: db.url,
      env: { SUPABASE_URL: auth.url, SUPABASE_JWT_SECRET: auth.jwtSecret, METRICS_TOKEN: 'm3tr1cs-t0ken' },
    });
    try {
      expect((await withToken.app.request('/api/metrics')).status).toBe(401);
      const wrong = await withToken.app.request('/api/metrics', {
        headers: { authorization: 'Bearer nope' },
      });
      expect(wrong.status).toBe(401);
      const right = await withToken.app.request('/api/metrics', {
        headers: { authorization: 'Bearer m3tr1cs-t0ken' },
      });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain('voicetrack_expenses_needs_review');
    } finally {
      await withToken.close();
    }
  });
});

describe('change streams', () => {
  it('end when their token expires, with an `expired` event', async () => {
    const token = await forge({ sub: A }, Math.floor(Date.now() / 1000) + 2);
    const res = await t.app.request('/api/events', { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const text = await res.text(); // resolves only when the server ends the stream
    expect(text).toContain('event: ready');
    expect(text).toContain('event: expired');
  });
});
