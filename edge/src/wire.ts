/**
 * The composition root: from the configuration and an opened store to everything the API runs
 * with — providers, logger and metrics, money (budgets' alerts, Web Push, recurring), the change
 * hub, the stream tickets, rate limits, the Telegram bot — and the `jobs` a long-running
 * process runs on a clock. createApp (app.ts) only mounts routes; server.ts (Node) listens and runs
 * the jobs; deno.ts (Supabase) serves the app; tests/support/edge-app.ts builds it here too.
 * Three parts are built by files of their own that only this one calls: the capture pipeline's
 * and the receipt reader's deps (wire-capture.ts), who a request comes from and how much it may do
 * (wire-limits.ts), and the Telegram bot (wire-telegram.ts).
 */
import type { Context } from 'hono';
import type { SyncOutcome } from './actual/sync-to-actual.ts';
import { createApp } from './app.ts';
import { createImporter } from './backup/import-file.ts';
import { createChangeHub } from './changes/change-hub.ts';
import type { ActualConfig } from './config/actual.ts';
import type { BackupConfig } from './config/backup.ts';
import type { Config } from './config.ts';
import { createTicketSigner } from './devices/secrets.ts';
import type { AppEnv } from './http/app-env.ts';
import { type AuthOptions, createTokenVerifier } from './http/auth.ts';
import { requestHostOf } from './http/client-address.ts';
import { requestLog } from './http/request-log.ts';
import { streamSlots } from './http/stream-slots.ts';
import { type BackupReport, type Job, listJobs } from './jobs.ts';
import type { Background } from './money/background.ts';
import { messageChannels } from './money/message-channels.ts';
import { createMoney } from './money/money.ts';
import { createLogger, type Logger } from './observe/logger.ts';
import { createObservability } from './observe/observability.ts';
import type { ReceiptOcr, Store } from './ports.ts';
import { openProviders } from './providers/open-providers.ts';
import { createWebPushSender } from './providers/web-push-sender.ts';
import { createBankWatch } from './statements/bank-watch.ts';
import { wireCapture } from './wire-capture.ts';
import { wireLimits } from './wire-limits.ts';
import { wireTelegram } from './wire-telegram.ts';

export interface WireOptions {
  /** The opened store (each runtime opens its own database). */
  store: Store;
  /** The peer's address as the runtime sees it (rate limits without auth). */
  remoteAddress?: (c: Context<AppEnv>) => string | undefined;
  /** A fetch for the provider SDKs, the Bot API and push (tests pass one that refuses unplanned hosts). */
  fetch?: typeof fetch;
  logger?: Logger;
  /** Overrides of the JWT verifier (tests rotate keys back to back: no JWKS cooldown). */
  auth?: Partial<AuthOptions>;
  /** The secret this process wrote for `pnpm pair` (server.ts); none: no pairing codes. */
  pairingSecret?: string | null;
  /** Where alerts run after the answer (tests wait on its idle(); Supabase keeps it alive). */
  background?: Background;
  /** The clock of budgets' "this month" and recurring days (tests set the date). */
  now?: () => Date;
  /** Node: takes a backup (files, rclone: backup/run-backup.ts) for BACKUP_CRON's job; none: no such job. */
  runBackup?: (backup: BackupConfig) => Promise<BackupReport>;
  /** Node: pushes the saved expenses into Actual Budget (@actual-app/api) for ACTUAL_SYNC_CRON's job. */
  syncActual?: (actual: ActualConfig) => Promise<SyncOutcome>;
  /** Node: Tesseract on this server for receipts sent without the phone's text (receipts/lazy-ocr.ts). */
  receiptOcr?: () => Promise<ReceiptOcr>;
}

export interface Wired {
  app: App;
  /** What a long-running process runs on a clock (server.ts); Supabase has none. */
  jobs: Job[];
  /** Resolves when the work started after answers (budget alerts) is done: before the store closes. */
  idle(): Promise<void>;
}

export type App = ReturnType<typeof createApp>;

export function wire(config: Config, options: WireOptions): Wired {
  const { store } = options;
  const logger = options.logger ?? createLogger(config.server.logLevel);
  const withFetch = options.fetch ? { fetch: options.fetch } : {};
  const observe = createObservability(store.health);
  const providers = openProviders(config.providers, options.fetch);
  const transcriber = observe.transcriber(providers.transcriber);
  const parser = observe.parser(providers.parser);
  // Budget alerts (Web Push through web-push, which runs on Node and Deno; Telegram and e-mail
  // with the report's settings), Web Push's keys, and the recurring runner.
  const money = createMoney(
    store,
    {
      pushSender: createWebPushSender(withFetch),
      push: config.push,
      channels: messageChannels(config.report, options.fetch),
      lang: config.report.lang,
      timeZone: config.report.timeZone,
      recurringMaxPerRun: config.recurring.maxPerRun,
      ...(options.background ? { background: options.background } : {}),
      ...(options.now ? { now: options.now } : {}),
    },
    logger,
  );
  // New and edited expenses are matched with the bank's open lines, after the answer.
  const bank = createBankWatch(store.reconcile, money.background);
  const { capture, receipts } = wireCapture(config, {
    store,
    transcriber,
    parser,
    receiptReader: providers.receiptReader,
    receiptOcr: options.receiptOcr,
    money,
    bank,
    now: options.now,
  });

  const supabase = config.supabase;
  const multiUser = supabase !== null;
  const auth = supabase
    ? { supabaseUrl: supabase.url, jwtSecret: supabase.jwtSecret, jwks: supabase.jwks, ...options.auth }
    : null;
  const { limits, byAddress, attemptLimit, wrongCodes } = wireLimits(config, options.remoteAddress);
  const failures = wrongCodes();
  const signer = createTicketSigner();
  // A revoke ends the device's open change streams (routes/devices.ts → routes/events.ts).
  const revocations = new EventTarget();
  const telegram = wireTelegram(config, {
    store,
    capture,
    receipts,
    multiUser,
    failures: wrongCodes(),
    logger,
    fetchImpl: options.fetch,
  });

  const app = createApp({
    logger,
    observe,
    requestLog: requestLog(logger, observe),
    security: {
      corsOrigins: config.server.corsOrigins,
      // The page may talk to Supabase (sign-in over https, Realtime over wss).
      connectSrc: supabase ? [supabase.url, supabase.url.replace(/^http/, 'ws')] : [],
      hostOf: requestHostOf(config.server.trustProxy),
    },
    access: {
      devices: store.devices,
      verifyJwt: auth ? createTokenVerifier(auth) : null,
      pairingRequired: !multiUser && config.doors.pairing === 'required',
      verifyTicket: async (ticket) => (await signer).verify(ticket),
    },
    limits,
    multiUser,
    idempotency: store.idempotency,
    metricsToken: config.server.metricsToken,
    // Supabase mode asks every request for a token: a rebound page has none to send.
    ownNames: supabase ? null : { names: config.doors.hostNames, trustProxy: config.server.trustProxy },
    routes: {
      health: {
        health: store.health,
        transcriber,
        parser,
        logger,
        // deploy:check tells a legacy-secret project from a broken one; `pnpm pair` and the PWA
        // read whether this server answers only paired devices.
        auth: {
          mode: multiUser ? 'supabase' : 'local',
          legacySecret: Boolean(auth?.jwtSecret),
          ...(multiUser ? {} : { pairing: config.doors.pairing === 'required' ? 'required' : 'off' }),
        },
      },
      capture,
      receipts: { receipts, photos: store.receiptPhotos },
      expenses: {
        expenses: store.expenses,
        learning: store.learning,
        households: store.households,
        ...money,
        bank,
      },
      learning: store.learning,
      report: { reports: store.reports, runner: money.runner },
      usage: store.usage,
      budgets: { budgets: store.budgets, runner: money.runner, timeZone: money.timeZone, now: money.now },
      push: { push: store.push, ...money },
      recurring: { recurring: store.recurring, households: store.households, ...money },
      events: {
        hub: createChangeHub(store.changes),
        devices: store.devices,
        revocations,
        households: store.households,
        slots: streamSlots({
          perClient: config.server.maxStreamsPerClient,
          keyOf: byAddress,
        }),
      },
      devices: {
        devices: store.devices,
        pairing: store.pairing,
        households: store.households,
        publicUrl: config.doors.publicUrl,
        pairingSecret: options.pairingSecret ?? null,
        multiUser,
        failures,
        clientOf: byAddress,
        attemptLimit: attemptLimit('pairing attempts'),
        issueTicket: async (hash, ttl) => (await signer).issue(hash, ttl),
        revocations,
      },
      households: {
        households: store.households,
        householdBudgets: store.householdBudgets,
        publicUrl: config.doors.publicUrl,
        multiUser,
        attemptLimit: attemptLimit('invite attempts'),
        // Invite codes' wrong tries, counted apart from pairing's: a flood at one door leaves the other open.
        failures: wrongCodes(),
        clientOf: byAddress,
      },
      telegram,
      exports: { store, importFile: createImporter({ store, watch: money.watch, now: money.now }) },
      ledgerExports: { expenses: store.expenses, households: store.households },
      statements: {
        statements: store.statements,
        reconcile: store.reconcile,
        learning: store.learning,
        defaultCurrency: config.capture.defaultCurrency,
        watch: money.watch,
      },
    },
  });

  const { runBackup, syncActual } = options;
  const jobs = listJobs(config, { store, money, logger, telegram, runBackup, syncActual });
  return { app, jobs, idle: () => money.background.idle() };
}
