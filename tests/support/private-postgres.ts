/**
 * A PostgreSQL server of a test's own (Debian's PostgreSQL 15 binaries, `initdb` + `pg_ctl`), for
 * tests that stop the database: the shared server on 5432 serves other test files in parallel.
 * Postgres refuses to run as root, so the binaries run as the `postgres` OS user when the tests
 * are root. Trust auth on 127.0.0.1 only, a free port, the socket in the data directory's parent.
 */
import { execFile } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';
const INITDB_OPTIONS = ['-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'];

export interface PrivatePostgres {
  url: string;
  port: number;
  /** Starts the server again on the same data and port (waits until it accepts connections). */
  start(): Promise<void>;
  /** Stops it the hard way (`-m immediate`): connections are cut, as in a crash. */
  stop(): Promise<void>;
  /** Stops it and deletes its files. */
  destroy(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.once('error', reject);
  });
}

/** Runs a Postgres binary as the `postgres` user when we are root, as ourselves otherwise. */
function pg(binary: string, args: string[]) {
  const file = join(BIN, binary);
  return process.getuid?.() === 0
    ? run('/usr/sbin/runuser', ['-u', 'postgres', '--', file, ...args])
    : run(file, args);
}

async function owner(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const { stdout } = await run('/usr/bin/id', ['postgres']);
  const uid = Number(/uid=(\d+)/.exec(stdout)?.[1]);
  const gid = Number(/gid=(\d+)/.exec(stdout)?.[1]);
  return { uid, gid };
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const root = mkdtempSync(join(tmpdir(), 'vt-private-pg-'));
  const ids = await owner();
  if (ids) chownSync(root, ids.uid, ids.gid);
  const data = join(root, 'data');
  await pg('initdb', ['-D', data, ...INITDB_OPTIONS]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${root}`,
    '-c listen_addresses=127.0.0.1',
    // A throwaway cluster: durability is not what these tests look at.
    '-c fsync=off',
  ].join(' ');
  const start = async () => {
    await pg('pg_ctl', ['-D', data, '-l', join(root, 'server.log'), '-o', options, '-w', 'start']);
  };
  const stop = async () => {
    await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    destroy: async () => {
      await stop().catch(() => {});
      rmSync(root, { recursive: true, force: true });
    },
  };
}
