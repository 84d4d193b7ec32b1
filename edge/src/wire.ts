/**
 * The composition root: from the configuration and an opened store to everything the API runs
 * with — providers, logger and metrics, money (budgets' alerts, Web Push, recurring), the change
 * hub, the stream tickets, rate limits, the Telegram bot — and the `jobs` a long-running
 * process runs on a clock. createApp (app.ts) only mounts routes; server.ts (Node) listens and runs
 * the jobs; deno.ts (Supabase) serves the app; tests/support/edge-app.ts builds it here too.
 */
import type { Context } from 'hono';
import type { SyncOutcome } from './actual/sync-to-actual.ts';
import { createApp } from './app.ts';
import { createImporter } from './backup/import-file.ts';
import type { CaptureDeps } from './capture/process-capture.ts';
import { createChangeHub } from './changes/change-hub.ts';
import type { ActualConfig } from './config/actual.ts';
import type { BackupConfig } from './config/backup.ts';
import type { Config } from './config.ts';
import { failureBudget } from './devices/failure-budget.ts';
import { createTicketSigner } from './devices/secrets.ts';
import type { AppEnv } from './http/app-env.ts';
import { type AuthOptions, createTokenVerifier } from './http/auth.ts';
import { clientAddressOf, requestHostOf } from './http/client-address.ts';
import { rateLimit } from './http/rate-limit.ts';
import { requestLog } from './http/request-log.ts';
import { streamSlots } from './http/stream-slots.ts';
import { uploadSlots } from './http/upload-slots.ts';
import { type BackupReport, type Job, listJobs } from './jobs.ts';
import type { Background } from './money/background.ts';
import { messageChannels } from './money/message-channels.ts';
import { createMoney } from './money/money.ts';
import { createLogger, type Logger } from './observe/logger.ts';
import { createObservability } from './observe/observability.ts';
import type { ReceiptOcr, Store } from './ports.ts';
import { openProviders } from './providers/open-providers.ts';
import { createWebPushSender } from './providers/web-push-sender.ts';
import type { ReceiptDeps } from './receipts/process-receipt.ts';
import type { TelegramRouteDeps } from './routes/telegram.ts';
import { createBankWatch } from './statements/bank-watch.ts';
import { createBotApi } from './telegram/bot-api.ts';

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
  const capture: CaptureDeps = {
    captures: store.captures,
    usage: store.usage,
    learning: store.learning,
    transcriber,
    parser,
    leaseSeconds: config.capture.leaseSeconds,
    waitMs: config.capture.waitMs,
    defaultCurrency: config.capture.defaultCurrency,
    watch: money.watch,
    bank,
    maxAudioSeconds: config.capture.maxAudioSeconds,
    dailyCostLimitNano: config.capture.dailyCostLimitNano,
    ...(options.now ? { now: options.now } : {}),
    households: store.households,
  };
  // A receipt is read by the phone's OCR text, Tesseract here (Node), or the vision model.
  const receipts: ReceiptDeps = {
    captures: store.captures,
    usage: store.usage,
    learning: store.learning,
    reader: providers.receiptReader,
    ocr: options.receiptOcr ?? null,
    leaseSeconds: config.capture.leaseSeconds,
    waitMs: config.capture.waitMs,
    defaultCurrency: config.capture.defaultCurrency,
    watch: money.watch,
    bank,
    dailyCostLimitNano: config.capture.dailyCostLimitNano,
    ...(options.now ? { now: options.now } : {}),
    households: store.households,
  };

  const supabase = config.supabase;
  const multiUser = supabase !== null;
  const auth = supabase
    ? { supabaseUrl: supabase.url, jwtSecret: supabase.jwtSecret, jwks: supabase.jwks, ...options.auth }
    : null;
  const clientAddress = clientAddressOf(config.server.trustProxy, options.remoteAddress);
  const keyOf = (c: Context<AppEnv>) => {
    const owner = c.get('owner');
    return owner.userId ? `user:${owner.userId}` : `ip:${clientAddress(c) ?? 'unknown'}`;
  };
  // Anonymous sign-ins cost nothing to make: theirs are also counted by address, all together.
  const anonymousAt = (c: Context<AppEnv>) =>
    c.get('owner').claims?.is_anonymous === true ? `anonymous:${clientAddress(c) ?? 'unknown'}` : null;
  // Notes with audio at once, per person: local mode has one, whatever the device.
  const personOf = (c: Context<AppEnv>) =>
    anonymousAt(c) ?? (c.get('owner').userId === null ? 'local' : keyOf(c));
  const perUser = rateLimit({ perMinute: config.server.rateLimitPerMinute, keyOf });
  const perAnonymousAddress = rateLimit({
    perMinute: config.server.anonymousPerMinute,
    keyOf: (c) => anonymousAt(c) ?? '',
    what: 'notes from anonymous accounts at this address',
  });
  // Codes are 60 bits and live 10 minutes: 10 tries a minute and 10 wrong codes in 10 minutes per
  // address; past 30 wrong ones from all, one each (devices/failure-budget.ts). Each door its own
  // count: a flood of wrong pairing codes never stops Telegram's /start, nor a right code.
  const wrongCodes = () => failureBudget({ perClient: 10, alarm: 30, windowMs: 10 * 60_000 });
  const failures = wrongCodes();
  const signer = createTicketSigner();
  // A revoke ends the device's open change streams (routes/devices.ts → routes/events.ts).
  const revocations = new EventTarget();
  // One-time codes (pairing a phone, joining a household): 10 tries a minute per address each.
  const attemptLimit = (what: string) =>
    rateLimit({ perMinute: 10, keyOf: (c) => `ip:${clientAddress(c) ?? 'unknown'}`, what });
  const telegram = telegramDeps(config, {
    store,
    capture,
    receipts,
    multiUser,
    failures: wrongCodes(),
    logger,
    options,
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
    limits: {
      notes: async (c, next) => {
        if (anonymousAt(c)) await perAnonymousAddress(c, async () => void (await perUser(c, next)));
        else await perUser(c, next);
      },
      imports: rateLimit({ perMinute: config.server.importsPerMinute, keyOf, what: 'imports' }),
      uploads: uploadSlots({ ...config.capture.uploads, keyOf: personOf }),
    },
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
      expenses: { expenses: store.expenses, learning: store.learning, ...money, bank },
      learning: store.learning,
      report: { reports: store.reports, runner: money.runner },
      usage: store.usage,
      budgets: { budgets: store.budgets, runner: money.runner },
      push: { push: store.push, ...money },
      recurring: { recurring: store.recurring, households: store.households, ...money },
      events: {
        hub: createChangeHub(store.changes),
        devices: store.devices,
        revocations,
        households: store.households,
        slots: streamSlots({
          perClient: config.server.maxStreamsPerClient,
          keyOf: (c) => `ip:${clientAddress(c) ?? 'unknown'}`,
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
        clientOf: (c) => `ip:${clientAddress(c) ?? 'unknown'}`,
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

/** The bot's webhook, when TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET are set. */
function telegramDeps(
  config: Config,
  parts: Pick<TelegramRouteDeps, 'capture' | 'receipts' | 'multiUser' | 'failures' | 'logger'> & {
    store: Store;
    options: WireOptions;
  },
): TelegramRouteDeps | null {
  const tg = config.telegram;
  if (!tg) return null;
  const { store, options, ...rest } = parts;
  return {
    ...rest,
    secret: tg.webhookSecret,
    bot: createBotApi({
      token: tg.botToken,
      apiBase: tg.apiBase,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    }),
    botId: tg.botToken.split(':')[0] ?? '',
    expenses: store.expenses,
    chats: store.telegramChats,
    pairing: store.pairing,
    pending: store.telegramPending,
    allowedChatIds: tg.allowedChatIds,
    timeZone: tg.timeZone,
  };
}
