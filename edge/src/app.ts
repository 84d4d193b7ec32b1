import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { requestId } from 'hono/request-id';
import type { CaptureDeps } from './capture/process-capture.ts';
import { createChangeHub } from './changes/change-hub.ts';
import type { DoorsConfig } from './config/doors.ts';
import type { TelegramConfig } from './config/telegram.ts';
import { failureBudget } from './devices/failure-budget.ts';
import { createTicketSigner, timingSafeEqual } from './devices/secrets.ts';
import { ApiError } from './errors.ts';
import { requireAccess } from './http/access.ts';
import type { AppEnv } from './http/app-env.ts';
import { type AuthOptions, createTokenVerifier } from './http/auth.ts';
import { rateLimit } from './http/rate-limit.ts';
import { respondError } from './http/respond-error.ts';
import { corsFor, privateNoStore, refuseCrossSite, securityHeaders } from './http/security.ts';
import type { Money } from './money/money.ts';
import { createLogger, type Logger } from './observe/logger.ts';
import { createObservability } from './observe/observability.ts';
import { type ExpenseParser, LOCAL_OWNER, type Store, type Transcriber } from './ports.ts';
import { budgetRoutes } from './routes/budgets.ts';
import { captureRoutes } from './routes/captures.ts';
import { deviceRoutes } from './routes/devices.ts';
import { eventRoutes } from './routes/events.ts';
import { expenseRoutes } from './routes/expenses.ts';
import { exportRoutes } from './routes/exports.ts';
import { healthRoutes } from './routes/health.ts';
import { learningRoutes } from './routes/learning.ts';
import { ledgerExportRoutes } from './routes/ledger-exports.ts';
import { pushRoutes } from './routes/push.ts';
import { recurringRoutes } from './routes/recurring.ts';
import { reportRoutes, usageRoutes } from './routes/report.ts';
import { statementRoutes } from './routes/statements.ts';
import { telegramRoutes } from './routes/telegram.ts';
import { createBankWatch } from './statements/bank-watch.ts';
import { createBotApi } from './telegram/bot-api.ts';
import { retryPending } from './telegram/pending.ts';

export interface AppDeps {
  store: Store;
  transcriber: Transcriber | null;
  parser: ExpenseParser | null;
  defaultCurrency: string;
  captureLeaseSeconds: number;
  captureWaitMs: number;
  logger?: Logger;
  rateLimitPerMinute?: number;
  /** Imports per minute per user (or client address): each can hold up to 50,000 rows. */
  importsPerMinute?: number;
  /** Bearer token /api/metrics asks for; in Supabase mode metrics are off without one. */
  metricsToken?: string | undefined;
  corsOrigins?: readonly string[];
  /** Origins the page may connect to besides its own (Supabase). */
  connectSrc?: readonly string[];
  /** The client's address, from the runtime (rate limits without auth). */
  clientAddress?: (c: Context<AppEnv>) => string | undefined;
  /** The host the request was addressed to (same-origin checks). */
  requestHost?: (c: Context<AppEnv>) => string | undefined;
  /** Supabase mode: verify each request's JWT and run its queries as that user. */
  auth?: AuthOptions | null;
  /** Local mode: `required` answers only paired devices (tokens); `off` answers anyone (loopback). */
  pairing?: DoorsConfig['pairing'];
  /** The address the phone opens (pairing links). */
  publicUrl?: string;
  /** The secret `pnpm pair` reads from DATA_DIR (Node); none: no pairing codes from this process. */
  pairingSecret?: string | null;
  /** The Telegram bot's webhook (TELEGRAM_BOT_TOKEN + TELEGRAM_WEBHOOK_SECRET). */
  telegram?: TelegramConfig | null;
  /** A fetch for the Bot API (tests pass one that refuses unplanned hosts). */
  fetch?: typeof fetch;
  /** Given the way to try kept Telegram updates again (the Node server runs it every minute). */
  onTelegramRetry?: (retry: () => Promise<number>) => void;
  /** Budget alerts after writes, Web Push, recurring expenses (money/money.ts). */
  money: Money;
}

/** Builds the API. Web-standard only: the same app runs on Node and on Deno (Supabase). */
export function createApp(deps: AppDeps) {
  const logger = deps.logger ?? createLogger();
  const observe = createObservability(logger, deps.store.health);
  const transcriber = observe.transcriber(deps.transcriber);
  const parser = observe.parser(deps.parser);
  // New and edited expenses are matched with the bank's open lines, after the answer.
  const bank = createBankWatch(deps.store.reconcile, deps.money.background);
  const capture: CaptureDeps = {
    captures: deps.store.captures,
    usage: deps.store.usage,
    learning: deps.store.learning,
    transcriber,
    parser,
    leaseSeconds: deps.captureLeaseSeconds,
    waitMs: deps.captureWaitMs,
    defaultCurrency: deps.defaultCurrency,
    watch: deps.money.watch,
    bank,
  };
  const { money } = deps;
  const fail = (error: unknown, c: Parameters<typeof respondError>[1]) => respondError(error, c, logger);

  const security = { corsOrigins: deps.corsOrigins ?? [], connectSrc: deps.connectSrc ?? [] };
  const keyOf = (c: Context<AppEnv>) => {
    const owner = c.get('owner');
    return owner.userId ? `user:${owner.userId}` : `ip:${deps.clientAddress?.(c) ?? 'unknown'}`;
  };
  const limiter = rateLimit({ perMinute: deps.rateLimitPerMinute ?? 60, keyOf });
  const importLimiter = rateLimit({ perMinute: deps.importsPerMinute ?? 5, keyOf, what: 'imports' });
  const hostOf =
    deps.requestHost ?? ((c: Context<AppEnv>) => c.req.header('host') ?? new URL(c.req.url).host);
  // Codes are 50 bits and live 10 minutes: 10 tries a minute per address, 30 wrong ones in 10
  // minutes across all addresses, and guessing one is out of reach.
  const failures = failureBudget(30, 10 * 60_000);
  const pairLimiter = rateLimit({
    perMinute: 10,
    keyOf: (c) => `ip:${deps.clientAddress?.(c) ?? 'unknown'}`,
    what: 'pairing attempts',
  });
  const signer = createTicketSigner();
  // A revoke ends the device's open change streams (routes/devices.ts → routes/events.ts).
  const revocations = new EventTarget();
  const multiUser = deps.auth != null;
  // The webhook and the Supabase clock's tick prove themselves with the bot's secret.
  const openPaths = ['/api/health', '/api/pair', '/api/pair/codes', '/api/telegram', '/api/telegram/retry'];
  // Metrics with METRICS_TOKEN check it themselves (and are off in Supabase mode without it).
  if (multiUser || deps.metricsToken) openPaths.push('/api/metrics');
  const tg = deps.telegram;

  const telegramDeps = tg
    ? {
        secret: tg.webhookSecret,
        bot: createBotApi({
          token: tg.botToken,
          apiBase: tg.apiBase,
          ...(deps.fetch ? { fetch: deps.fetch } : {}),
        }),
        botId: tg.botToken.split(':')[0] ?? '',
        capture,
        expenses: deps.store.expenses,
        chats: deps.store.telegramChats,
        pairing: deps.store.pairing,
        allowedChatIds: tg.allowedChatIds,
        multiUser,
        timeZone: tg.timeZone,
        failures,
        pending: deps.store.telegramPending,
        logger,
      }
    : null;
  if (telegramDeps) deps.onTelegramRetry?.(() => retryPending(telegramDeps));

  const api = new Hono<AppEnv>()
    .use(requestId())
    .use(observe.middleware)
    .use(corsFor(security))
    .use(refuseCrossSite({ corsOrigins: security.corsOrigins, hostOf }))
    .use(privateNoStore)
    .use(async (c, next) => {
      c.set('owner', LOCAL_OWNER);
      await next();
    })
    .use(
      requireAccess({
        devices: deps.store.devices,
        verifyJwt: deps.auth ? createTokenVerifier(deps.auth) : null,
        pairingRequired: !multiUser && deps.pairing === 'required',
        openPaths,
        verifyTicket: async (ticket) => (await signer).verify(ticket),
      }),
    )
    .route(
      '/health',
      healthRoutes({
        health: deps.store.health,
        transcriber,
        parser,
        logger,
        // What deploy:check needs to tell a legacy-secret project from a broken one.
        auth: { mode: multiUser ? 'supabase' : 'local', legacySecret: Boolean(deps.auth?.jwtSecret) },
      }),
    )
    .get('/metrics', metricsAccess(deps.metricsToken, deps.auth != null), async (c) =>
      c.text(await observe.metrics.render(), 200, {
        'content-type': 'text/plain; version=0.0.4; charset=utf-8',
      }),
    )
    .use('/voice', limiter)
    .use('/text', limiter)
    .use('/import', importLimiter)
    .use('/push/test', limiter)
    .route('/', captureRoutes(capture, observe.notes))
    .route('/expenses', expenseRoutes(deps.store.expenses, deps.store.learning, money, bank))
    .route('/learned', learningRoutes(deps.store.learning))
    .route('/report', reportRoutes(deps.store.reports, money.runner))
    .route('/usage', usageRoutes(deps.store.usage))
    .route('/budgets', budgetRoutes(deps.store.budgets, money.runner))
    .route('/push', pushRoutes(deps.store.push, money))
    .route('/recurring', recurringRoutes(deps.store.recurring, money))
    .route(
      '/events',
      eventRoutes({ hub: createChangeHub(deps.store.changes), devices: deps.store.devices, revocations }),
    )
    .route(
      '/',
      deviceRoutes({
        devices: deps.store.devices,
        pairing: deps.store.pairing,
        publicUrl: deps.publicUrl ?? '',
        pairingSecret: deps.pairingSecret ?? null,
        multiUser,
        failures,
        attemptLimit: pairLimiter,
        issueTicket: async (hash, ttl) => (await signer).issue(hash, ttl),
        revocations,
      }),
    )
    .route('/telegram', telegramRoutes(telegramDeps))
    .route('/', exportRoutes(deps.store, money.watch))
    .route('/', ledgerExportRoutes(deps.store.expenses))
    .route(
      '/',
      statementRoutes({
        statements: deps.store.statements,
        reconcile: deps.store.reconcile,
        learning: deps.store.learning,
        defaultCurrency: deps.defaultCurrency,
        watch: money.watch,
      }),
    );
  api.onError(fail);
  api.notFound((c) => fail(new ApiError(404, 'not_found', `No route ${c.req.method} ${c.req.path}.`), c));

  const app = new Hono<AppEnv>();
  app.use(securityHeaders(security));
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
