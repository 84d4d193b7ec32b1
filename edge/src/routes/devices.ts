/**
 * Pairing and devices: POST /pair (a one-time code → a device token), POST /pair/codes (the
 * server's own `pnpm pair`, with the secret file only the local user can read), GET|POST
 * /devices, DELETE /devices/:id, POST /events/ticket (the change stream's ticket), and in
 * Supabase mode POST /telegram/link (the code a user sends the bot as `/start <code>`).
 */
import {
  type DeviceList,
  type EventTicket,
  NewDeviceSchema,
  type NewToken,
  type PairingCode,
  PairingCodeRequestSchema,
  PairRequestSchema,
  type TelegramLink,
} from '@voicetrack/shared';
import { Hono, type MiddlewareHandler } from 'hono';
import type { FailureBudget } from '../devices/failure-budget.ts';
import { newCode, newToken, sameSecret, sha256Hex } from '../devices/secrets.ts';
import { ApiError } from '../errors.ts';
import { claimsOf } from '../http/access.ts';
import type { AppEnv } from '../http/app-env.ts';
import { limitBody, strictJson, valid } from '../http/validate.ts';
import type { CodePurpose, DeviceStore, Owner, PairingStore } from '../ports.ts';

export const CODE_TTL_MS = 10 * 60_000;
const TICKET_TTL_MS = 60_000;

export interface DeviceRouteDeps {
  devices: DeviceStore;
  pairing: PairingStore;
  publicUrl: string;
  /** What `pnpm pair` reads from DATA_DIR (Node); null where there is no such file (Deno). */
  pairingSecret: string | null;
  /** Supabase mode: devices belong to signed-in users; codes come from the app, not `pnpm pair`. */
  multiUser: boolean;
  /** Failed codes, all addresses together: guessing stops long before it could succeed. */
  failures: FailureBudget;
  /** Attempts per client address (the app's rate limiter). */
  attemptLimit: MiddlewareHandler<AppEnv>;
  issueTicket: (tokenHash: string, ttlMs: number) => Promise<{ ticket: string; expiresAt: number }>;
  /** Told of each revoke (`revoked`), so the device's open change streams end at once. */
  revocations: EventTarget;
}

const body = [limitBody(4 * 1024, 'The body'), strictJson] as const;

/** Creates a one-time code for the owner; returns it in clear (only its digest is kept). */
export async function createCode(
  pairing: PairingStore,
  owner: Owner,
  purpose: CodePurpose,
  name: string | null,
  now = Date.now(),
): Promise<{ code: string; expiresAt: string }> {
  const code = newCode();
  const expiresAt = new Date(now + CODE_TTL_MS).toISOString();
  await pairing.create(owner, { codeHash: await sha256Hex(code), purpose, name, expiresAt });
  return { code, expiresAt };
}

export function deviceRoutes(deps: DeviceRouteDeps) {
  const ownerOfCode = (userId: string | null): Owner =>
    userId ? { userId, claims: claimsOf(userId) } : { userId: null };

  return new Hono<AppEnv>()
    .post('/pair', deps.attemptLimit, ...body, valid('json', PairRequestSchema), async (c) => {
      deps.failures.check();
      const { code, name } = c.req.valid('json');
      const redeemed = await deps.pairing.redeem(await sha256Hex(code), 'device');
      if (!redeemed) {
        deps.failures.record();
        throw new ApiError(
          401,
          'invalid_code',
          'This code is unknown, used or expired: run `pnpm pair` again.',
        );
      }
      const token = newToken();
      const device = await deps.devices.create(ownerOfCode(redeemed.userId), {
        name: redeemed.name ?? name ?? 'Appareil',
        tokenHash: await sha256Hex(token),
      });
      const answer: NewToken = { token, deviceId: device.id, name: device.name };
      return c.json(answer, 201);
    })
    .post('/pair/codes', ...body, valid('json', PairingCodeRequestSchema), async (c) => {
      if (deps.multiUser || !deps.pairingSecret)
        throw new ApiError(404, 'not_found', 'Codes come from `pnpm pair` on a local-mode server only.');
      if (!sameSecret(c.req.header('x-pairing-secret') ?? '', deps.pairingSecret))
        throw new ApiError(
          401,
          'invalid_token',
          'X-Pairing-Secret must be the secret the server wrote in DATA_DIR.',
        );
      const { code, expiresAt } = await createCode(
        deps.pairing,
        { userId: null },
        'device',
        c.req.valid('json').name ?? null,
      );
      const answer: PairingCode = { code, url: `${deps.publicUrl}/#pair=${code}`, expiresAt };
      return c.json(answer, 201);
    })
    .get('/devices', async (c) => {
      const owner = c.get('owner');
      const list: DeviceList = {
        devices: (await deps.devices.list(owner)).map((d) => ({ ...d, current: d.id === owner.deviceId })),
      };
      return c.json(list, 200);
    })
    .post('/devices', ...body, valid('json', NewDeviceSchema), async (c) => {
      const owner = c.get('owner');
      // A leaked Shortcut token must not mint more tokens: in Supabase mode only a signed-in session can.
      if (deps.multiUser && owner.deviceId)
        throw new ApiError(403, 'forbidden', 'Create personal tokens from the app, signed in.');
      const token = newToken();
      const device = await deps.devices.create(owner, {
        name: c.req.valid('json').name,
        tokenHash: await sha256Hex(token),
      });
      const answer: NewToken = { token, deviceId: device.id, name: device.name };
      return c.json(answer, 201);
    })
    .delete('/devices/:id', async (c) => {
      if (!(await deps.devices.revoke(c.get('owner'), c.req.param('id'))))
        throw new ApiError(404, 'not_found', 'No device with this id.');
      deps.revocations.dispatchEvent(new Event('revoked'));
      return c.body(null, 204);
    })
    .post('/events/ticket', async (c) => {
      const tokenHash = c.get('deviceTokenHash');
      if (!tokenHash)
        throw new ApiError(400, 'bad_request', 'Stream tickets are for requests made with a device token.');
      const { ticket, expiresAt } = await deps.issueTicket(tokenHash, TICKET_TTL_MS);
      const answer: EventTicket = { ticket, expiresAt: new Date(expiresAt).toISOString() };
      return c.json(answer, 201);
    })
    .post('/telegram/link', async (c) => {
      const owner = c.get('owner');
      if (!deps.multiUser || !owner.userId || owner.deviceId)
        throw new ApiError(
          404,
          'not_found',
          'Linking a chat is for signed-in users (Supabase mode); a local server serves TELEGRAM_ALLOWED_CHAT_IDS.',
        );
      const { code, expiresAt } = await createCode(deps.pairing, owner, 'telegram', null);
      const answer: TelegramLink = { code, command: `/start ${code}`, expiresAt };
      return c.json(answer, 201);
    });
}
