/**
 * A local fake of the Supabase Auth endpoints the app needs: the project's JWKS (asymmetric
 * signing keys, rotatable), tokens signed like Supabase signs them (ES256 with a kid, or the
 * legacy HS256 secret) with the claims Supabase puts in, and the few GoTrue endpoints the PWA's
 * real supabase-js client calls: email one-time code and magic link (`/otp`, `/verify`; the
 * "mail" is read from `mailbox`), anonymous sign-in (`/signup`), refresh
 * (`/token?grant_type=refresh_token`), the user (`GET|PUT /user`, an email added to an anonymous
 * user is confirmed with a code) and `/logout`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as jose from 'jose';

export interface FakeSupabaseAuth {
  url: string;
  /** Its HTTP server: a fake of another Supabase service can answer on the same origin (Realtime's WebSocket). */
  server: Server;
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
  /** The codes and magic links "sent by mail", newest last. */
  mailbox: { email: string; code: string; link: string; type: 'email' | 'email_change' }[];
  /** Lifetime of the access tokens the endpoints issue, in seconds (default 3600). */
  setAccessTokenSeconds(seconds: number): void;
  /** How many sessions were refreshed, and every call by path. */
  refreshes: number;
  requests: { method: string; path: string }[];
  /** The user id behind an email (or undefined). */
  userIdOf(email: string): string | undefined;
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

type TokenOptions = Parameters<FakeSupabaseAuth['token']>[1];

export interface FakeSupabaseAuthOptions {
  port?: number;
  /** Called when a user is created, as GoTrue writes auth.users: the test mirrors it in its database. */
  onUserCreated?: (userId: string) => Promise<void>;
  /**
   * The project URL callers use when a gateway fronts this fake (Supabase's puts Auth and the
   * functions on one origin): the tokens' issuer and the mailed links name it. Default: `url`.
   */
  publicUrl?: string;
  /** A project still on the legacy JWT secret: its JWKS lists no key, its sessions are HS256. */
  legacy?: boolean;
  /**
   * A project half-way through its move to signing keys: it publishes its ES256 key while its
   * sessions are still signed HS256 with the legacy secret.
   */
  halfway?: boolean;
}

export async function startFakeSupabaseAuth(
  options: FakeSupabaseAuthOptions = {},
): Promise<FakeSupabaseAuth> {
  let keys: Key[] = [await newKey()];
  const stranger = await newKey();
  const jwtSecret = 'super-secret-jwt-token-with-at-least-32-characters-long';
  let jwksRequests = 0;
  const sign = (userId: string, over: TokenOptions = {}, claims: Record<string, unknown> = {}) => {
    const jwt = new jose.SignJWT({ role: 'authenticated', aal: 'aal1', is_anonymous: false, ...claims })
      .setSubject(userId)
      .setIssuer(over.issuer ?? `${publicUrl}/auth/v1`)
      .setAudience(over.audience ?? 'authenticated')
      .setIssuedAt()
      .setExpirationTime(over.expiresIn ?? '1h');
    if (over.hs256 ?? (options.legacy || options.halfway))
      return jwt.setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(jwtSecret));
    const key = over.key === 'stranger' ? stranger : (keys.at(-1) as Key);
    return jwt.setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' }).sign(key.privateKey);
  };
  let accessTokenSeconds = 3600;
  let refreshes = 0;
  const mailbox: FakeSupabaseAuth['mailbox'] = [];
  const requests: FakeSupabaseAuth['requests'] = [];
  const users = new Map<
    string,
    { id: string; email: string | null; anonymous: boolean; metadata: Record<string, unknown> }
  >();
  const refreshTokens = new Map<string, string>();
  const pendingCodes = new Map<string, { userId: string; type: 'email' | 'email_change'; email: string }>();
  let url = '';
  let publicUrl = '';

  const userJson = (id: string) => {
    const u = users.get(id);
    return {
      id,
      aud: 'authenticated',
      role: 'authenticated',
      email: u?.email ?? '',
      is_anonymous: u?.anonymous ?? false,
      app_metadata: { provider: u?.anonymous ? 'anonymous' : 'email' },
      user_metadata: u?.metadata ?? {},
      created_at: '2026-11-24T00:00:00Z',
    };
  };
  const sessionJson = async (userId: string) => {
    const u = users.get(userId);
    const refresh = crypto.randomUUID();
    refreshTokens.set(refresh, userId);
    const access = await sign(
      userId,
      { expiresIn: `${accessTokenSeconds}s` },
      {
        email: u?.email ?? '',
        is_anonymous: u?.anonymous ?? false,
        user_metadata: u?.metadata ?? {},
      },
    );
    return {
      access_token: access,
      token_type: 'bearer',
      expires_in: accessTokenSeconds,
      expires_at: Math.floor(Date.now() / 1000) + accessTokenSeconds,
      refresh_token: refresh,
      user: userJson(userId),
    };
  };
  const userOfBearer = async (req: IncomingMessage): Promise<string | null> => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return null;
    try {
      const key = keys.at(-1) as Key;
      const { payload } = await jose.jwtVerify(token, await jose.importJWK(key.publicJwk, 'ES256'));
      return payload.sub ?? null;
    } catch {
      return null;
    }
  };
  const sendCode = (email: string, userId: string, type: 'email' | 'email_change', redirectTo: string) => {
    const code = String(Math.floor(100000 + Math.random() * 900000));
    pendingCodes.set(`${email}:${code}`, { userId, type, email });
    const link = `${publicUrl}/auth/v1/verify?token=${code}&type=${type === 'email' ? 'magiclink' : type}&email=${encodeURIComponent(email)}&redirect_to=${encodeURIComponent(redirectTo)}`;
    mailbox.push({ email, code, link, type });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    requests.push({ method: req.method ?? '', path: req.url ?? '' });
    res.setHeader('access-control-allow-origin', req.headers.origin ?? '*');
    res.setHeader('access-control-allow-methods', 'GET, POST, PUT, DELETE, OPTIONS');
    res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? '*');
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      res.end();
      return;
    }
    const json = (status: number, body: unknown) => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    };
    const fail = (status: number, code: string, msg: string) =>
      json(status, { code: status, error_code: code, msg });
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;

    if (path === '/auth/v1/.well-known/jwks.json') {
      jwksRequests++;
      return json(200, { keys: options.legacy ? [] : keys.map((k) => k.publicJwk) });
    }
    if (req.method === 'POST' && path === '/auth/v1/otp') {
      const email = String(body.email ?? '').toLowerCase();
      if (!/^[^@\s]+@[^@\s]+$/.test(email)) return fail(400, 'validation_failed', 'Invalid email');
      let user = [...users.values()].find((u) => u.email === email);
      if (!user) {
        // A new user's profile, as GoTrue takes it from signInWithOtp's `options.data`.
        const metadata = (body.data ?? {}) as Record<string, unknown>;
        user = { id: crypto.randomUUID(), email, anonymous: false, metadata };
        users.set(user.id, user);
        await options.onUserCreated?.(user.id);
      }
      sendCode(email, user.id, 'email', query.get('redirect_to') ?? '');
      return json(200, {});
    }
    if (path === '/auth/v1/verify') {
      // POST from verifyOtp (a typed code), GET from a mail's magic link.
      const email = String(body.email ?? query.get('email') ?? '').toLowerCase();
      const code = String(body.token ?? query.get('token') ?? '');
      const pending = pendingCodes.get(`${email}:${code}`);
      if (!pending) return fail(403, 'otp_expired', 'Token has expired or is invalid');
      pendingCodes.delete(`${email}:${code}`);
      const user = users.get(pending.userId);
      if (user && pending.type === 'email_change') {
        user.email = pending.email;
        user.anonymous = false;
      }
      const session = await sessionJson(pending.userId);
      if (req.method === 'GET') {
        const hash = new URLSearchParams({
          access_token: session.access_token,
          refresh_token: session.refresh_token,
          expires_in: String(session.expires_in),
          expires_at: String(session.expires_at),
          token_type: 'bearer',
          type: 'magiclink',
        });
        res.statusCode = 303;
        res.setHeader('location', `${query.get('redirect_to') ?? '/'}#${hash}`);
        res.end();
        return;
      }
      return json(200, session);
    }
    if (req.method === 'POST' && path === '/auth/v1/signup') {
      const id = crypto.randomUUID();
      users.set(id, { id, email: null, anonymous: true, metadata: {} });
      await options.onUserCreated?.(id);
      return json(200, await sessionJson(id));
    }
    if (req.method === 'POST' && path === '/auth/v1/token' && query.get('grant_type') === 'refresh_token') {
      const userId = refreshTokens.get(String(body.refresh_token ?? ''));
      if (!userId)
        return fail(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
      refreshTokens.delete(String(body.refresh_token));
      refreshes++;
      return json(200, await sessionJson(userId));
    }
    if (path === '/auth/v1/user') {
      const userId = await userOfBearer(req);
      if (!userId) return fail(401, 'bad_jwt', 'invalid JWT');
      if (req.method === 'PUT' && typeof body.email === 'string') {
        sendCode(body.email.toLowerCase(), userId, 'email_change', query.get('redirect_to') ?? '');
        return json(200, { ...userJson(userId), new_email: body.email });
      }
      return json(200, userJson(userId));
    }
    if (req.method === 'POST' && path === '/auth/v1/logout') {
      res.statusCode = 204;
      res.end();
      return;
    }
    fail(404, 'not_found', 'not found');
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  // Never closes an idle connection (Node's 5 s default): a test thread blocked longer than that
  // would have its next call sent on a socket being closed (fake-telegram.ts says how it failed).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  publicUrl = options.publicUrl?.replace(/\/+$/, '') ?? url;
  const fake: FakeSupabaseAuth = {
    url,
    server,
    jwtSecret,
    jwksRequests: 0,
    token: (userId, over = {}) => sign(userId, over),
    async rotate() {
      keys = [...keys, await newKey()];
    },
    mailbox,
    setAccessTokenSeconds: (seconds) => {
      accessTokenSeconds = seconds;
    },
    refreshes: 0,
    requests,
    userIdOf: (email) => [...users.values()].find((u) => u.email === email.toLowerCase())?.id,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  Object.defineProperty(fake, 'jwksRequests', { get: () => jwksRequests });
  Object.defineProperty(fake, 'refreshes', { get: () => refreshes });
  return fake;
}
