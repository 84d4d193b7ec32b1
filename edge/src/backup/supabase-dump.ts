/**
 * `pnpm backup:supabase`: what a hosted project holds that the JSON backup cannot carry — the
 * accounts (`auth`) the rows belong to — dumped with pg_dump beside the app's own tables, as SQL
 * data, gzip-compressed, 0600: the data of `public` (the app's tables, paired devices included) and
 * of `auth` (users, identities, sessions), not `auth.schema_migrations`, which a new project
 * already has. The schema comes from the migrations (`supabase db push`) when it is restored:
 * `gunzip -c FILE | psql … -c 'set session_replication_role = replica' -f -` (README).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { backupFileName, backupsToDelete, SUPABASE_DUMP_NAME } from './backup-file.ts';

export class DumpError extends Error {}

/** pg_dump's arguments, the password kept out of them (a command line is visible to every user). */
export function dumpCommand(databaseUrl: string): { args: string[]; password: string | undefined } {
  const url = new URL(databaseUrl);
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = '';
  return {
    args: [
      '--data-only',
      '--schema=public',
      '--schema=auth',
      '--exclude-table-data=auth.schema_migrations',
      '--no-owner',
      '--no-privileges',
      `--dbname=${url.toString()}`,
    ],
    password,
  };
}

/** Dumps the project into dir under a new name; returns its path. A failed dump leaves no file. */
export async function dumpSupabase(
  config: { url: string; pgDump: string },
  dir: string,
  keep: { daily: number; monthly: number },
  at = new Date(),
): Promise<{ file: string; deleted: string[] }> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let copy = 1;
  while (readdirSync(dir).includes(backupFileName(at, copy, 'supabase'))) copy++;
  const file = join(dir, backupFileName(at, copy, 'supabase'));
  const { args, password } = dumpCommand(config.url);
  const child = spawn(config.pgDump, args, {
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const exited = new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code ?? 1));
  });
  try {
    await pipeline(child.stdout, createGzip(), createWriteStream(file, { flags: 'wx', mode: 0o600 }));
    const code = await exited;
    if (code !== 0)
      throw new DumpError(`pg_dump failed: ${stderr.trim().split('\n').at(-1) ?? `exit ${code}`}`);
  } catch (error) {
    rmSync(file, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new DumpError(
        `${config.pgDump} is not installed (Debian: apt-get install postgresql-client; PG_DUMP names another)`,
      );
    throw error;
  }
  const deleted = backupsToDelete(readdirSync(dir), keep.daily, keep.monthly, SUPABASE_DUMP_NAME);
  for (const name of deleted) rmSync(join(dir, name));
  return { file, deleted };
}
