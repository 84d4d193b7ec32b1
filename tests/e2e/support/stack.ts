/**
 * What the browsers talk to: the real edge server (the built PWA on the same origin), the fake AI
 * provider, and — by default — the deployed setup around them (deployed.ts): Caddy with the run's
 * CA, pairing required, phones paired by their link. `startLocalStack` is the embedded default
 * instead (`pnpm start` with no keys: loopback, pairing off, PGlite in memory).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@voicetrack/edge/server.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import type { App } from '@voicetrack/edge/wire.ts';
import { hc } from 'hono/client';
import { type FakeProvider, startFakeProvider } from '../../support/fake-provider.ts';
import { removeSoon } from '../../support/run-tmpdir.ts';
import { DEPLOYED_ENV, type Deployment, deploy, PUBLIC_ORIGIN } from './deployed.ts';
import { MIGRATED_DIR_ENV } from './global-setup.ts';
import { rawFetch } from './raw-fetch.ts';
import { startUpstreamGate, type UpstreamGate } from './upstream-gate.ts';

export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));
export const DEFAULT_TRANSCRIPT = 'Douze euros cinquante au resto ce midi.';

export type Api = ReturnType<typeof hc<App>>['api'];

export interface Stack {
  server: RunningServer;
  fake: FakeProvider;
  /** The address a phone opens: `https://voicetrack.test` as deployed, the loopback URL otherwise. */
  url: string;
  /** The Caddy, pairing and phone networks around the server; null for the embedded default. */
  deployment: Deployment | null;
  /** Between Caddy and the server, when started with `{ gate: true }`: holds the paths a test asks. */
  gate: UpstreamGate | null;
  /** The app's typed client for the test's own checks, as a paired laptop when deployed. */
  api: Api;
  /** A raw fetch of `url`'s paths, by the same way in as the phones (see raw-fetch.ts). */
  fetch: typeof fetch;
  /** Every expense the server holds (up to 200). */
  expenses(): Promise<Awaited<ReturnType<typeof expensesOf>>>;
  stop(): Promise<void>;
}

const expensesOf = async (api: Api) =>
  (await (await api.expenses.$get({ query: { limit: '200' } })).json()).expenses;

async function startParts(env: Record<string, string>, webDist: string) {
  const fake = await startFakeProvider();
  fake.setDefaultTranscript(DEFAULT_TRANSCRIPT);
  const server = await startServer({
    env: {
      PORT: '0',
      DATA_DIR: 'memory://',
      DATABASE_URL: '',
      LOG_LEVEL: 'silent',
      GROQ_API_KEY: 'test-key',
      GROQ_BASE_URL: fake.url,
      RATE_LIMIT_PER_MINUTE: '100000',
      MAX_UPLOADS_PER_USER: '100',
      MAX_UPLOADS: '1000',
      PROVIDER_MAX_RETRIES: '0',
      ...env,
    },
    webDist,
  });
  return { fake, server };
}

/** The embedded default: the server on loopback with pairing off, opened at its own URL. */
export async function startLocalStack(env: Record<string, string> = {}, webDist = WEB_DIST): Promise<Stack> {
  const { fake, server } = await startParts(env, webDist);
  const api = hc<App>(server.url).api;
  return {
    server,
    fake,
    url: server.url,
    deployment: null,
    gate: null,
    api,
    fetch: rawFetch(Number(new URL(server.url).port), { tls: false }),
    expenses: () => expensesOf(api),
    stop: async () => {
      await server.close();
      await fake.close();
    },
  };
}

/**
 * A PGlite directory with every migration applied, made once per worker: each deployed stack's own
 * DATA_DIR starts with a copy of it, as a server started again on its data, instead of a new
 * cluster (PGlite's initdb and the migrations: about 5 s of CPU per stack, the copy under one).
 * A new DATA_DIR's first start is the integration tests' (private-files, backup-live).
 */
let migratedDir: Promise<string> | undefined;
function migratedPglite(): Promise<string> {
  migratedDir ??= (async () => {
    // The folder global-setup.ts made for it (removed after the run), or one of its own outside Vitest.
    let dir = process.env[MIGRATED_DIR_ENV];
    if (!dir) {
      const own = mkdtempSync(join(tmpdir(), 'vt-e2e-migrated-'));
      process.once('exit', () => rmSync(own, { recursive: true, force: true }));
      dir = own;
    }
    // One per worker (the e2e files run in two): a PGlite directory is locked by the one opening it.
    const pglite = join(dir, `pglite-${process.pid}`);
    const { store } = await openStore({ dataDir: pglite, holder: 'the e2e harness' });
    await store.close();
    return pglite;
  })();
  return migratedDir;
}

/**
 * The deployed setup (the default of the e2e suite): the server with `TRUST_PROXY=1`,
 * `PAIRING=required`, `PUBLIC_URL=https://voicetrack.test` and a DATA_DIR on disk (where
 * `pnpm pair` finds it), behind Caddy. `env` adds to or overrides that environment.
 */
export async function startStack(
  env: Record<string, string> = {},
  webDist = WEB_DIST,
  options: { gate?: boolean } = {},
): Promise<Stack> {
  const ownDir = env.DATA_DIR ? null : mkdtempSync(join(tmpdir(), 'vt-e2e-data-'));
  if (ownDir && !env.DATABASE_URL)
    cpSync(await migratedPglite(), join(ownDir, 'pglite'), { recursive: true });
  const { fake, server } = await startParts({ ...DEPLOYED_ENV, DATA_DIR: ownDir ?? '', ...env }, webDist);
  const serverPort = Number(new URL(server.url).port);
  const gate = options.gate ? await startUpstreamGate(serverPort) : null;
  const deployment = await deploy(gate?.port ?? serverPort, env.DATA_DIR ?? (ownDir as string));
  const token = await deployment.pairLaptop('Ordinateur portable');
  const api = hc<App>(PUBLIC_ORIGIN, {
    fetch: deployment.fetch,
    headers: { authorization: `Bearer ${token}` },
  }).api;
  return {
    server,
    fake,
    url: PUBLIC_ORIGIN,
    deployment,
    gate,
    api,
    fetch: deployment.fetch,
    expenses: () => expensesOf(api),
    stop: async () => {
      await deployment.stop();
      await gate?.close();
      await server.close();
      await fake.close();
      if (ownDir) removeSoon(ownDir);
    },
  };
}
