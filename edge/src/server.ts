/**
 * The API on Node: the database from the configuration, the one wiring (wire.ts), the built PWA
 * on the same origin, and what only a long-running Node process does (the monthly report and
 * backup schedules). `node.ts` runs it; tests start it in-process.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Cron } from 'croner';
import type { Context, Hono } from 'hono';
import { runActualSync } from './actual/run-actual-sync.ts';
import { runBackup } from './backup/run-backup.ts';
import type { ActualConfig } from './config/actual.ts';
import { requirePushContact } from './config/push.ts';
import { type Config, type Env, readConfig } from './config.ts';
import { localUrl, newPairSecret, writePairFile } from './devices/pair-file.ts';
import type { AppEnv } from './http/app-env.ts';
import { limitConnections } from './http/node-limits.ts';
import type { Money } from './money/money.ts';
import { createLogger, type Logger } from './observe/logger.ts';
import { LOCAL_OWNER, type Store } from './ports.ts';
import { reportSettings } from './report/run-report.ts';
import { startReportSchedule } from './report/schedule.ts';
import { openFromConfig } from './store/open-store.ts';
import type { Sql } from './store/sql.ts';
import { wireApp, wireMoney } from './wire.ts';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface ServerOptions {
  /** Overrides of the environment (tests pass their own; the rest comes from process.env). */
  env?: Env;
  /** Serve web/dist beside the API (default: when it exists). */
  webDist?: string | null;
  /** A fetch for the provider SDKs (tests pass one that refuses unplanned hosts). */
  fetch?: typeof fetch;
}

export interface RunningServer {
  url: string;
  /** Whether the API answers only paired devices. */
  pairing: 'required' | 'off';
  store: Store;
  close(): Promise<void>;
}

/** Starts the API (and the built PWA, on the same origin) on Node. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const config = readConfig({ ...process.env, ...options.env });
  requirePushContact(config);
  const logger = createLogger(config.server.logLevel);
  // DATA_DIR=memory:// keeps PGlite in memory (tests, demos); anything else is a directory.
  const { store, sql } = await openFromConfig(config.database, 'the server');
  // `pnpm pair` asks this process for codes with a secret from DATA_DIR (none in memory).
  const onDisk = config.database.dataDir !== 'memory://' && !config.supabase;
  const pairingSecret = onDisk ? newPairSecret() : null;
  const money = wireMoney(config, { store, logger, ...(options.fetch ? { fetch: options.fetch } : {}) });
  let retryTelegram: (() => Promise<number>) | null = null;
  const api = wireApp(config, {
    store,
    logger,
    pairingSecret,
    money,
    onTelegramRetry: (retry) => {
      retryTelegram = retry;
    },
    remoteAddress: (c) => getConnInfo(c).remote.address,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  const webDist = options.webDist === undefined ? WEB_DIST : options.webDist;
  if (webDist && existsSync(webDist)) mountWeb(api, webDist);

  const schedules = [
    startReports(config, store, logger),
    startBackups(config, sql, logger),
    startActualSync(config.actual, store, config.capture.defaultCurrency, logger),
    startRecurring(config, money, logger),
    retryTelegram && config.telegram
      ? startTelegramRetries(config.telegram.retryCron, retryTelegram, logger)
      : null,
  ];
  // The VAPID pair is made at first start (and kept in the database), not on the first push.
  await money
    .vapidKeys()
    .catch((error: unknown) => logger.log('error', 'VAPID keys unavailable', { error: String(error) }));

  const server = serve({ fetch: api.fetch, port: config.server.port, hostname: config.server.host });
  limitConnections(server as Server, {
    // Behind your own proxies every client arrives from the proxy's address: no per-address cap.
    perAddress: config.server.trustProxy > 0 ? 0 : config.server.maxConnectionsPerClient,
    bodyIdleMs: config.server.bodyIdleMs,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', () => resolve());
      server.once('error', reject);
    });
  } catch (error) {
    // The port is taken (or refused): give the database, and PGlite's lock, back at once.
    for (const s of schedules) s?.stop();
    await store.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const removePairFile = pairingSecret
    ? writePairFile(config.database.dataDir, {
        url: localUrl(config.server.host, address.port),
        secret: pairingSecret,
        pid: process.pid,
      })
    : () => {};
  return {
    url: `http://${config.server.host}:${address.port}`,
    pairing: config.supabase ? 'off' : config.doors.pairing,
    store,
    close: async () => {
      for (const s of schedules) s?.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Open event streams (SSE) would hold the close forever: end them.
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      await closed;
      // Alerts already started finish before the database closes.
      await money.background.idle();
      removePairFile();
      await store.close();
    },
  };
}

function mountWeb(app: Hono<AppEnv>, dir: string): void {
  const cache = (path: string, c: Context) => {
    // Hashed assets never change; the shell and the worker must be revalidated so updates arrive.
    c.header('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
  // The build writes .br and .gz beside each text file: sent to browsers that accept them.
  const files = serveStatic<AppEnv>({ root: dir, onFound: cache, precompressed: true });
  const shell = serveStatic<AppEnv>({ root: dir, path: 'index.html', onFound: cache, precompressed: true });
  // The share sheet posts here; the service worker answers it. Before the worker is installed
  // (the app never opened on this phone), say so instead of a bare 404.
  app.post('/share', (c) => c.redirect('/?shared=unavailable', 303));
  // /api/* is the API's alone: an unknown API route is a JSON 404, never the app shell.
  app.use('/*', (c, next) => (c.req.path.startsWith('/api/') ? next() : files(c, next)));
  // Client-side routes fall back to the shell (the service worker does the same offline); a
  // missing file (/assets/old-hash.js, /favicon.ico) is a 404, never HTML under a script's name.
  app.get('*', (c, next) => (isAppRoute(c.req.path) ? shell(c, next) : next()));
}

const isAppRoute = (path: string) =>
  !path.startsWith('/api/') && !path.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(path);

/** REPORT_CRON turns on the monthly report, on the channels that are configured. */
function startReports(config: Config, store: Store, logger: Logger) {
  const { cron, timeZone, channels } = config.report;
  if (!cron) return null;
  return startReportSchedule({
    cron,
    timeZone,
    channels,
    store,
    owner: LOCAL_OWNER,
    settings: reportSettings(config),
    logger,
  });
}

/**
 * Recurring expenses on their day (RECURRING_CRON, every 15 minutes by default), and once at start
 * to catch up after a stop. Several instances may run it at once: each month's expense is one row.
 */
function startRecurring(config: Config, money: Money, logger: Logger) {
  if (!config.recurring.cron) return null;
  const run = async () => {
    try {
      const made = await money.runner.runAll();
      if (made.length > 0) logger.log('info', 'recurring expenses made', { count: made.length });
    } catch (error) {
      logger.log('error', 'recurring expenses not made', { error: String(error) });
    }
  };
  const job = new Cron(config.recurring.cron, { timezone: config.report.timeZone, protect: true }, run);
  void run();
  return job;
}

/** Telegram updates kept while a provider or Telegram was down, tried again (TELEGRAM_RETRY_CRON). */
function startTelegramRetries(cron: string, retry: () => Promise<number>, logger: Logger) {
  return new Cron(cron, { protect: true }, async () => {
    try {
      const handled = await retry();
      if (handled > 0) logger.log('info', 'telegram updates handled on retry', { count: handled });
    } catch (error) {
      logger.log('warn', 'telegram retries failed', { error: String(error) });
    }
  });
}

/** ACTUAL_SYNC_CRON pushes the saved expenses into Actual Budget on a schedule (pnpm sync:actual's run). */
function startActualSync(actual: ActualConfig | null, store: Store, currency: string, logger: Logger) {
  if (!actual?.cron) return null;
  return new Cron(actual.cron, { protect: true }, async () => {
    try {
      const outcome = await runActualSync(store, actual, currency);
      logger.log('info', 'actual sync done', { ...outcome });
    } catch (error) {
      logger.log('error', 'actual sync failed', { error: String(error) });
    }
  });
}

/** BACKUP_CRON turns on scheduled backups into BACKUP_DIR, from the server's own connection. */
function startBackups(config: Config, sql: Sql, logger: Logger) {
  const { cron } = config.backup;
  if (!cron) return null;
  return new Cron(cron, { timezone: config.report.timeZone, protect: true }, async () => {
    try {
      const { file, deleted, offSite } = await runBackup(sql, config.backup);
      logger.log('info', 'backup written', { file, deleted: deleted.length });
      if (offSite && 'error' in offSite)
        logger.log('error', 'backup kept here, not sent off the machine', {
          file,
          remote: offSite.remote,
          error: offSite.error,
        });
      else if (offSite)
        logger.log('info', 'backup sent', { remote: offSite.remote, sent: offSite.sent.length });
    } catch (error) {
      logger.log('error', 'backup failed', { error: String(error) });
    }
  });
}
