/**
 * The PostgreSQL server of a test run (and of `pnpm bench`). TEST_PG_ADMIN_URL set by the user
 * wins: an existing server is used as it is. Otherwise a private server is started (initdb into
 * the temp dir, see private-postgres.ts) and its admin URL is put in TEST_PG_ADMIN_URL, which the
 * test workers and every child process inherit. It is stopped and deleted when the last user
 * releases it, and also when the process ends any other way it can notice: SIGINT, SIGTERM,
 * SIGHUP, process.exit(). A SIGKILL leaves it behind; the next start sweeps it away.
 *
 * The default export is Vitest's globalSetup (integration and e2e projects, in the main process);
 * it also makes the cluster's shared roles before any test file runs (postgres.ts).
 */
import { createClusterRoles } from './postgres.ts';
import {
  type PrivatePostgres,
  removeCluster,
  startPrivatePostgres,
  sweepStaleClusters,
} from './private-postgres.ts';

interface Shared {
  users: number;
  cluster: Promise<PrivatePostgres>;
  /** Stops and deletes the server, once; set when it has started. */
  cleanup: (() => void) | null;
}

const KEY = Symbol.for('voicetrack.test-postgres');
const state = globalThis as typeof globalThis & { [KEY]?: Shared };
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export interface TestPostgresOptions {
  /** fsync on (the bench); tests run without it. */
  durable?: boolean;
}

/** Makes TEST_PG_ADMIN_URL point at a server; returns the release to call when done. */
export async function provideTestPostgres(options: TestPostgresOptions = {}): Promise<() => Promise<void>> {
  const existing = state[KEY];
  if (existing) {
    existing.users += 1;
    await existing.cluster;
    return release;
  }
  if (process.env.TEST_PG_ADMIN_URL) return async () => {};
  sweepStaleClusters();
  const shared: Shared = { users: 1, cluster: startPrivatePostgres(options), cleanup: null };
  state[KEY] = shared;
  let pg: PrivatePostgres;
  try {
    pg = await shared.cluster;
  } catch (error) {
    delete state[KEY];
    throw error;
  }
  process.env.TEST_PG_ADMIN_URL = pg.url;
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    // Then end as the signal would have: Vitest's own handler exits first (after 1 ms, to flush
    // its output); a process without one (the bench) is ended by the signal, now unhandled.
    setTimeout(() => process.kill(process.pid, signal), 50);
  };
  const cleanup = () => {
    process.off('exit', cleanup);
    for (const s of SIGNALS) process.off(s, onSignal);
    delete process.env.TEST_PG_ADMIN_URL;
    delete state[KEY];
    removeCluster(pg.root);
  };
  shared.cleanup = cleanup;
  process.once('exit', cleanup);
  for (const s of SIGNALS) process.once(s, onSignal);
  return release;
}

async function release(): Promise<void> {
  const shared = state[KEY];
  if (!shared) return;
  shared.users -= 1;
  if (shared.users === 0) shared.cleanup?.();
}

export default async function setup(): Promise<() => Promise<void>> {
  const release = await provideTestPostgres();
  try {
    await createClusterRoles();
  } catch (error) {
    await release();
    throw error;
  }
  return release;
}
