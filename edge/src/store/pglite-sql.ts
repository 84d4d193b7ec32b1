import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Sql, SqlParam, SqlTx } from './sql.ts';

/** PGlite's Sql, and an image of its files another PGlite can start from (`copyOf`). */
export interface PgliteSql extends Sql {
  dumpDataDir(): Promise<Blob>;
}

/**
 * PGlite: Postgres compiled to WASM, in-process. A directory for files, or memory when none;
 * `copyOf` starts it from another's files (dumpDataDir) instead of a new cluster (initdb).
 */
export async function openPgliteSql(dataDir?: string, copyOf?: Blob): Promise<PgliteSql> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(copyOf ? { loadDataDir: copyOf } : {}),
  });
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
    // Uncompressed: the copy is read back in this process, where gzip would only cost time.
    dumpDataDir: () => db.dumpDataDir('none'),
    close: () => db.close(),
  };
}
