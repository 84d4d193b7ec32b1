/**
 * A PostgreSQL server of our own: the installed server binaries (`initdb` + `pg_ctl`) on a
 * throwaway directory under the temp dir, trust auth on 127.0.0.1 only, a free port, the socket
 * beside the data. The test run starts one for every file (test-postgres.ts); a test that stops
 * the database starts one of its own. Postgres refuses to run as root, so when we are root the
 * binaries run as the `postgres` OS user (Debian's package creates it).
 *
 * Each directory holds `owner.json`: the pid that started it and that process's pid namespace.
 * A run killed before it could clean up (SIGKILL, a crash) leaves a server whose owner is dead;
 * the next start stops it and deletes its directory (sweepStaleClusters).
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.ts';
import { pgBinDir } from './pg-binaries.ts';

const run = promisify(execFile);
const PREFIX = 'vt-pg-';
const INITDB_OPTIONS = ['-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'];

export interface PrivatePostgres {
  url: string;
  port: number;
  /** The temp directory holding the data, the socket, the log and owner.json. */
  root: string;
  /** Starts the server again on the same data and port (waits until it accepts connections). */
  start(): Promise<void>;
  /** Stops it the hard way (`-m immediate`): connections are cut, as in a crash. */
  stop(): Promise<void>;
  /** Stops it and deletes its files. */
  destroy(): Promise<void>;
}

export interface PrivatePostgresOptions {
  /** fsync on, as a real server (the bench measures commits); tests leave it off: throwaway data. */
  durable?: boolean;
}

const asRoot = () => process.getuid?.() === 0;

/** The command line of a Postgres binary: as the `postgres` user when we are root. */
function command(binary: string, args: string[]): [string, string[]] {
  const file = join(pgBinDir(), binary);
  return asRoot() ? ['/usr/sbin/runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
}

const pg = (binary: string, args: string[]) => run(...command(binary, args));

function postgresUser(): { uid: number; gid: number } {
  let out: string;
  try {
    out = execFileSync('/usr/bin/id', ['postgres'], { encoding: 'utf8' });
  } catch {
    throw new Error('running as root, but there is no `postgres` OS user to run PostgreSQL as');
  }
  return { uid: Number(/uid=(\d+)/.exec(out)?.[1]), gid: Number(/gid=(\d+)/.exec(out)?.[1]) };
}

/** Which pid namespace we are in: a pid from another namespace says nothing about ours. */
function pidNamespace(): string {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return 'unknown';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Stops the server in root (if it runs) and deletes root. Synchronous: it runs in exit handlers. */
export function removeCluster(root: string): void {
  const data = join(root, 'data');
  if (existsSync(join(data, 'postmaster.pid'))) {
    try {
      execFileSync(...command('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
    } catch {
      // Already stopped (or never started): nothing to stop, the files still go.
    }
  }
  rmSync(root, { recursive: true, force: true });
}

/**
 * Stops and deletes the servers that runs killed before their cleanup left behind: those whose
 * owner process is dead in our pid namespace. Live owners (another run, another engineer's
 * tests) and other namespaces are left alone. Returns the directories it removed.
 */
export function sweepStaleClusters(dir = tmpdir()): string[] {
  const removed: string[] = [];
  const ns = pidNamespace();
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(PREFIX)) continue;
    const root = join(dir, name);
    let owner: { pid: number; pidNamespace: string };
    try {
      owner = JSON.parse(readFileSync(join(root, 'owner.json'), 'utf8')) as typeof owner;
    } catch {
      // No owner.json yet: another process may be creating it this instant. Only an old one goes.
      const made = statSync(root, { throwIfNoEntry: false })?.mtimeMs ?? 0;
      if (Date.now() - made < 10 * 60_000) continue;
      owner = { pid: 0, pidNamespace: ns };
    }
    if (owner.pidNamespace !== ns || (owner.pid > 0 && isAlive(owner.pid))) continue;
    removeCluster(root);
    removed.push(root);
  }
  return removed;
}

export async function startPrivatePostgres(options: PrivatePostgresOptions = {}): Promise<PrivatePostgres> {
  const root = mkdtempSync(join(tmpdir(), PREFIX));
  writeFileSync(join(root, 'owner.json'), JSON.stringify({ pid: process.pid, pidNamespace: pidNamespace() }));
  if (asRoot()) {
    const { uid, gid } = postgresUser();
    chownSync(root, uid, gid);
  }
  const data = join(root, 'data');
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${root}`,
    '-c listen_addresses=127.0.0.1',
    // A throwaway cluster: durability is not what the tests look at.
    // Without fsync a server that is stopped or killed loses nothing (the kernel has the pages).
    ...(options.durable ? [] : ['-c fsync=off']),
  ].join(' ');
  const start = async () => {
    await pg('pg_ctl', ['-D', data, '-l', join(root, 'server.log'), '-o', settings, '-w', 'start']);
  };
  try {
    await pg('initdb', ['-D', data, ...INITDB_OPTIONS]);
    await start();
  } catch (error) {
    removeCluster(root);
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    root,
    start,
    stop: async () => {
      await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    },
    destroy: async () => removeCluster(root),
  };
}
