/**
 * `pnpm bench vacuum`: what PGlite's files become without autovacuum. A year of data (`pnpm bench
 * plans`' set: twelve statements and 1,500 expenses through the app, 600 household bills written
 * straight in) is edited ten times over: each round rewrites every expense's description (as an
 * edit does, its triggers fired) and deletes 100 expenses and adds 100. Once with the upkeep as it
 * was (analyze only), once with this store's (vacuum and analyze by autovacuum's rule), the check
 * run after each round as the server's 5-minute job would. Prints the database's size, the
 * expenses' table and index pages, and the longest single check; PGlite only (the PostgreSQL
 * server has autovacuum). Never a pass or fail.
 */
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import type { Sql } from '@voicetrack/edge/store/sql.ts';
import { tablesToAnalyze } from '@voicetrack/edge/store/statistics.ts';
import { appOver } from './bench-databases.ts';
import type { Figure } from './figure.ts';
import { seedYear } from './plans.ts';

const ROUNDS = 10;
const CHURN = 100;

interface Sizes {
  databaseKiB: number;
  tablePages: number;
  indexPages: number;
  dead: number;
}

async function sizes(sql: Sql): Promise<Sizes> {
  await sql.query('select pg_stat_force_next_flush()');
  const [row] = await sql.query<Sizes>(
    `select pg_database_size(current_database())::float8 / 1024 as "databaseKiB",
       pg_relation_size('expenses')::float8 / current_setting('block_size')::int as "tablePages",
       pg_indexes_size('expenses')::float8 / current_setting('block_size')::int as "indexPages",
       (select n_dead_tup::int from pg_stat_user_tables where relname = 'expenses') as dead`,
  );
  if (!row) throw new Error('no sizes');
  return row;
}

async function editRound(sql: Sql, round: number): Promise<void> {
  await sql.query(`update expenses set description = description || $1::text`, [` ${round}`]);
  await sql.query(
    `delete from expenses where id in (select id from expenses where household_id is null order by id limit ${CHURN})`,
  );
  await sql.query(
    `insert into expenses (user_id, client_id, amount, currency, category, description, expense_date, source)
     select null, gen_random_uuid(), 9.90, 'EUR', 'dining', 'resto', date '2026-06-01' + (g % 30), 'text'
     from generate_series(1, ${CHURN}) g`,
  );
}

/** Analyzes what is due, as the upkeep did before it vacuumed. */
async function analyzeOnly(sql: Sql): Promise<void> {
  for (const table of await tablesToAnalyze(sql)) await sql.query(`analyze public."${table}"`);
}

async function yearEdited(withVacuum: boolean) {
  const { sql } = await openStore({});
  const { app, idle, store } = appOver(sql);
  try {
    await seedYear(app, sql);
    const upkeep = async () => {
      const t0 = performance.now();
      if (withVacuum) await store.statistics.refresh();
      else await analyzeOnly(sql);
      return performance.now() - t0;
    };
    const first = await upkeep();
    const loaded = await sizes(sql);
    let longest = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      await editRound(sql, round);
      longest = Math.max(longest, await upkeep());
    }
    const edited = await sizes(sql);
    // As at a start: the counts lost, every table with rows is vacuumed once.
    await sql.query('select pg_stat_reset()');
    const restart = await upkeep();
    return { loaded, edited, first, longest, restart };
  } finally {
    await idle();
    await store.close();
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export async function benchVacuum(): Promise<Figure[]> {
  const before = await yearEdited(false);
  const after = await yearEdited(true);
  const line = (s: Sizes) =>
    `${Math.round(s.databaseKiB)} KiB, expenses ${s.tablePages} table + ${s.indexPages} index pages, ${s.dead} dead rows`;
  process.stderr.write(
    `vacuum: a year loaded, analyze only: ${line(before.loaded)}\n` +
      `vacuum: after ${ROUNDS} rounds, analyze only: ${line(before.edited)}\n` +
      `vacuum: a year loaded, vacuum and analyze: ${line(after.loaded)}\n` +
      `vacuum: after ${ROUNDS} rounds, vacuum and analyze: ${line(after.edited)}\n`,
  );
  const note = `a year, ${ROUNDS} rounds of edits; analyze only → vacuum and analyze`;
  return [
    {
      name: 'PGlite database after a year edited 10 times',
      value: Math.round(after.edited.databaseKiB),
      unit: 'KiB',
      note: `${note}: ${Math.round(before.edited.databaseKiB)} → ${Math.round(after.edited.databaseKiB)} KiB (loaded: ${Math.round(before.loaded.databaseKiB)} → ${Math.round(after.loaded.databaseKiB)})`,
    },
    {
      name: 'expenses table + index pages after a year edited 10 times',
      value: after.edited.tablePages + after.edited.indexPages,
      unit: 'pages',
      note: `${note}: table ${before.edited.tablePages} → ${after.edited.tablePages}, indexes ${before.edited.indexPages} → ${after.edited.indexPages}`,
    },
    {
      name: 'longest upkeep check after a round of edits',
      value: round1(after.longest),
      unit: 'ms',
      note: `analyze only ${round1(before.longest)} ms; the first check after loading: ${round1(after.first)} ms, analyze only ${round1(before.first)} ms`,
    },
    {
      name: 'upkeep check with the counts lost (a start: every table vacuumed)',
      value: round1(after.restart),
      unit: 'ms',
      note: `a year edited 10 times; analyze only ${round1(before.restart)} ms`,
    },
  ];
}
