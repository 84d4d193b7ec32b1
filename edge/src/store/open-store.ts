/** Opens the database on Node: the driver, Supabase's shim outside Supabase, the migrations. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../ports.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { migrate } from './migrate.ts';
import { loadMigrations, SUPABASE_SHIM } from './migration-files.ts';
import { openPgliteSql } from './pglite-sql.ts';
import { openPostgresSql } from './postgres-sql.ts';
import { closeToOthers, keepPrivate, PRIVATE_UMASK } from './private-dir.ts';
import type { Sql } from './sql.ts';
import { createSqlStore } from './sql-store.ts';

/**
 * Outside Supabase, create what Supabase provides (roles, auth.users, auth.uid()) before the
 * migrations, which reference them. On Supabase `auth.users` exists and nothing is done.
 */
export async function ensureSupabaseShim(sql: Sql): Promise<void> {
  const [row] = await sql.query<{ present: boolean }>(
    `select to_regclass('auth.users') is not null as present`,
  );
  if (!row?.present) await sql.exec(readFileSync(SUPABASE_SHIM, 'utf8'));
}

export interface StoreOptions {
  /** Postgres server URL; when absent, PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite's directory; when absent, PGlite keeps everything in memory (tests). */
  dataDir?: string | undefined;
  /** Skip the migration runner (Supabase: `supabase db push` applies them). */
  migrate?: boolean;
  /** false through a transaction pooler: no LISTEN, no change feed. */
  listen?: boolean;
  /** Who opens a PGlite directory, as the lock names it ("the server", "pnpm backup"…). */
  holder?: string;
}

/** Opens the database, applies pending migrations and returns the store over it. */
export async function openStore(options: StoreOptions): Promise<{ store: Store; sql: Sql }> {
  const sql = options.databaseUrl
    ? await openPostgresSql(options.databaseUrl)
    : options.dataDir
      ? await openLockedPglite(options.dataDir, options.holder ?? `a VoiceTrack process`)
      : await openInMemory(options.migrate !== false);
  const migrations = loadMigrations();
  try {
    if (options.migrate !== false) {
      await ensureSupabaseShim(sql);
      await migrate(sql, migrations);
    }
    if (sql.kind === 'pglite') {
      // PGlite lives in this one process: any note still claimed was claimed by a process that
      // died (a crash, a kill). Give those notes back at once instead of waiting for their lease.
      await sql.query(`update captures set claim_token = null, claimed_at = null where state = 'processing'`);
    }
  } catch (error) {
    await sql.close();
    throw error;
  }
  const versions = { versions: migrations.map((m) => m.version) };
  return { store: createSqlStore(sql, versions, { listen: options.listen !== false }), sql };
}

/**
 * A process that opens several databases in memory (tests) keeps the files of its second one once
 * every migration is applied, and starts each later one as a copy of them, as a restore would,
 * instead of a new cluster (PGlite's initdb and the migrations: about 3 s of CPU each time, the
 * copy 0.6 s); openStore still runs the migrations on it, where none is pending. The first (the
 * server's only one) is a new cluster as before, and nothing is kept for it.
 */
let inMemoryOpened = false;
let migratedImage: Promise<Blob> | undefined;
async function openInMemory(migrated: boolean): Promise<Sql> {
  if (!migrated) return openPgliteSql();
  if (!inMemoryOpened) {
    inMemoryOpened = true;
    return openPgliteSql();
  }
  if (migratedImage) return openPgliteSql(undefined, await migratedImage);
  const sql = await openPgliteSql();
  const image = (async () => {
    await ensureSupabaseShim(sql);
    await migrate(sql, loadMigrations());
    return sql.dumpDataDir();
  })();
  migratedImage = image;
  try {
    await image;
  } catch (error) {
    // The caller reports it; the next database in memory tries again.
    migratedImage = undefined;
    await sql.close();
    throw error;
  }
  return sql;
}

/**
 * The files of a database in memory with every migration applied (PGlite's dumpDataDir), for a
 * test run to make once and hand to each of its processes (startInMemoryFrom).
 */
export async function migratedInMemoryImage(): Promise<Blob> {
  const sql = await openPgliteSql();
  try {
    await ensureSupabaseShim(sql);
    await migrate(sql, loadMigrations());
    return await sql.dumpDataDir();
  } finally {
    await sql.close();
  }
}

/** Every later database in memory of this process starts as a copy of `image` (migratedInMemoryImage). */
export function startInMemoryFrom(image: Blob): void {
  inMemoryOpened = true;
  migratedImage = Promise.resolve(image);
}

/** PGlite on a directory, locked for this process until close (data-dir-lock.ts). */
async function openLockedPglite(dataDir: string, holder: string): Promise<Sql> {
  const release = lockDataDir(dataDir, holder);
  try {
    const sql = await openPgliteSql(dataDir);
    // A new database's files come out of PGlite 0666, an old one's as its version left them.
    closeToOthers(dataDir);
    return {
      ...sql,
      close: async () => {
        try {
          await sql.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * The database as the server opens it: DATABASE_URL, else PGlite in DATA_DIR (or memory://).
 * DATA_DIR, and whatever this process writes from now on, is private to its user (private-dir.ts).
 */
export function openFromConfig(
  config: { databaseUrl: string | undefined; dataDir: string; listen: boolean },
  holder = 'a VoiceTrack process',
  warn: (message: string) => void = (message) => process.stderr.write(`warning: ${message}\n`),
) {
  const inMemory = config.dataDir === 'memory://';
  // What this process writes from now on (backups, the pairing file) is private, whatever the
  // database; DATA_DIR itself is made or checked when PGlite keeps its files there.
  process.umask(PRIVATE_UMASK);
  if (!inMemory && !config.databaseUrl) {
    const warning = keepPrivate(config.dataDir);
    if (warning) warn(warning);
  }
  return openStore({
    databaseUrl: config.databaseUrl,
    listen: config.listen,
    holder,
    ...(inMemory ? {} : { dataDir: join(config.dataDir, 'pglite') }),
  });
}
