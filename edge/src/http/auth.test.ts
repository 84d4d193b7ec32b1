import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as jose from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AuthOptions, createTokenVerifier } from './auth.ts';

const USER = '11111111-1111-4111-8111-111111111111';
const SECRET = 'a-legacy-hs256-secret-of-at-least-32-chars';

/** The project's keys, one per algorithm Supabase signs with, and the JWKS a project publishes. */
const keys: Record<string, { privateKey: jose.CryptoKey; jwk: jose.JWK }> = {};
let published: jose.JWK[] = [];
let jwksFetches = 0;
let server: Server;
let projectUrl: string;

beforeAll(async () => {
  for (const alg of ['ES256', 'RS256', 'EdDSA']) {
    const { privateKey, publicKey } = await jose.generateKeyPair(alg, { extractable: true });
    keys[alg] = { privateKey, jwk: { ...(await jose.exportJWK(publicKey)), kid: `key-${alg}`, alg } };
  }
  published = Object.values(keys).map((k) => k.jwk);
  // The project's JWKS endpoint, counting its fetches.
  server = createServer((req, res) => {
    if (req.url !== '/auth/v1/.well-known/jwks.json') return res.writeHead(404).end();
    jwksFetches++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: published }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  projectUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface TokenOptions {
  alg?: string;
  kid?: string;
  claims?: Record<string, unknown>;
  issuer?: string;
  audience?: string;
  expires?: string | number | null;
  key?: jose.CryptoKey | Uint8Array;
}

/** A token as Supabase Auth signs it, with `over` changed. */
async function token(over: TokenOptions = {}): Promise<string> {
  const alg = over.alg ?? 'ES256';
  const jwt = new jose.SignJWT({ sub: USER, role: 'authenticated', ...over.claims })
    .setProtectedHeader({ alg, ...(alg.startsWith('HS') ? {} : { kid: over.kid ?? `key-${alg}` }) })
    .setIssuer(over.issuer ?? `${projectUrl}/auth/v1`)
    .setAudience(over.audience ?? 'authenticated')
    .setIssuedAt();
  if (over.expires !== null) jwt.setExpirationTime(over.expires ?? '1h');
  const key = over.key ?? (alg.startsWith('HS') ? new TextEncoder().encode(SECRET) : keys[alg]?.privateKey);
  if (!key) throw new Error(`no key for ${alg}`);
  return jwt.sign(key);
}

const verifier = (over: Partial<AuthOptions> = {}) =>
  createTokenVerifier({ supabaseUrl: projectUrl, jwksCooldownMs: 0, ...over });

/** What a refusal says: status, code and message. */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    const e = error as { status: number; code: string; message: string };
    return `${e.status} ${e.code}: ${e.message}`;
  }
  return 'verified';
}
const UNVERIFIED = '401 invalid_token: The access token could not be verified.';

describe('createTokenVerifier', () => {
  it.each(['ES256', 'RS256', 'EdDSA'])('verifies a %s token against the project’s JWKS', async (alg) => {
    const user = await verifier()(await token({ alg }));
    expect(user.userId).toBe(USER);
    expect(user.claims).toMatchObject({ sub: USER, role: 'authenticated', aud: 'authenticated' });
  });

  it('fetches the JWKS once, then keeps it', async () => {
    const verify = verifier();
    const before = jwksFetches;
    for (let i = 0; i < 3; i++) await verify(await token());
    expect(jwksFetches - before).toBe(1);
  });

  describe('on a clock the test moves', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('keeps the JWKS ten minutes, then asks again', async () => {
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
      const verify = verifier();
      const signed = await token({ expires: '2h' });
      const before = jwksFetches;
      await verify(signed);
      vi.setSystemTime(Date.now() + 9 * 60_000);
      await verify(signed);
      expect(jwksFetches - before).toBe(1);
      vi.setSystemTime(Date.now() + 2 * 60_000);
      await verify(signed);
      expect(jwksFetches - before).toBe(2);
    });
  });

  it('takes the project URL with or without its trailing slash', async () => {
    expect((await verifier({ supabaseUrl: `${projectUrl}/` })(await token())).userId).toBe(USER);
  });

  it('refuses another issuer, another audience, a token with no expiry, and says when one expired', async () => {
    const verify = verifier();
    expect(await refusal(verify(await token({ issuer: 'https://other.supabase.co/auth/v1' })))).toBe(
      UNVERIFIED,
    );
    expect(await refusal(verify(await token({ audience: 'anon' })))).toBe(UNVERIFIED);
    expect(await refusal(verify(await token({ expires: null })))).toBe(UNVERIFIED);
    expect(await refusal(verify(await token({ expires: Math.floor(Date.now() / 1000) - 60 })))).toBe(
      '401 token_expired: The session expired; sign in again (or refresh the token).',
    );
  });

  it('refuses a token that names no user (no sub, not a UUID, not a string)', async () => {
    const verify = verifier();
    for (const sub of [undefined, 'anon', `x${USER}`, `${USER}x`, USER.replaceAll('-', ''), 42, [USER]]) {
      expect(await refusal(verify(await token({ claims: { sub } })))).toBe(
        '401 invalid_token: The access token names no user.',
      );
    }
    expect((await verify(await token({ claims: { sub: USER.toUpperCase() } }))).userId).toBe(
      USER.toUpperCase(),
    );
  });

  it('says what is not a JWT at all', async () => {
    expect(await refusal(verifier()('not.a-jwt'))).toBe('401 invalid_token: The access token is not a JWT.');
  });

  it('refuses a key the project does not publish, and a token signed by another key with its kid', async () => {
    const verify = verifier();
    const { privateKey } = await jose.generateKeyPair('ES256');
    expect(await refusal(verify(await token({ kid: 'unknown' })))).toBe(UNVERIFIED);
    expect(await refusal(verify(await token({ key: privateKey })))).toBe(UNVERIFIED);
  });

  it('asks for an unknown key id again only after the cooldown (30 s by default)', async () => {
    const cooled = createTokenVerifier({ supabaseUrl: projectUrl });
    await cooled(await token());
    const before = jwksFetches;
    expect(await refusal(cooled(await token({ kid: 'rotated-in' })))).toBe(UNVERIFIED);
    expect(jwksFetches).toBe(before);
    const eager = verifier();
    await eager(await token());
    await refusal(eager(await token({ kid: 'rotated-in' })));
    expect(jwksFetches).toBe(before + 2);
  });

  describe('legacy projects (HS256 secret)', () => {
    it('verifies an HS256 token with the secret, and asks the JWKS nothing', async () => {
      const before = jwksFetches;
      expect((await verifier({ jwtSecret: SECRET })(await token({ alg: 'HS256' }))).userId).toBe(USER);
      expect(jwksFetches).toBe(before);
    });

    it('checks the issuer, the audience and the expiry of HS256 tokens too', async () => {
      const verify = verifier({ jwtSecret: SECRET });
      const hs = (over: TokenOptions) => token({ alg: 'HS256', ...over });
      expect(await refusal(verify(await hs({ issuer: 'https://other.supabase.co/auth/v1' })))).toBe(
        UNVERIFIED,
      );
      expect(await refusal(verify(await hs({ audience: 'anon' })))).toBe(UNVERIFIED);
      expect(await refusal(verify(await hs({ expires: null })))).toBe(UNVERIFIED);
    });

    it('refuses an HS256 token signed with another secret, or when no secret is configured', async () => {
      const other = new TextEncoder().encode('another-secret-of-at-least-32-characters');
      expect(await refusal(verifier({ jwtSecret: SECRET })(await token({ alg: 'HS256', key: other })))).toBe(
        UNVERIFIED,
      );
      expect(await refusal(verifier()(await token({ alg: 'HS256' })))).toBe(UNVERIFIED);
    });

    it('still verifies the project’s asymmetric tokens, and no other HMAC', async () => {
      const verify = verifier({ jwtSecret: SECRET });
      expect((await verify(await token({ alg: 'ES256' }))).userId).toBe(USER);
      expect(await refusal(verify(await token({ alg: 'HS512' })))).toBe(UNVERIFIED);
    });
  });

  describe('keys given inline (SUPABASE_JWKS)', () => {
    it('verifies with them without a fetch', async () => {
      const before = jwksFetches;
      const verify = verifier({ jwks: { keys: [keys.ES256?.jwk as Record<string, unknown>] } });
      expect((await verify(await token())).userId).toBe(USER);
      expect(jwksFetches).toBe(before);
    });

    it('fetches a key rotated in since (an unknown kid)', async () => {
      const before = jwksFetches;
      const verify = verifier({ jwks: { keys: [keys.ES256?.jwk as Record<string, unknown>] } });
      expect((await verify(await token({ alg: 'RS256' }))).userId).toBe(USER);
      expect(jwksFetches).toBe(before + 1);
    });

    it('refuses, without asking the project, when an inline key is broken', async () => {
      const { x: _, ...broken } = keys.ES256?.jwk ?? {};
      const before = jwksFetches;
      const verify = verifier({ jwks: { keys: [broken] } });
      expect(await refusal(verify(await token()))).toBe(UNVERIFIED);
      expect(jwksFetches).toBe(before);
    });
  });
});
