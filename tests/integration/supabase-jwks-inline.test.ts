/**
 * SUPABASE_JWKS (the project's signing keys given inline, as Supabase gives its functions): a
 * token signed with one of them is verified without fetching the JWKS; a key rotated in since
 * (an unknown kid) is still fetched from the project.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote } from '../support/edge-app.ts';
import { type FakeSupabaseAuth, startFakeSupabaseAuth } from '../support/fake-supabase-auth.ts';
import { addAuthUsers, createTestDatabase, type TestDatabase } from '../support/postgres.ts';

const USER = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';

let auth: FakeSupabaseAuth;
let db: TestDatabase;
let t: TestApp;

beforeAll(async () => {
  [auth, db] = await Promise.all([startFakeSupabaseAuth(), createTestDatabase('vt_jwks_inline')]);
  const jwks = await (await fetch(`${auth.url}/auth/v1/.well-known/jwks.json`)).text();
  t = await startTestApp({ databaseUrl: db.url, env: { SUPABASE_URL: auth.url, SUPABASE_JWKS: jwks } });
  await addAuthUsers(db.url, USER);
});
afterAll(async () => {
  await t.close();
  await Promise.all([auth.close(), db.drop()]);
});

const post = async (token: string) =>
  t.api.text.$post({ json: textNote('9 € de pain') }, { headers: { authorization: `Bearer ${token}` } });

describe('SUPABASE_JWKS', () => {
  it('verifies a token with the inline keys, fetching nothing', async () => {
    const before = auth.jwksRequests;
    expect((await post(await auth.token(USER))).status).toBe(201);
    expect(auth.jwksRequests).toBe(before);
  });

  it('fetches the project JWKS for a key rotated in since', async () => {
    await auth.rotate();
    const before = auth.jwksRequests;
    expect((await post(await auth.token(USER))).status).toBe(201);
    expect(auth.jwksRequests).toBe(before + 1);
  });
});
