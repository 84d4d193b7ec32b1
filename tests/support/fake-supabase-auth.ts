/**
 * A local fake of the Supabase Auth endpoints the app needs: the project's JWKS (asymmetric
 * signing keys, rotatable), and tokens signed like Supabase signs them (ES256 with a kid, or
 * the legacy HS256 secret), with the claims Supabase puts in.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as jose from 'jose';

export interface FakeSupabaseAuth {
  url: string;
  jwtSecret: string;
  /** A token for a user; `over` changes claims or how it is signed. */
  token(
    userId: string,
    over?: {
      expiresIn?: string;
      issuer?: string;
      audience?: string;
      hs256?: boolean;
      key?: 'current' | 'stranger';
    },
  ): Promise<string>;
  /** Publishes a new signing key (and keeps the old one, as Supabase does during a rotation). */
  rotate(): Promise<void>;
  jwksRequests: number;
  close(): Promise<void>;
}

interface Key {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: jose.JWK;
}

async function newKey(): Promise<Key> {
  const { privateKey, publicKey } = await jose.generateKeyPair('ES256', { extractable: true });
  const kid = crypto.randomUUID();
  return {
    kid,
    privateKey,
    publicJwk: { ...(await jose.exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
  };
}

export async function startFakeSupabaseAuth(): Promise<FakeSupabaseAuth> {
  let keys: Key[] = [await newKey()];
  const stranger = await newKey();
  const jwtSecret = 'super-secret-jwt-token-with-at-least-32-characters-long';
  let jwksRequests = 0;
  const server = createServer((req, res) => {
    if (req.url === '/auth/v1/.well-known/jwks.json') {
      jwksRequests++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: keys.map((k) => k.publicJwk) }));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fake: FakeSupabaseAuth = {
    url,
    jwtSecret,
    jwksRequests: 0,
    async token(userId, over = {}) {
      const jwt = new jose.SignJWT({ role: 'authenticated', aal: 'aal1', is_anonymous: false })
        .setSubject(userId)
        .setIssuer(over.issuer ?? `${url}/auth/v1`)
        .setAudience(over.audience ?? 'authenticated')
        .setIssuedAt()
        .setExpirationTime(over.expiresIn ?? '1h');
      if (over.hs256)
        return jwt.setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(jwtSecret));
      const key = over.key === 'stranger' ? stranger : (keys.at(-1) as Key);
      return jwt.setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' }).sign(key.privateKey);
    },
    async rotate() {
      keys = [...keys, await newKey()];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  Object.defineProperty(fake, 'jwksRequests', { get: () => jwksRequests });
  return fake;
}
