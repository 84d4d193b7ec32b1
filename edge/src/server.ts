/**
 * The API on Node: the database from the configuration, everything else from the composition
 * root (wire.ts), the built PWA on the same origin, and the jobs only a long-running process runs
 * (croner schedules them). `node.ts` runs it; tests start it in-process.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { type InlineHashes, inlineSources } from '@voicetrack/shared';
import { Cron } from 'croner';
import type { Context, Hono } from 'hono';
import { runActualSync } from './actual/run-actual-sync.ts';
import { runBackup } from './backup/run-backup.ts';
import { requirePushContact } from './config/push.ts';
import { type Env, readConfig } from './config.ts';
import { localUrl, newPairSecret, writePairFile } from './devices/pair-file.ts';
import type { AppEnv } from './http/app-env.ts';
import { limitConnections } from './http/node-limits.ts';
import { guardRecordLaunch } from './http/record-launch.ts';
import type { Job } from './jobs.ts';
import { createLogger } from './observe/logger.ts';
import type { Store } from './ports.ts';
import { nodeOcr } from './receipts/lazy-ocr.ts';
import { openFromConfig } from './store/open-store.ts';
import { wire } from './wire.ts';

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
  // Tesseract for receipts that come without the phone's reading: started on the first one.
  const ocr = nodeOcr();
  const { app, jobs, idle } = wire(config, {
    store,
    logger,
    pairingSecret,
    receiptOcr: ocr.get,
    remoteAddress: (c) => getConnInfo(c).remote.address,
    runBackup: (backup) => runBackup(sql, backup),
    syncActual: (actual) => runActualSync(store, actual, config.capture.defaultCurrency),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  const webDist = options.webDist === undefined ? WEB_DIST : options.webDist;
  if (webDist && existsSync(webDist)) mountWeb(app, webDist);

  const schedules = await startJobs(jobs);
  const server = serve({ fetch: app.fetch, port: config.server.port, hostname: config.server.host });
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
    for (const s of schedules) s.stop();
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
      for (const s of schedules) s.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Open event streams (SSE) would hold the close forever: end them.
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      await closed;
      // Alerts already started finish before the database closes.
      await idle();
      await ocr.close();
      removePairFile();
      await store.close();
    },
  };
}

/** Runs the jobs of the start (awaited), then schedules the others, each in its time zone. */
async function startJobs(jobs: readonly Job[]): Promise<Cron[]> {
  for (const j of jobs) if (j.cron === null) await j.run();
  return jobs.flatMap((j) => {
    if (j.cron === null) return [];
    const zone = j.timeZone ? { timezone: j.timeZone } : {};
    const cron = new Cron(j.cron, { ...zone, protect: true }, async () => {
      await j.run();
    });
    if (j.runAtStart) void j.run();
    return [cron];
  });
}

/**
 * The digests of a built page's inline script and style (index.html holds the first screen's:
 * web/inline-first-screen.ts), for its CSP; read again when the file changes (a `pnpm build`
 * while the server runs).
 */
function pageHashes(): (file: string) => InlineHashes {
  const seen = new Map<string, { stamp: string; hashes: InlineHashes }>();
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
  return (file) => {
    const s = statSync(file);
    const stamp = `${s.mtimeMs}:${s.size}`;
    let known = seen.get(file);
    if (known?.stamp !== stamp) {
      const { scripts, styles } = inlineSources(readFileSync(file, 'utf8'));
      known = { stamp, hashes: { scripts: scripts.map(digest), styles: styles.map(digest) } };
      seen.set(file, known);
    }
    return known.hashes;
  };
}

function mountWeb(app: Hono<AppEnv>, dir: string): void {
  const hashesOf = pageHashes();
  const cache = (path: string, c: Context<AppEnv>) => {
    // A page (its .br or .gz beside it read the same): its CSP allows its own inline script and style.
    const page = path.replace(/\.(br|gz|zst)$/, '');
    if (page.endsWith('.html')) c.set('pageHashes', hashesOf(page));
    // Hashed assets (and Tesseract's files, in a folder named after their versions) never change;
    // the shell and the worker must be revalidated so updates arrive.
    const immutable = path.includes('/assets/') || path.includes('/ocr/');
    c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
  // The build writes .br and .gz beside each text file: sent to browsers that accept them.
  const files = serveStatic<AppEnv>({ root: dir, onFound: cache, precompressed: true });
  const shell = serveStatic<AppEnv>({ root: dir, path: 'index.html', onFound: cache, precompressed: true });
  // The share sheet posts here; the service worker answers it. Before the worker is installed
  // (the app never opened on this phone), say so instead of a bare 404.
  app.post('/share', (c) => c.redirect('/?shared=unavailable', 303));
  // `/?action=record` opened by another site's page waits for a tap; the worker's preloads of the
  // page are answered without it (http/record-launch.ts).
  app.use('*', guardRecordLaunch(isAppRoute));
  // /api/* is the API's alone: an unknown API route is a JSON 404, never the app shell.
  app.use('/*', (c, next) => (c.req.path.startsWith('/api/') ? next() : files(c, next)));
  // Client-side routes fall back to the shell (the service worker does the same offline); a
  // missing file (/assets/old-hash.js, /favicon.ico) is a 404, never HTML under a script's name.
  app.get('*', (c, next) => (isAppRoute(c.req.path) ? shell(c, next) : next()));
}

const isAppRoute = (path: string) =>
  !path.startsWith('/api/') && !path.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(path);
