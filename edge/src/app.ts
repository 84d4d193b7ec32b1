/**
 * The Hono app: middleware in order, then every route mounted under /api. Everything it mounts
 * comes built (wire.ts, the composition root): nothing here opens, creates or schedules.
 * Web-standard only: the same app runs on Node and on Deno (Supabase).
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { requestId } from 'hono/request-id';
import type { CaptureDeps } from './capture/process-capture.ts';
import { timingSafeEqual } from './devices/secrets.ts';
import { ApiError } from './errors.ts';
import { type AccessOptions, requireAccess } from './http/access.ts';
import type { AppEnv } from './http/app-env.ts';
import { bodyLimitOf } from './http/body-limits.ts';
import { idempotencyKeys } from './http/idempotency.ts';
import { answerOwnNames } from './http/own-names.ts';
import { respondError } from './http/respond-error.ts';
import {
  corsFor,
  privateNoStore,
  refuseCrossSite,
  type SecurityOptions,
  securityHeaders,
} from './http/security.ts';
import type { Logger } from './observe/logger.ts';
import type { Observability } from './observe/observability.ts';
import { type IdempotencyStore, LOCAL_OWNER } from './ports.ts';
import { budgetRoutes } from './routes/budgets.ts';
import { captureRoutes } from './routes/captures.ts';
import { type DeviceRouteDeps, deviceRoutes } from './routes/devices.ts';
import { type EventRouteDeps, eventRoutes } from './routes/events.ts';
import { expenseRoutes } from './routes/expenses.ts';
import { exportRoutes } from './routes/exports.ts';
import { type HealthRouteDeps, healthRoutes } from './routes/health.ts';
import { type HouseholdRouteDeps, householdRoutes } from './routes/households.ts';
import { learningRoutes } from './routes/learning.ts';
import { ledgerExportRoutes } from './routes/ledger-exports.ts';
import { pushRoutes } from './routes/push.ts';
import { type ReceiptRouteDeps, receiptRoutes } from './routes/receipts.ts';
import { recurringRoutes } from './routes/recurring.ts';
import { reportRoutes, usageRoutes } from './routes/report.ts';
import { statementRoutes } from './routes/statements.ts';
import { type TelegramRouteDeps, telegramRoutes } from './routes/telegram.ts';

export interface AppDeps {
  logger: Logger;
  observe: Pick<Observability, 'metrics' | 'notes'>;
  /** One log line per request, counted by route and status (http/request-log.ts). */
  requestLog: MiddlewareHandler<AppEnv>;
  security: SecurityOptions & { hostOf: Parameters<typeof refuseCrossSite>[0]['hostOf'] };
  /** Who asks (http/access.ts), but for the open paths this file names. */
  access: Omit<AccessOptions, 'openPaths'>;
  /** Rate limits: notes (and push tests) and imports per user or address. */
  limits: {
    notes: MiddlewareHandler<AppEnv>;
    imports: MiddlewareHandler<AppEnv>;
    /** Notes with audio received at once (http/upload-slots.ts). */
    uploads: MiddlewareHandler<AppEnv>;
  };
  /** Supabase mode: many users, each request's JWT verified. */
  multiUser: boolean;
  /** Bearer token /api/metrics asks for; in Supabase mode metrics are off without one. */
  metricsToken: string | undefined;
  /** Local mode: the names the server answers besides loopback's (DNS rebinding); null: any. */
  ownNames: { names: readonly string[]; trustProxy: number } | null;
  /** Idempotency-Key answers (http/idempotency.ts). */
  idempotency: IdempotencyStore;
  /** Each route's use cases and ports, built by wire.ts. */
  routes: {
    health: HealthRouteDeps;
    capture: CaptureDeps;
    /** Receipts' photos: read into an expense (POST /receipts), shown and deleted. */
    receipts: Omit<ReceiptRouteDeps, 'notes'>;
    expenses: Parameters<typeof expenseRoutes>[0];
    learning: Parameters<typeof learningRoutes>[0];
    report: Parameters<typeof reportRoutes>[0];
    usage: Parameters<typeof usageRoutes>[0];
    budgets: Parameters<typeof budgetRoutes>[0];
    push: Parameters<typeof pushRoutes>[0];
    recurring: Parameters<typeof recurringRoutes>[0];
    events: EventRouteDeps;
    devices: DeviceRouteDeps;
    households: HouseholdRouteDeps;
    /** The Telegram bot's webhook; null when it is off. */
    telegram: TelegramRouteDeps | null;
    exports: Parameters<typeof exportRoutes>[0];
    ledgerExports: Parameters<typeof ledgerExportRoutes>[0];
    statements: Parameters<typeof statementRoutes>[0];
  };
}

/** Mounts the API's middleware and routes. */
export function createApp(deps: AppDeps) {
  const { routes, security } = deps;
  const fail = (error: unknown, c: Parameters<typeof respondError>[1]) => respondError(error, c, deps.logger);
  // The webhook and the Supabase clock's tick prove themselves with the bot's secret.
  const openPaths = ['/api/health', '/api/pair', '/api/pair/codes', '/api/telegram', '/api/telegram/retry'];
  // Metrics with METRICS_TOKEN check it themselves (and are off in Supabase mode without it).
  if (deps.multiUser || deps.metricsToken) openPaths.push('/api/metrics');

  const api = new Hono<AppEnv>()
    .use(requestId())
    .use(deps.requestLog)
    .use(corsFor(security))
    .use(refuseCrossSite(security))
    .use(privateNoStore)
    .use(async (c, next) => {
      c.set('owner', LOCAL_OWNER);
      await next();
    })
    .use(requireAccess({ ...deps.access, openPaths }))
    .route('/health', healthRoutes(routes.health))
    .get('/metrics', metricsAccess(deps.metricsToken, deps.multiUser), async (c) =>
      c.text(await deps.observe.metrics.render(), 200, {
        'content-type': 'text/plain; version=0.0.4; charset=utf-8',
      }),
    )
    .use('/voice', deps.limits.notes)
    .use('/voice', deps.limits.uploads)
    .use('/text', deps.limits.notes)
    .use('/receipts', deps.limits.notes)
    .use('/receipts', deps.limits.uploads)
    .use('/import', deps.limits.imports)
    .use('/push/test', deps.limits.notes)
    // After the limits: a key's fingerprint reads the body, which a note refused 429 never has read.
    .use(idempotencyKeys({ store: deps.idempotency, openPaths, maxBodyOf: bodyLimitOf }))
    .route('/', captureRoutes(routes.capture, deps.observe.notes))
    .route('/', receiptRoutes({ ...routes.receipts, notes: deps.observe.notes }))
    .route('/expenses', expenseRoutes(routes.expenses))
    .route('/learned', learningRoutes(routes.learning))
    .route('/report', reportRoutes(routes.report))
    .route('/usage', usageRoutes(routes.usage))
    .route('/budgets', budgetRoutes(routes.budgets))
    .route('/push', pushRoutes(routes.push))
    .route('/recurring', recurringRoutes(routes.recurring))
    .route('/events', eventRoutes(routes.events))
    .route('/', deviceRoutes(routes.devices))
    .route('/households', householdRoutes(routes.households))
    .route('/telegram', telegramRoutes(routes.telegram))
    .route('/', exportRoutes(routes.exports))
    .route('/', ledgerExportRoutes(routes.ledgerExports))
    .route('/', statementRoutes(routes.statements));
  api.onError(fail);
  api.notFound((c) => fail(new ApiError(404, 'not_found', `No route ${c.req.method} ${c.req.path}.`), c));

  const app = new Hono<AppEnv>();
  app.use(securityHeaders(security));
  // Before anything else, the page included: a rebound name gets nothing at all.
  if (deps.ownNames) app.use(answerOwnNames(deps.ownNames));
  app.onError(fail);
  app.notFound((c) => fail(new ApiError(404, 'not_found', `No route ${c.req.method} ${c.req.path}.`), c));
  app.use(
    '/api/*',
    methodNotAllowed({
      // Only the API's own routes say which methods work (the PWA's catch-all GET is not one).
      app: {
        get routes() {
          return app.routes.filter((r) => r.path.startsWith('/api'));
        },
      } as typeof app,
      onMethodNotAllowed: (c, methods) => {
        c.header('Allow', methods.join(', '));
        return fail(new ApiError(405, 'method_not_allowed', `Use ${methods.join(', ')} here.`), c);
      },
    }),
  );
  return app.route('/api', api);
}

/**
 * Metrics count every user's notes: with METRICS_TOKEN they need it as a bearer token; without,
 * they are open in local mode (one user) and off in Supabase mode (many users).
 */
function metricsAccess(token: string | undefined, multiUser: boolean): MiddlewareHandler<AppEnv> {
  const expected = token ? new TextEncoder().encode(`Bearer ${token}`) : null;
  return async (c, next) => {
    if (!expected) {
      if (multiUser) throw new ApiError(404, 'not_found', 'Metrics are off: set METRICS_TOKEN to read them.');
      return next();
    }
    const given = new TextEncoder().encode(c.req.header('authorization') ?? '');
    if (!timingSafeEqual(given, expected))
      throw new ApiError(401, 'missing_token', 'Metrics need Authorization: Bearer <METRICS_TOKEN>.');
    await next();
  };
}

export type AppType = ReturnType<typeof createApp>;
