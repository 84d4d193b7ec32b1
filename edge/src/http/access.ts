/**
 * Who is asking, for every /api request: a device token (`vt_…`: a paired device, or a personal
 * token for a Shortcut) in either mode, a Supabase JWT in Supabase mode, or nobody — which local
 * mode accepts only with PAIRING=off (loopback). The change stream, opened by EventSource (which
 * sends no header), also takes a short-lived signed ticket in its URL; the token never goes there.
 */
import type { MiddlewareHandler } from 'hono';
import { scopeAllows } from '../devices/scopes.ts';
import { sha256Hex, TOKEN_PREFIX } from '../devices/secrets.ts';
import { ApiError } from '../errors.ts';
import { type DeviceStore, type Owner, userOwner } from '../ports.ts';
import type { AppEnv } from './app-env.ts';
import type { VerifiedUser } from './auth.ts';

export type TicketVerifier = (ticket: string) => Promise<string | null>;

export interface AccessOptions {
  devices: DeviceStore;
  /** Supabase mode: the JWT verifier (http/auth.ts); null in local mode. */
  verifyJwt: ((token: string) => Promise<VerifiedUser>) | null;
  /** Local mode: requests without a device token are refused (PAIRING=required). */
  pairingRequired: boolean;
  /** Exact paths that answer without anybody (health; routes with a secret of their own). */
  openPaths: readonly string[];
  verifyTicket: TicketVerifier;
}

const invalid = () =>
  new ApiError(401, 'invalid_token', 'This device token is unknown or was revoked: pair the device again.');

export function requireAccess(options: AccessOptions): MiddlewareHandler<AppEnv> {
  const open = new Set(options.openPaths);
  const multiUser = options.verifyJwt !== null;

  /** The device behind a token's digest, as the request's owner; throws when it cannot ask. */
  const asDevice = async (c: Parameters<MiddlewareHandler<AppEnv>>[0], tokenHash: string) => {
    const device = await options.devices.authenticate(tokenHash);
    // A token belongs to one mode: a user's in Supabase mode, the single local user's otherwise.
    if (!device || (device.userId === null) === multiUser) throw invalid();
    // Whoever reached the server while pairing was off could have made it: not once pairing is on.
    if (device.openDoor && options.pairingRequired)
      throw new ApiError(
        401,
        'invalid_token',
        'This token was made while pairing was off, and this server now requires pairing: pair the device again.',
      );
    if (!scopeAllows(device.scope, c.req.method, c.req.path))
      throw new ApiError(
        403,
        'insufficient_scope',
        'This token may only send notes (POST /api/voice, /api/text, /api/receipts) and read GET /api/devices/current; use a paired phone for the rest.',
      );
    const owner: Owner = device.userId
      ? userOwner(device.userId, device.deviceId)
      : { userId: null, deviceId: device.deviceId };
    c.set('owner', owner);
    c.set('access', { kind: 'device', scope: device.scope, openDoor: device.openDoor });
    c.set('deviceTokenHash', tokenHash);
  };

  return async (c, next) => {
    c.set('access', { kind: 'nobody' });
    if (c.req.method === 'OPTIONS' || open.has(c.req.path)) return next();
    // Stryker disable next-line StringLiteral: without the header, any text that is no bearer token reads the same
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (bearer?.startsWith(TOKEN_PREFIX)) {
      await asDevice(c, await sha256Hex(bearer));
      return next();
    }
    const ticket = c.req.method === 'GET' && c.req.path === '/api/events' ? c.req.query('ticket') : undefined;
    if (ticket) {
      const tokenHash = await options.verifyTicket(ticket);
      if (!tokenHash)
        throw new ApiError(
          401,
          'token_expired',
          'This stream ticket expired or was used: ask for a new one.',
        );
      await asDevice(c, tokenHash);
      return next();
    }
    if (options.verifyJwt) {
      if (!bearer)
        throw new ApiError(
          401,
          'missing_token',
          'Sign in: this request needs an Authorization: Bearer token.',
        );
      const user = await options.verifyJwt(bearer);
      c.set('owner', { userId: user.userId, claims: user.claims });
      c.set('access', { kind: 'session' });
      return next();
    }
    // An API message in plain words, read by whoever holds the device (the CLI's name is in the
    // server's start log and the README).
    if (options.pairingRequired)
      throw new ApiError(
        401,
        'missing_token',
        'This server only answers paired devices: pair this one with the code shown on the computer that runs VoiceTrack, then send its token as Authorization: Bearer <token>.',
      );
    return next();
  };
}
