/**
 * The two databases the store's integration files run their cases on, and the app each case
 * starts from: PGlite in memory, or a fresh database of the run's PostgreSQL server.
 */
import { afterAll, beforeAll } from 'vitest';
import { startTestApp, type TestApp } from './edge-app.ts';
import { createTestDatabase, type TestDatabase } from './postgres.ts';

/** For `describe.each`: the database's name in the test's title, and whether it is PostgreSQL. */
export const BOTH_DATABASES: [string, boolean][] = [
  ['PGlite', false],
  ['the PostgreSQL server', true],
];

/**
 * For the describe it is called in: an app on PGlite in memory, or (`postgres`) on a database of
 * the run's server named after `prefix` (startTestApp's other `options` given), started before its
 * tests (before the hooks registered after this call) and closed, its database dropped, after them.
 */
export function useAppOn(
  postgres: boolean,
  prefix: string,
  options: Omit<Parameters<typeof startTestApp>[0], 'databaseUrl'> = {},
): { readonly app: TestApp } {
  const held = {} as { app: TestApp; db?: TestDatabase };
  beforeAll(async () => {
    held.db = postgres ? await createTestDatabase(prefix) : undefined;
    held.app = await startTestApp({ ...options, ...(held.db ? { databaseUrl: held.db.url } : {}) });
  });
  afterAll(async () => {
    await held.app?.close();
    await held.db?.drop();
  });
  return held;
}
