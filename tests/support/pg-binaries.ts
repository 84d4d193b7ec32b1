/**
 * Where the PostgreSQL server binaries are: PG_BIN_DIR when set; else the newest of Debian's
 * /usr/lib/postgresql/<major>/bin (the `postgresql` package puts them there, off the PATH); else
 * `pg_config --bindir`; else an `initdb` on the PATH (other systems).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const DEBIAN_ROOT = '/usr/lib/postgresql';

function hasServer(dir: string): boolean {
  return existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
}

function debianBinDir(): string | null {
  if (!existsSync(DEBIAN_ROOT)) return null;
  const majors = readdirSync(DEBIAN_ROOT)
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  for (const major of majors) {
    const dir = join(DEBIAN_ROOT, major, 'bin');
    if (hasServer(dir)) return dir;
  }
  return null;
}

function ask(file: string, args: string[]): string | null {
  try {
    return execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function findBinDir(): string {
  const fromEnv = process.env.PG_BIN_DIR;
  if (fromEnv) {
    if (!hasServer(fromEnv)) throw new Error(`PG_BIN_DIR=${fromEnv} has no initdb and pg_ctl`);
    return fromEnv;
  }
  const found =
    debianBinDir() ??
    [ask('pg_config', ['--bindir']), dirname(ask('/bin/sh', ['-c', 'command -v initdb']) ?? '.')].find(
      (dir): dir is string => dir !== null && hasServer(dir),
    );
  if (!found) {
    throw new Error(
      "PostgreSQL's server binaries (initdb, pg_ctl) were not found: install Debian's postgresql package " +
        '(apt-get install postgresql), set PG_BIN_DIR to their directory, or set TEST_PG_ADMIN_URL to a running server',
    );
  }
  return found;
}

let cached: string | undefined;

export function pgBinDir(): string {
  cached ??= findBinDir();
  return cached;
}
