/**
 * PGlite gathers no statistics by itself (no autovacuum): the store analyzes a table once its rows
 * changed as much as the PostgreSQL server's autovacuum would wait for (50 and a tenth of the
 * table), or when it has none at all, and after a bulk import without being asked. On the
 * PostgreSQL server it leaves that to autovacuum.
 */
import { LOCAL_OWNER, type Store } from '@voicetrack/edge/ports.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import type { Sql } from '@voicetrack/edge/store/sql.ts';
import { tablesToAnalyze } from '@voicetrack/edge/store/statistics.ts';
import type { ExportedExpense } from '@voicetrack/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';

/** n expenses of June 2026 written straight into the table (no import, nothing said to the store). */
const insertRows = (sql: Sql, n: number) =>
  sql.query(
    `insert into expenses (user_id, client_id, amount, currency, category, description, expense_date, source)
     select null, gen_random_uuid(), 12.50, 'EUR', 'dining', 'resto', date '2026-06-01' + (g % 30), 'text'
     from generate_series(1, $1::int) g`,
    [n],
  );

const exported = (n: number): ExportedExpense[] =>
  Array.from({ length: n }, (_, i) => ({
    clientId: crypto.randomUUID(),
    position: 0,
    amount: '8.40',
    currency: 'EUR',
    category: 'groceries',
    description: `courses ${i}`,
    date: `2026-07-${String((i % 28) + 1).padStart(2, '0')}`,
    transcript: null,
    source: 'text',
    status: 'saved',
  }));

const statisticsOf = async (sql: Sql, table: string) =>
  Number(
    (
      await sql.query<{ n: string }>(`select count(*)::text as n from pg_stats where tablename = $1`, [table])
    )[0]?.n,
  );

describe('the planner statistics of PGlite', () => {
  let store: Store;
  let sql: Sql;
  beforeAll(async () => {
    ({ store, sql } = await openStore({}));
  });
  afterAll(async () => {
    await store.close();
  });

  it('analyzes a table that has none once it holds rows, and then leaves it until it changed enough', async () => {
    await insertRows(sql, 1_000);
    expect(await statisticsOf(sql, 'expenses')).toBe(0);
    expect(await tablesToAnalyze(sql)).toContain('expenses');
    expect(await store.statistics.refresh()).toContain('expenses');
    expect(await statisticsOf(sql, 'expenses')).toBeGreaterThan(0);
    const [row] = await sql.query<{ rows: number }>(
      `select reltuples::int as rows from pg_class where relname = 'expenses'`,
    );
    expect(row?.rows).toBe(1_000);

    // 100 rows changed: less than 50 and a tenth of 1,000.
    await insertRows(sql, 100);
    expect(await store.statistics.refresh()).not.toContain('expenses');
    // 60 more: 160 since the last analyze, past 150.
    await insertRows(sql, 60);
    expect(await store.statistics.refresh()).toContain('expenses');
    expect(await store.statistics.refresh()).toEqual([]);
  });

  it('analyzes a table that grew by a tenth even when the counts were lost (PGlite forgets them when it closes)', async () => {
    await insertRows(sql, 400);
    await sql.query('select pg_stat_reset()');
    expect(await tablesToAnalyze(sql)).toContain('expenses');
    expect(await store.statistics.refresh()).toContain('expenses');
  });

  it('analyzes after a JSON import by itself, without waiting to be asked', async () => {
    const done = await store.expenses.import(LOCAL_OWNER, exported(600));
    expect(done.imported).toBe(600);
    // The import's own refresh ran (or runs) first: a refresh asked now finds nothing left to do.
    expect(await store.statistics.refresh()).not.toContain('expenses');
    const [row] = await sql.query<{ rows: number }>(
      `select reltuples::int as rows from pg_class where relname = 'expenses'`,
    );
    expect(row?.rows).toBe(2_160);
  });
});

describe('the planner statistics on the PostgreSQL server', () => {
  let db: TestDatabase;
  let store: Store;
  let sql: Sql;
  beforeAll(async () => {
    db = await createTestDatabase('vt_statistics');
    ({ store, sql } = await openStore({ databaseUrl: db.url }));
  });
  afterAll(async () => {
    await store.close();
    await db.drop();
  });

  it('are autovacuum’s: the store analyzes nothing itself', async () => {
    await insertRows(sql, 1_000);
    expect(await store.statistics.refresh()).toEqual([]);
  });
});
