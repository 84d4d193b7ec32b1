import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../ports.ts';
import { loadMigrations, migrate } from './migrate.ts';
import { openPgliteSql } from './pglite-sql.ts';
import { openPostgresSql } from './postgres-sql.ts';
import type { Sql } from './sql.ts';
import { createSqlStore } from './sql-store.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../supabase/migrations/', import.meta.url));

export interface StoreOptions {
  /** Postgres server URL; when absent, PGlite. */
  databaseUrl?: string;
  /** PGlite's directory; when absent, PGlite keeps everything in memory (tests). */
  dataDir?: string;
  /** Skip the migration runner (Supabase: `supabase db push` applies them). */
  migrate?: boolean;
}

/** Opens the database, applies pending migrations and returns the store. Node only (reads files). */
export async function openStore(options: StoreOptions): Promise<{ store: Store; sql: Sql }> {
  const sql = options.databaseUrl
    ? await openPostgresSql(options.databaseUrl)
    : await openPgliteSql(options.dataDir);
  const migrations = loadMigrations(MIGRATIONS_DIR);
  try {
    if (options.migrate !== false) await migrate(sql, migrations);
    if (sql.kind === 'pglite') {
      // PGlite lives in this one process: any note still claimed was claimed by a process that
      // died (a crash, a kill). Give those notes back at once instead of waiting for their lease.
      await sql.query(`update captures set claim_token = null, claimed_at = null where state = 'processing'`);
    }
  } catch (error) {
    await sql.close();
    throw error;
  }
  return { store: createSqlStore(sql, migrations), sql };
}

/** The database as the server opens it: DATABASE_URL, else PGlite in DATA_DIR (or memory://). */
export function openFromConfig(config: { databaseUrl: string | undefined; dataDir: string }) {
  const inMemory = config.dataDir === 'memory://';
  return openStore({
    databaseUrl: config.databaseUrl,
    ...(inMemory ? {} : { dataDir: join(config.dataDir, 'pglite') }),
  });
}

export async function openStoreFromConfig(config: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<Store> {
  return (await openFromConfig(config)).store;
}
