import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Cron } from 'croner';
import type { Context, Hono } from 'hono';
import { createApp } from './app.ts';
import { writeBackup } from './backup/backup.ts';
import { ConfigError, type Env, readConfig } from './config.ts';
import type { AppEnv } from './http/app-env.ts';
import { createLogger, type LogLevel } from './observe/logger.ts';
import { LOCAL_OWNER, type Store } from './ports.ts';
import { openProviders } from './providers/open-providers.ts';
import { type Channel, readReportSettings } from './report/run-report.ts';
import { startReportSchedule } from './report/schedule.ts';
import { openFromConfig } from './store/open-store.ts';
import type { Sql } from './store/sql.ts';

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
  store: Store;
  close(): Promise<void>;
}

/** Starts the API (and the built PWA, on the same origin) on Node. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const config = readConfig({ ...process.env, ...options.env });
  // DATA_DIR=memory:// keeps PGlite in memory (tests, demos); anything else is a directory.
  const { store, sql } = await openFromConfig(config);
  const { transcriber, parser } = openProviders(config, options.fetch);
  const api = createApp({
    store,
    transcriber,
    parser,
    defaultCurrency: config.defaultCurrency,
    captureLeaseSeconds: config.captureLeaseSeconds,
    captureWaitMs: config.captureWaitMs,
    logger: createLogger(config.logLevel),
    auth: config.supabase ? { supabaseUrl: config.supabase.url, jwtSecret: config.supabase.jwtSecret } : null,
    rateLimitPerMinute: config.rateLimitPerMinute,
    corsOrigins: config.corsOrigins,
    connectSrc: config.supabase ? [config.supabase.url, config.supabase.url.replace(/^http/, 'ws')] : [],
    clientAddress: (c) => {
      if (config.trustProxy) {
        const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
        if (forwarded) return forwarded;
      }
      return getConnInfo(c).remote.address;
    },
  });

  const webDist = options.webDist === undefined ? WEB_DIST : options.webDist;
  if (webDist && existsSync(webDist)) mountWeb(api, webDist);

  const env = { ...process.env, ...options.env };
  const schedule = startScheduleFromEnv(env, store);
  const backups = startBackupScheduleFromEnv(env, config, sql);

  const server = serve({ fetch: api.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${config.host}:${address.port}`,
    store,
    close: async () => {
      schedule?.stop();
      backups?.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Open event streams (SSE) would hold the close forever: end them.
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      await closed;
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
  // /api/* is the API's alone: an unknown API route is a JSON 404, never the app shell.
  app.use('/*', (c, next) => (c.req.path.startsWith('/api/') ? next() : files(c, next)));
  // Client-side routes fall back to the shell (the service worker does the same offline).
  app.get('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : shell(c, next)));
}

/** REPORT_CRON turns on the monthly report from `pnpm start`, on the channels that are configured. */
function startScheduleFromEnv(env: Env, store: Store) {
  const cron = env.REPORT_CRON?.trim();
  if (!cron) return null;
  const settings = readReportSettings(env);
  const channels = (env.REPORT_SEND ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c): c is Channel => c === 'email' || c === 'telegram');
  if (channels.length === 0) {
    if (settings.smtpUrl && settings.emailTo) channels.push('email');
    if (settings.telegramToken && settings.telegramChatId) channels.push('telegram');
  }
  if (channels.length === 0)
    throw new ConfigError(
      'REPORT_CRON needs SMTP_URL + REPORT_EMAIL_TO or TELEGRAM_BOT_TOKEN + TELEGRAM_CHAT_ID',
    );
  const logger = createLogger(readConfig(env).logLevel);
  return startReportSchedule({
    cron,
    timeZone: env.REPORT_TIMEZONE ?? 'Europe/Paris',
    channels,
    store,
    owner: LOCAL_OWNER,
    settings,
    logger,
  });
}

/** BACKUP_CRON turns on scheduled backups into BACKUP_DIR, from the server's own connection. */
function startBackupScheduleFromEnv(env: Env, config: { dataDir: string; logLevel: LogLevel }, sql: Sql) {
  const cron = env.BACKUP_CRON?.trim();
  if (!cron) return null;
  const logger = createLogger(config.logLevel);
  const dir = env.BACKUP_DIR ?? `${config.dataDir === 'memory://' ? '.data' : config.dataDir}/backups`;
  const keep = { daily: Number(env.BACKUP_KEEP_DAILY ?? 7), monthly: Number(env.BACKUP_KEEP_MONTHLY ?? 12) };
  return new Cron(cron, { timezone: env.REPORT_TIMEZONE ?? 'Europe/Paris', protect: true }, async () => {
    try {
      const result = await writeBackup(sql, dir, keep);
      logger.log('info', 'backup written', { file: result.file, deleted: result.deleted.length });
    } catch (error) {
      logger.log('error', 'backup failed', { error: String(error) });
    }
  });
}
