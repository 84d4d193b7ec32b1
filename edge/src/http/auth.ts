/**
 * Supabase mode: every request but the open ones carries `Authorization: Bearer <JWT>` (or a
 * personal token: http/access.ts decides which), verified here (the platform's verify_jwt flag does not handle the new signing keys): against
 * the project's JWKS (asymmetric keys, cached, refetched on an unknown kid) or, for older
 * projects, the legacy HS256 secret; expiry, audience `authenticated` and issuer are checked.
 */
import * as jose from 'jose';
import { ApiError } from '../errors.ts';

export interface AuthOptions {
  supabaseUrl: string;
  /** Legacy projects: the HS256 secret. */
  jwtSecret?: string | undefined;
  /** The project's keys given inline (SUPABASE_JWKS): no fetch; an unknown kid is still fetched. */
  jwks?: { keys: Record<string, unknown>[] } | undefined;
  /**
   * Least time between two JWKS fetches for an unknown key id (default 30 s): a flood of forged
   * kids cannot make us hammer the project. Supabase publishes a new key before signing with it.
   */
  jwksCooldownMs?: number;
}

export interface VerifiedUser {
  userId: string;
  claims: Record<string, unknown>;
}

const ASYMMETRIC = ['ES256', 'RS256', 'EdDSA'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createTokenVerifier(options: AuthOptions): (token: string) => Promise<VerifiedUser> {
  const base = options.supabaseUrl.replace(/\/$/, '');
  const issuer = `${base}/auth/v1`;
  const remote = jose.createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`), {
    cacheMaxAge: 10 * 60 * 1000,
    // Stryker disable next-line LogicalOperator: jose's own default cooldown is 30 s too; ours is said here so it cannot drift
    cooldownDuration: options.jwksCooldownMs ?? 30_000,
  });
  const inline = options.jwks ? jose.createLocalJWKSet(options.jwks as jose.JSONWebKeySet) : null;
  // Keys given inline save the fetch; a key rotated in since the function started is fetched.
  const jwks: jose.JWTVerifyGetKey = inline
    ? async (header, token) => {
        try {
          return await inline(header, token);
        } catch (error) {
          if (error instanceof jose.errors.JWKSNoMatchingKey) return remote(header, token);
          throw error;
        }
      }
    : remote;
  const secret = options.jwtSecret ? new TextEncoder().encode(options.jwtSecret) : null;
  return async (token) => {
    let header: jose.ProtectedHeaderParameters;
    try {
      header = jose.decodeProtectedHeader(token);
    } catch {
      throw new ApiError(401, 'invalid_token', 'The access token is not a JWT.');
    }
    // A token without an expiry would be valid forever: refused.
    const common = { issuer, audience: 'authenticated', requiredClaims: ['exp'] };
    try {
      // Stryker disable next-line ConditionalExpression,StringLiteral: without it, the asymmetric check below refuses the HS256 token the same way; this says why
      if (header.alg === 'HS256' && !secret) throw new Error('HS256 tokens need SUPABASE_JWT_SECRET');
      const { payload } =
        header.alg === 'HS256' && secret
          ? await jose.jwtVerify(token, secret, { ...common, algorithms: ['HS256'] })
          : await jose.jwtVerify(token, jwks, { ...common, algorithms: ASYMMETRIC });
      if (typeof payload.sub !== 'string' || !UUID.test(payload.sub)) {
        throw new ApiError(401, 'invalid_token', 'The access token names no user.');
      }
      return { userId: payload.sub, claims: payload as Record<string, unknown> };
    } catch (error) {
      if (error instanceof ApiError) throw error;
      if (error instanceof jose.errors.JWTExpired) {
        throw new ApiError(
          401,
          'token_expired',
          'The session expired; sign in again (or refresh the token).',
        );
      }
      throw new ApiError(401, 'invalid_token', 'The access token could not be verified.');
    }
  };
}
