/**
 * Supabase mode end to end in-process: tokens verified against a local JWKS (and the legacy
 * HS256 secret), each request run as its user under RLS on the real PostgreSQL server.
 */

import { ErrorBodySchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote } from '../support/edge-app.ts';
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from '../support/fake-supabase-auth.ts';
import { addAuthUsers, createTestDatabase, type TestDatabase } from '../support/postgres.ts';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

let auth: FakeSupabaseAuth;
let db: TestDatabase;
let t: TestApp;

beforeAll(async () => {
  [auth, db] = await Promise.all([startFakeSupabaseAuth(), createTestDatabase('vt_auth')]);
  t = await startTestApp({
    databaseUrl: db.url,
    env: { SUPABASE_URL: auth.url, SUPABASE_JWT_SECRET: auth.jwtSecret },
  });
  await addAuthUsers(db.url, A, B);
});
afterAll(async () => {
  await t.close();
  await Promise.all([auth.close(), db.drop()]);
});

/** The request options of a signed-in user (none without a token). */
const as = (token: string | null) => (token ? { headers: { authorization: `Bearer ${token}` } } : {});
const post = (token: string | null, text = '12 € de pain', clientId: string = crypto.randomUUID()) =>
  t.api.text.$post({ json: textNote(text, { clientId }) }, as(token));
const list = async (token: string) => (await t.api.expenses.$get({ query: {} }, as(token))).json();
const count = async () =>
  (await list(await auth.token(A))).expenses.length + (await list(await auth.token(B))).expenses.length;

describe('Supabase mode', () => {
  it('keeps health open without a token, saying it verifies the legacy secret too', async () => {
    const res = await t.api.health.$get();
    expect(res.status).toBe(200);
    expect((await res.json()).auth).toEqual({ mode: 'supabase', legacySecret: true });
  });

  it('saves a note for the signed-in user, verified against the JWKS', async () => {
    const res = await post(await auth.token(A), '23 € de resto');
    expect(res.status).toBe(201);
    expect((await list(await auth.token(A))).expenses.map((e) => e.description)).toContain('Resto');
    expect((await list(await auth.token(B))).expenses).toHaveLength(0);
  });

  it("lets nobody edit or delete another user's expense", async () => {
    const saved = await (await post(await auth.token(A), '40 € de courses')).json();
    const id = saved.expenses[0]?.id as string;
    const tokenB = await auth.token(B);
    const patch = await t.api.expenses[':id'].$patch({ param: { id }, json: { amount: '1.00' } }, as(tokenB));
    expect(patch.status).toBe(404);
    const del = await t.api.expenses[':id'].$delete({ param: { id } }, as(tokenB));
    expect(del.status).toBe(404);
    expect((await list(await auth.token(A))).expenses.find((e) => e.id === id)?.amount).toBe('40.00');
  });

  it("gives another user's clientId its own note, never the other user's answer", async () => {
    const clientId = crypto.randomUUID();
    const a = await (await post(await auth.token(A), '5 € de café', clientId)).json();
    const b = await post(await auth.token(B), '7 € de thé', clientId);
    expect(b.status).toBe(201);
    const bBody = await b.json();
    expect(bBody.expenses[0]?.amount).toBe('7.00');
    expect(bBody.expenses[0]?.id).not.toBe(a.expenses[0]?.id);
  });

  it('accepts a key published by a rotation, and the legacy HS256 secret', async () => {
    await auth.rotate();
    expect((await post(await auth.token(A))).status).toBe(201);
    expect((await post(await auth.token(A, { hs256: true }))).status).toBe(201);
  });

  it.each([
    ['no token', async () => null, 'missing_token'],
    ['an expired token', () => auth.token(A, { expiresIn: '-1m' }), 'token_expired'],
    [
      'a token signed by a key the project never published',
      () => auth.token(A, { key: 'stranger' }),
      'invalid_token',
    ],
    [
      'a token from another issuer',
      () => auth.token(A, { issuer: 'https://evil.supabase.co/auth/v1' }),
      'invalid_token',
    ],
    ['a token for another audience', () => auth.token(A, { audience: 'anon' }), 'invalid_token'],
    [
      'an unsigned token (alg none)',
      async () => {
        const body = Buffer.from(
          JSON.stringify({ sub: A, aud: 'authenticated', iss: `${auth.url}/auth/v1`, exp: 9_999_999_999 }),
        ).toString('base64url');
        return `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${body}.`;
      },
      'invalid_token',
    ],
    [
      'a forged HS256 token',
      async () => `${(await auth.token(A, { hs256: true })).slice(0, -4)}AAAA`,
      'invalid_token',
    ],
    ['garbage', async () => 'not-a-jwt', 'invalid_token'],
  ])('answers 401 to %s, and writes nothing', async (_name, makeToken, code) => {
    const before = await count();
    const res = await post(await makeToken());
    expect(res.status).toBe(401);
    expect(v.parse(ErrorBodySchema, await res.json()).error.code).toBe(code);
    expect(await count()).toBe(before);
  });
});
