/**
 * A database that outlives a server killed on it (crash tests): PGlite in a directory on disk, or
 * a fresh database on the PostgreSQL server. Once the server is gone, the expenses per note are
 * counted with plain SQL, not through the API under test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { createTestDatabase } from './postgres.ts';

export interface DurableDatabase {
  /** The server's environment for this database. */
  env: Record<string, string>;
  /** Expenses per clientId, read with SQL once the server has stopped. */
  countByNote(): Promise<Map<string, number>>;
  cleanup(): Promise<void>;
}

const COUNT_BY_NOTE = `select client_id::text as client_id, count(*)::int as n from expenses group by client_id`;

export async function pgliteOnDisk(prefix = 'vt-durable-'): Promise<DurableDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  return {
    env: { DATA_DIR: dataDir },
    countByNote: async () => {
      // openFromConfig keeps PGlite's files in DATA_DIR/pglite.
      const db = await PGlite.create(join(dataDir, 'pglite'));
      try {
        const { rows } = await db.query<{ client_id: string; n: number }>(COUNT_BY_NOTE);
        return new Map(rows.map((r) => [r.client_id, r.n]));
      } finally {
        await db.close();
      }
    },
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

export async function postgresServer(prefix = 'vt_durable'): Promise<DurableDatabase> {
  const db = await createTestDatabase(prefix);
  return {
    // A claim held by the killed process is taken over after 2 s instead of 60.
    env: { DATABASE_URL: db.url, CAPTURE_LEASE_SECONDS: '2' },
    countByNote: async () => {
      const sql = postgres(db.url, { max: 1, onnotice: () => {} });
      try {
        const rows = await sql.unsafe<{ client_id: string; n: number }[]>(COUNT_BY_NOTE);
        return new Map(rows.map((r) => [r.client_id, Number(r.n)]));
      } finally {
        await sql.end();
      }
    },
    cleanup: () => db.drop(),
  };
}
