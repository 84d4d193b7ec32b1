/**
 * A fresh database on the real PostgreSQL server for each test file, dropped afterwards. The
 * server is TEST_PG_ADMIN_URL: the one the test run started (test-postgres.ts, Vitest's global
 * setup) or an existing one the user named.
 */
import postgres from 'postgres';

/** Read when a database is made, not at import: the bench starts its server after importing. */
function adminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url) {
    throw new Error(
      'TEST_PG_ADMIN_URL is not set: run the tests through Vitest (its global setup starts a PostgreSQL ' +
        'server of its own, tests/support/test-postgres.ts) or set it to an existing server',
    );
  }
  return url;
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(prefix = 'vt_test'): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const adminAt = adminUrl();
  const admin = postgres(adminAt, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminAt);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const a = postgres(adminAt, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}
