import postgres from 'postgres';
import type { Sql, SqlParam } from './sql.ts';

/**
 * The PostgreSQL server through postgres.js. Dates and times are passed as text and cast in SQL
 * (`$1::text::timestamptz`): postgres.js would send them through JS Date and drop microseconds.
 * `prepare: false` because Supabase's pooler
 * (Supavisor, transaction mode) cannot keep named prepared statements across transactions.
 */
export async function openPostgresSql(
  url: string,
  options: { max?: number; onNotice?: (notice: { severity: string; message: string }) => void } = {},
): Promise<Sql> {
  const { onNotice } = options;
  const client = postgres(url, {
    prepare: false,
    max: options.max ?? 10,
    idle_timeout: 30,
    connect_timeout: 10,
    // A migration's WARNING (a grant that granted nothing) is what the hosted-ownership test reads.
    onnotice: (notice) => onNotice?.({ severity: String(notice.severity), message: String(notice.message) }),
    // Every value the store reads is cast to text in SQL; keep the driver from reparsing it.
    types: {},
  });
  const run = async <T extends object>(
    runner: postgres.Sql | postgres.TransactionSql,
    text: string,
    params: readonly SqlParam[] = [],
  ): Promise<T[]> => {
    const rows = await runner.unsafe(text, params as postgres.ParameterOrJSON<never>[]);
    return rows as unknown as T[];
  };
  await client.unsafe('select 1');
  return {
    kind: 'postgres',
    query: (text, params) => run(client, text, params),
    transaction: async (fn) => {
      const result = await client.begin((tx) =>
        fn({
          query: (text, params) => run(tx, text, params),
          exec: async (script) => {
            await tx.unsafe(script);
          },
        }),
      );
      return result as Awaited<ReturnType<typeof fn>>;
    },
    exec: async (script) => {
      // Without parameters postgres.js uses the simple protocol, which runs several statements.
      await client.unsafe(script);
    },
    listen: async (channel, onPayload) => {
      // postgres.js keeps one dedicated connection for LISTEN and re-listens after a reconnect.
      const request = await client.listen(channel, onPayload);
      return () => request.unlisten();
    },
    close: () => client.end({ timeout: 5 }),
  };
}
