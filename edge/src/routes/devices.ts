/**
 * Pairing and devices: POST /pair (a one-time code → a device token), POST /pair/codes (the
 * server's own `pnpm pair`, with the secret file only the local user can read), GET|POST
 * /devices, DELETE /devices/:id, POST /events/ticket (the change stream's ticket), and in
 * Supabase mode POST /telegram/link (the code a user sends the bot as `/start <code>`).
 * The steps are devices/pairing.ts's; this file checks who may ask and answers in HTTP.
 */
import {
  type EventTicket,
  NewDeviceSchema,
  PairingCodeRequestSchema,
  PairRequestSchema,
} from '@voicetrack/shared';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import {
  createToken,
  currentDevice,
  listDevices,
  type PairingDeps,
  pairDevice,
  pairingCode,
  revokeDevice,
  telegramLink,
} from '../devices/pairing.ts';
import { sameSecret } from '../devices/secrets.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { refusalError } from '../http/refusal.ts';
import { limitBody, strictJson, valid } from '../http/validate.ts';

const TICKET_TTL_MS = 60_000;

export interface DeviceRouteDeps extends PairingDeps {
  /** What `pnpm pair` reads from DATA_DIR (Node); null where there is no such file (Deno). */
  pairingSecret: string | null;
  /** Attempts per client address (the app's rate limiter). */
  attemptLimit: MiddlewareHandler<AppEnv>;
  /** Who asks, as the wrong codes are counted (the client's address). */
  clientOf: (c: Context<AppEnv>) => string;
  issueTicket: (tokenHash: string, ttlMs: number) => Promise<{ ticket: string; expiresAt: number }>;
}

const body = [limitBody(4 * 1024, 'The body'), strictJson] as const;

export function deviceRoutes(deps: DeviceRouteDeps) {
  return new Hono<AppEnv>()
    .post('/pair', deps.attemptLimit, ...body, valid('json', PairRequestSchema), async (c) => {
      const { code, name } = c.req.valid('json');
      const paired = await pairDevice(deps, code, name, deps.clientOf(c));
      if (paired.kind === 'refused') throw refusalError(paired);
      return c.json(paired.token, 201);
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
      const { name, person } = c.req.valid('json');
      return c.json(await pairingCode(deps, name ?? null, person ?? null), 201);
    })
    .get('/devices', async (c) => c.json(await listDevices(deps, c.get('owner')), 200))
    .get('/devices/current', async (c) => {
      const found = await currentDevice(deps, c.get('owner'));
      if (found.kind === 'refused') throw refusalError(found);
      return c.json(found.device, 200);
    })
    .post('/devices', ...body, valid('json', NewDeviceSchema), async (c) => {
      const created = await createToken(deps, c.get('owner'), c.get('access'), c.req.valid('json'));
      if (created.kind === 'refused') throw refusalError(created);
      return c.json(created.token, 201);
    })
    .delete('/devices/:id', async (c) => {
      const revoked = await revokeDevice(deps, c.get('owner'), c.req.param('id'));
      if (revoked.kind === 'refused') throw refusalError(revoked);
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
      const linked = await telegramLink(deps, c.get('owner'));
      if (linked.kind === 'refused') throw refusalError(linked);
      return c.json(linked.link, 201);
    });
}
