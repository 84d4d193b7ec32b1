import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Sql, SqlParam, SqlTx } from './sql.ts';

/** PGlite: Postgres compiled to WASM, in-process. A directory for files, or memory when none. */
export async function openPgliteSql(dataDir?: string): Promise<Sql> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const query = async <T extends object>(
    runner: Pick<PGlite, 'query'>,
    text: string,
    params: readonly SqlParam[] = [],
  ): Promise<T[]> => (await runner.query<T>(text, [...params])).rows;
  return {
    kind: 'pglite',
    query: (text, params) => query(db, text, params),
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          query: (text, params) => query(tx, text, params),
          exec: async (script) => {
            await tx.exec(script);
          },
        } satisfies SqlTx),
      ),
    exec: async (script) => {
      await db.exec(script);
    },
    listen: async (channel, onPayload) => {
      const stop = await db.listen(channel, onPayload);
      return () => stop();
    },
    close: () => db.close(),
  };
}
