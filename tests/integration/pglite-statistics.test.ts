/**
 * PGlite gathers no statistics and vacuums nothing by itself (no autovacuum): the store analyzes a
 * table once its rows changed as much as the PostgreSQL server's autovacuum would wait for (50 and
 * a tenth of the table), or when it has none at all, vacuums it once 50 and a fifth of it are dead
 * (or once a run, the counts being lost at close), and does both after a bulk import without being
 * asked. On the PostgreSQL server it leaves that to autovacuum.
 */
import { LOCAL_OWNER, type Store } from '@voicetrack/edge/ports.ts';
import { importStatement } from '@voicetrack/edge/statements/import-statement.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import type { Sql } from '@voicetrack/edge/store/sql.ts';
import { tablesDue, tablesToAnalyze } from '@voicetrack/edge/store/statistics.ts';
import type { ExportedExpense } from '@voicetrack/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';
import { camt053, generateLines } from '../support/statement-generator.ts';

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
    expect((await store.statistics.refresh()).analyzed).toContain('expenses');
    expect(await statisticsOf(sql, 'expenses')).toBeGreaterThan(0);
    const [row] = await sql.query<{ rows: number }>(
      `select reltuples::int as rows from pg_class where relname = 'expenses'`,
    );
    expect(row?.rows).toBe(1_000);

    // 100 rows changed: less than 50 and a tenth of 1,000.
    await insertRows(sql, 100);
    expect((await store.statistics.refresh()).analyzed).not.toContain('expenses');
    // 60 more: 160 since the last analyze, past 150.
    await insertRows(sql, 60);
    expect((await store.statistics.refresh()).analyzed).toContain('expenses');
    expect((await store.statistics.refresh()).analyzed).toEqual([]);
  });

  it('analyzes a table that grew by a tenth even when the counts were lost (PGlite forgets them when it closes)', async () => {
    await insertRows(sql, 400);
    await sql.query('select pg_stat_reset()');
    expect(await tablesToAnalyze(sql)).toContain('expenses');
    expect((await store.statistics.refresh()).analyzed).toContain('expenses');
  });

  it('analyzes after a JSON import by itself, without waiting to be asked', async () => {
    const done = await store.expenses.import(LOCAL_OWNER, exported(600));
    expect(done.imported).toBe(600);
    // The import's own refresh ran (or runs) first: a refresh asked now finds nothing left to do.
    expect((await store.statistics.refresh()).analyzed).not.toContain('expenses');
    const [row] = await sql.query<{ rows: number }>(
      `select reltuples::int as rows from pg_class where relname = 'expenses'`,
    );
    expect(row?.rows).toBe(2_160);
  });
});

const deadRows = async (sql: Sql, table: string) => {
  await sql.query('select pg_stat_force_next_flush()');
  const [row] = await sql.query<{ dead: number; vacuums: number }>(
    `select n_dead_tup::int as dead, vacuum_count::int as vacuums from pg_stat_user_tables where relname = $1`,
    [table],
  );
  return row;
};

const statementBytes = (n: number) => new TextEncoder().encode(camt053(generateLines(n)));

describe('the dead rows of PGlite', () => {
  let store: Store;
  let sql: Sql;
  beforeAll(async () => {
    ({ store, sql } = await openStore({}));
    await insertRows(sql, 1_000);
  });
  afterAll(async () => {
    await store.close();
  });

  it('vacuums each table once a run (the dead rows of a run before are counted nowhere), then leaves it', async () => {
    const first = await store.statistics.refresh();
    expect(first.vacuumed).toContain('expenses');
    expect((await deadRows(sql, 'expenses'))?.vacuums).toBe(1);
    expect(await store.statistics.refresh()).toEqual({ vacuumed: [], analyzed: [] });
  });

  it('vacuums a table once 50 rows and a fifth of it are dead, not before', async () => {
    // 200 rows edited: 200 dead, under 50 + 0.2 × 1,000.
    await sql.query(
      `update expenses set description = 'resto 2' where ctid in (select ctid from expenses limit 200)`,
    );
    expect((await store.statistics.refresh()).vacuumed).toEqual([]);
    // 100 deleted: 300 dead, past 250.
    await sql.query(`delete from expenses where ctid in (select ctid from expenses limit 100)`);
    expect((await deadRows(sql, 'expenses'))?.dead).toBeGreaterThan(250);
    expect((await store.statistics.refresh()).vacuumed).toEqual(['expenses']);
    expect((await deadRows(sql, 'expenses'))?.dead).toBe(0);
  });

  it('vacuums every table again once the counts were lost (as when PGlite closes)', async () => {
    await sql.query('select pg_stat_reset()');
    expect((await tablesDue(sql)).filter((t) => t.vacuum).map((t) => t.name)).toContain('expenses');
    expect((await store.statistics.refresh()).vacuumed).toContain('expenses');
    expect((await store.statistics.refresh()).vacuumed).toEqual([]);
  });

  it('vacuums after an open transaction (an import’s) ends, never inside it', async () => {
    await sql.query('select pg_stat_reset()');
    const order: string[] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const importing = sql.transaction(async (tx) => {
      await tx.query(`update expenses set description = 'importé'`);
      await held;
    });
    const committed = importing.then(() => order.push('committed'));
    // Asked while the transaction is open: VACUUM there would throw, and would see no dead row.
    const upkeep = store.statistics.refresh().then((done) => {
      order.push('upkeep');
      return done;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await committed;
    expect((await upkeep).vacuumed).toContain('expenses');
    expect(order).toEqual(['committed', 'upkeep']);
    expect((await deadRows(sql, 'expenses'))?.dead).toBe(0);
  });
});

describe('the planner statistics after a statement import', () => {
  let store: Store;
  let sql: Sql;
  beforeAll(async () => {
    ({ store, sql } = await openStore({}));
  });
  afterAll(async () => {
    await store.close();
  });

  it('analyzes the statement’s lines by itself, without waiting to be asked', async () => {
    const deps = { statements: store.statements, learning: store.learning, defaultCurrency: 'EUR' };
    const outcome = await importStatement(deps, LOCAL_OWNER, {
      bytes: statementBytes(600),
      fileName: 'a.xml',
    });
    expect(outcome.kind).toBe('imported');
    // The import's own refresh ran (or runs) first: a refresh asked now finds nothing left to do.
    expect((await store.statistics.refresh()).analyzed).not.toContain('bank_lines');
    expect(await statisticsOf(sql, 'bank_lines')).toBeGreaterThan(0);
    const [row] = await sql.query<{ rows: number }>(
      `select reltuples::int as rows from pg_class where relname = 'bank_lines'`,
    );
    expect(row?.rows).toBe(600);
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

  it('are autovacuum’s: the store vacuums and analyzes nothing itself', async () => {
    await insertRows(sql, 1_000);
    await sql.query(`update expenses set description = 'resto du midi'`);
    expect(await store.statistics.refresh()).toEqual({ vacuumed: [], analyzed: [] });
  });
});
