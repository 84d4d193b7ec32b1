/**
 * `pnpm bench plans`: the main reads at a year's data, each statement's plan before and after the
 * database has statistics. A year of the person's data (reconciliation.ts's twelve statements and
 * 1,500 expenses, and 600 household bills) is loaded through the app, then five pages are read: a
 * month's list, a household's balances, the reconciliation page, the month's report and the CSV
 * export. Every read-only statement a page runs is run again under EXPLAIN (ANALYZE, BUFFERS):
 * its time and the shared buffers it touched, and its plan's shape (nodes, tables, indexes), first
 * as the database stands after the loads (PGlite has no autovacuum: it never gathers statistics),
 * then after `analyze`. Prints each page's median and p95 and each statement whose plan changed;
 * the figures are the pages' times. Never a pass or fail.
 */
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import type { Sql, SqlParam, SqlTx } from '@voicetrack/edge/store/sql.ts';
import type { wire } from '@voicetrack/edge/wire.ts';
import { appOver, type Kind, onBothDatabases, watchedSql } from './bench-databases.ts';
import { type Explained, explain, readOnly, type Statement } from './explain.ts';
import { type Figure, median, percentile } from './figure.ts';
import { seedMonths } from './reconciliation.ts';

const RUNS = 30;
const BILLS = 600;

/** The Sql port, keeping the statements run while `recording` is set. */
function recording(sql: Sql) {
  const state = { on: false, seen: [] as Statement[] };
  const recorded = watchedSql(
    sql,
    <T extends object>(tx: SqlTx, text: string, params?: readonly SqlParam[]) => {
      if (state.on) state.seen.push({ text, params: [...(params ?? [])] });
      return tx.query<T>(text, params);
    },
  );
  return { sql: recorded, state };
}

/** A household of two and its BILLS bills written straight into the table; returns its id. */
async function seedBills(app: ReturnType<typeof wire>['app'], sql: Sql): Promise<string> {
  const res = await app.request('/api/households', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Maison' }),
  });
  if (res.status !== 201) throw new Error(`POST /api/households: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  // Local mode: the members are people named on the server (pnpm pair --person), no users.
  await sql.query(
    `insert into household_members (household_id, name) values ($1::uuid, 'Alex'), ($1::uuid, 'Marie')`,
    [id],
  );
  const members = await sql.query<{ id: string }>(
    `select id::text as id from household_members where household_id = $1::uuid order by joined_at, id`,
    [id],
  );
  const [a, b] = members.map((m) => m.id);
  if (!a || !b) throw new Error('the household has not two members');
  const bills = Array.from({ length: BILLS }, (_, i) => {
    const cents = 200 + ((i * 7919) % 9_800);
    const half = Math.floor(cents / 2);
    return {
      amount: (cents / 100).toFixed(2),
      date: new Date(Date.UTC(2026, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10),
      paid_by: i % 3 === 0 ? b : a,
      split: [
        { memberId: a, cents: cents - half },
        { memberId: b, cents: half },
      ],
    };
  });
  await sql.query(
    `insert into expenses (user_id, client_id, amount, currency, category, description, expense_date, source,
       household_id, paid_by, split)
     select null, gen_random_uuid(), r.amount::numeric, 'EUR', 'groceries', 'courses', r.date::date, 'text',
       $2::uuid, r.paid_by::uuid, r.split
     from jsonb_to_recordset($1::text::jsonb) as r(amount text, date text, paid_by text, split jsonb)`,
    [JSON.stringify(bills), id],
  );
  return id;
}

/** A year's data: the twelve months of reconciliation.ts and the household's bills; returns its id. */
export async function seedYear(app: ReturnType<typeof wire>['app'], sql: Sql): Promise<string> {
  await seedMonths(
    app,
    sql,
    Array.from({ length: 12 }, (_, i) => i + 1),
  );
  return seedBills(app, sql);
}

interface PageRead {
  p50: number;
  p95: number;
  cpu: number;
  statements: { text: string; explained: Explained | null }[];
}

async function readPage(
  app: ReturnType<typeof wire>['app'],
  sql: Sql,
  state: { on: boolean; seen: Statement[] },
  path: string,
): Promise<PageRead> {
  const get = async () => {
    const res = await app.request(path);
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
  for (let i = 0; i < 3; i++) await get();
  state.seen = [];
  state.on = true;
  await get();
  state.on = false;
  const seen = state.seen;
  const times: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await get();
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const statements = [];
  for (const s of seen)
    statements.push({ text: s.text, explained: readOnly(s) ? await explain(sql, s) : null });
  return {
    p50: median(times),
    p95: percentile(times, 95),
    cpu: (cpu.user + cpu.system) / 1000 / RUNS,
    statements,
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 90);
const round = (n: number) => Math.round(n * 10) / 10;

async function plansOn(kind: Kind, databaseUrl: string | undefined): Promise<Figure[]> {
  const { sql: raw } = await openStore(databaseUrl ? { databaseUrl } : {});
  const { sql, state } = recording(raw);
  const { app, idle, store } = appOver(sql);
  try {
    const household = await seedYear(app, raw);
    const pages: [string, string][] = [
      ['a month listed', '/api/expenses?from=2026-06-01&to=2026-06-30'],
      ['balances', `/api/households/${household}/balances?currency=EUR`],
      ['reconciliation', '/api/reconciliation?month=2026-06'],
      ['report', '/api/report?month=2026-06'],
      ['export', '/api/export.csv'],
    ];
    const analyzed = await raw.query<{ n: string }>(
      `select count(*)::text as n from pg_stat_user_tables where coalesce(last_analyze, last_autoanalyze) is not null`,
    );
    process.stderr.write(`${kind}: ${analyzed[0]?.n} tables with statistics before analyze\n`);
    const before = new Map<string, PageRead>();
    for (const [name, path] of pages) before.set(name, await readPage(app, raw, state, path));
    await raw.query('analyze');
    const figures: Figure[] = [];
    for (const [name, path] of pages) {
      const was = before.get(name) as PageRead;
      const now = await readPage(app, raw, state, path);
      figures.push({
        name: `${name}, a year loaded, before → after analyze (${kind})`,
        value: round(now.p50),
        unit: 'ms',
        note: `p50 ${round(was.p50)} → ${round(now.p50)} ms, p95 ${round(was.p95)} → ${round(now.p95)} ms, CPU ${round(was.cpu)} → ${round(now.cpu)} ms a page`,
      });
      now.statements.forEach((s, i) => {
        const old = was.statements[i]?.explained;
        const next = s.explained;
        if (!next || !old) return;
        const changed = old.shape !== next.shape;
        process.stderr.write(
          `${kind} ${name} #${i + 1}${changed ? ' PLAN CHANGED' : ''}: ${round(old.ms)} → ${round(next.ms)} ms, ${old.buffers} → ${next.buffers} buffers; ${oneLine(s.text)}\n`,
        );
        if (changed) process.stderr.write(`    before: ${old.shape}\n    after:  ${next.shape}\n`);
      });
    }
    return figures;
  } finally {
    await idle();
    await store.close();
  }
}

export function benchPlans(): Promise<Figure[]> {
  return onBothDatabases('vt_bench_plans', plansOn);
}
