/**
 * Where the benches of pages over a loaded database run (plans.ts, reconciliation.ts): PGlite,
 * then the tests' PostgreSQL server with fsync on, and the app wired over the SQL port the bench
 * watches (recording or counting the statements it sends, a transaction's too).
 */
import { readConfig } from '@voicetrack/edge/config.ts';
import { createBackground } from '@voicetrack/edge/money/background.ts';
import { silentLogger } from '@voicetrack/edge/observe/logger.ts';
import { loadMigrations } from '@voicetrack/edge/store/migration-files.ts';
import type { Sql, SqlParam, SqlTx } from '@voicetrack/edge/store/sql.ts';
import { createSqlStore } from '@voicetrack/edge/store/sql-store.ts';
import { wire } from '@voicetrack/edge/wire.ts';
import { createTestDatabase } from '../support/postgres.ts';
import { provideTestPostgres } from '../support/test-postgres.ts';
import type { Figure } from './figure.ts';

export type Kind = 'PGlite' | 'PostgreSQL';

/** `on` PGlite, then on the PostgreSQL server in a database of its own named `database`, dropped after. */
export async function onBothDatabases(
  database: string,
  on: (kind: Kind, databaseUrl: string | undefined) => Promise<Figure[]>,
): Promise<Figure[]> {
  const figures = await on('PGlite', undefined);
  const release = await provideTestPostgres({ durable: true });
  try {
    const db = await createTestDatabase(database);
    try {
      figures.push(...(await on('PostgreSQL', db.url)));
    } finally {
      await db.drop();
    }
  } finally {
    await release();
  }
  return figures;
}

/** The app over `sql` (no rate limit, no listening for other processes' changes), and its store. */
export function appOver(sql: Sql) {
  const store = createSqlStore(sql, { versions: loadMigrations().map((m) => m.version) }, { listen: false });
  const { app, idle } = wire(readConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '1000000' }), {
    store,
    background: createBackground(silentLogger),
  });
  return { app, idle, store };
}

/** How a watched port runs each statement: through `tx`, noting what the bench keeps of it. */
export type WatchedQuery = <T extends object>(
  tx: SqlTx,
  text: string,
  params?: readonly SqlParam[],
) => Promise<T[]>;

/** `sql` with every statement it runs, a transaction's too, run by `query`. */
export function watchedSql(sql: Sql, query: WatchedQuery): Sql {
  const wrap = (tx: SqlTx): SqlTx => ({
    query: (text, params) => query(tx, text, params),
    exec: (script) => tx.exec(script),
  });
  return {
    ...wrap(sql),
    kind: sql.kind,
    transaction: (fn) => sql.transaction((tx) => fn(wrap(tx))),
    listen: (channel, onPayload) => sql.listen(channel, onPayload),
    close: () => sql.close(),
  };
}
