/**
 * `pnpm bench reconciliation`: GET /api/reconciliation?month= through the real app (wire.ts, the
 * Hono app in-process) over a year of a person's data, on PGlite and on PostgreSQL: 12 monthly
 * statements of 150 debits imported through POST /api/statements, 1,500 expenses said (1,260 of
 * them the bank's very amount, paired at import; 180 said at another amount a few days before their
 * line, the tip; 60 in cash), so 30 % of the lines stay open, each with its `pairable` expenses.
 * June's page is timed with its neighbours only (May to July loaded), then with the whole year: the
 * page should cost the month's size, not the year's. Prints the median and p95 of the page, and
 * the statements and rows the store ran and read back for one page; never a pass or fail.
 */
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import type { Sql, SqlParam, SqlTx } from '@voicetrack/edge/store/sql.ts';
import type { wire } from '@voicetrack/edge/wire.ts';
import { centsToDecimal as euros, ReconciliationSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { MERCHANTS } from '../support/statement-generator.ts';
import { appOver, type Kind, onBothDatabases, watchedSql } from './bench-databases.ts';
import { explain, readOnly, type Statement } from './explain.ts';
import { type Figure, median, percentile } from './figure.ts';

const LINES_A_MONTH = 150;
const MONTH = '2026-06';
const RUNS = 40;
const WARM_UP = 5;

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dmy = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

interface Seeded {
  csv: string;
  expenses: { amount: string; category: string; description: string; date: string }[];
}

/** Month m (1–12) of 2026: its statement as a French bank's CSV, and the expenses said around it. */
function monthOf(m: number): Seeded {
  const start = Date.UTC(2026, m - 1, 1);
  const days = new Date(Date.UTC(2026, m, 0)).getUTCDate();
  const rows = ['Date;Date de valeur;Libellé;Montant;Devise'];
  const expenses: Seeded['expenses'] = [];
  for (let i = 0; i < LINES_A_MONTH; i++) {
    const k = (m - 1) * LINES_A_MONTH + i;
    const booked = start + Math.floor((i * days) / LINES_A_MONTH) * DAY_MS;
    // A card payment is booked up to two days after it was made.
    const paid = booked - (k % 3) * DAY_MS;
    const cents = 100 + ((k * 7919) % 29_900);
    const [label, description, category] = MERCHANTS[k % MERCHANTS.length] ?? MERCHANTS[0];
    rows.push(
      `${dmy(iso(booked))};${dmy(iso(paid))};${label} ${dmy(iso(paid)).slice(0, 5)};-${euros(cents).replace('.', ',')};EUR`,
    );
    if (k % 10 < 7)
      expenses.push({ amount: euros(cents), category, description, date: iso(paid - (k % 2) * DAY_MS) });
    // Said with the tip (the bank's amount is not the one said): open, pairable by hand.
    else if (k % 10 === 7)
      expenses.push({ amount: euros(cents + 250), category, description, date: iso(paid - 2 * DAY_MS) });
  }
  for (let i = 0; i < 5; i++)
    expenses.push({
      amount: euros(350 + m * 10 + i),
      category: 'dining',
      description: 'Café',
      date: iso(start + i * 6 * DAY_MS),
    });
  return { csv: `${rows.join('\n')}\n`, expenses };
}

/** The Sql port, counting the statements run and the rows they hand back (a transaction's too). */
export function counting(sql: Sql) {
  const seen = { statements: 0, rows: 0, recording: false, recorded: [] as Statement[] };
  const counted = watchedSql(
    sql,
    async <T extends object>(tx: SqlTx, text: string, params?: readonly SqlParam[]) => {
      if (seen.recording) seen.recorded.push({ text, params: [...(params ?? [])] });
      const rows = await tx.query<T>(text, params);
      seen.statements += 1;
      seen.rows += rows.length;
      return rows;
    },
  );
  return { sql: counted, seen };
}

export async function seedMonths(
  app: ReturnType<typeof wire>['app'],
  sql: Sql,
  months: readonly number[],
): Promise<number> {
  let said = 0;
  for (const m of months) {
    const { csv, expenses } = monthOf(m);
    said += expenses.length;
    await sql.query(
      `insert into expenses (user_id, client_id, amount, currency, category, description, expense_date, source)
       select null, gen_random_uuid(), r.amount::numeric, 'EUR', r.category, r.description, r.date::date, 'text'
       from jsonb_to_recordset($1::text::jsonb) as r(amount text, category text, description text, date text)`,
      [JSON.stringify(expenses)],
    );
    const form = new FormData();
    form.set('file', new File([csv], `releve-2026-${String(m).padStart(2, '0')}.csv`));
    form.set('account', 'Carte');
    const res = await app.request('/api/statements', { method: 'POST', body: form });
    if (res.status !== 201) throw new Error(`statement of month ${m}: ${res.status} ${await res.text()}`);
  }
  return said;
}

async function timePage(
  app: ReturnType<typeof wire>['app'],
  raw: Sql,
  seen: ReturnType<typeof counting>['seen'],
) {
  const page = async () => {
    const res = await app.request(`/api/reconciliation?month=${MONTH}`);
    if (res.status !== 200) throw new Error(`GET /api/reconciliation: ${res.status}`);
    return v.parse(ReconciliationSchema, await res.json());
  };
  // The first read pairs what the import left (nothing here) and warms the plans up.
  for (let i = 0; i < WARM_UP; i++) await page();
  const before = { ...seen };
  const times: number[] = [];
  const cpuBefore = process.cpuUsage();
  let body = await page();
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    body = await page();
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const per = (n: number) => Math.round(n / (RUNS + 1));
  // The shared buffers one page's reads touch (EXPLAIN BUFFERS of each, run again as it was run).
  seen.recorded = [];
  seen.recording = true;
  await page();
  seen.recording = false;
  let buffers = 0;
  for (const s of seen.recorded.filter(readOnly)) buffers += (await explain(raw, s)).buffers;
  return {
    // This process's CPU: the app's, and with PGlite the database's too (it runs in it).
    cpu: Math.round((cpu.user + cpu.system) / 1000 / (RUNS + 1)),
    p50: Math.round(median(times) * 10) / 10,
    p95: Math.round(percentile(times, 95) * 10) / 10,
    statements: per(seen.statements - before.statements),
    rows: per(seen.rows - before.rows),
    buffers,
    open: body.suggestions.length,
    pairable: body.suggestions.reduce((n, s) => n + s.pairable.length, 0),
    matched: body.matched,
  };
}

async function pageOn(kind: Kind, databaseUrl: string | undefined): Promise<Figure[]> {
  // The store openStore makes is set aside for one over the counting port (both close the same connection).
  const { sql: raw } = await openStore(databaseUrl ? { databaseUrl } : {});
  const { sql, seen } = counting(raw);
  const { app, idle, store } = appOver(sql);
  try {
    const around = [5, 6, 7];
    let said = await seedMonths(app, raw, around);
    const quarter = await timePage(app, raw, seen);
    said += await seedMonths(
      app,
      raw,
      Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => !around.includes(m)),
    );
    const year = await timePage(app, raw, seen);
    const note = (r: typeof year) =>
      `p95 ${r.p95} ms; CPU ${r.cpu} ms a page in this process; ${r.statements} statements, ${r.rows} rows read back, ${r.buffers} buffers read; ${r.open} open lines, ${r.pairable} pairable, ${r.matched} matched`;
    return [
      {
        name: `GET /api/reconciliation ${MONTH}, May–July loaded (${kind})`,
        value: quarter.p50,
        unit: 'ms',
        note: `median of ${RUNS}; ${note(quarter)}`,
      },
      {
        name: `GET /api/reconciliation ${MONTH}, a year loaded (${kind})`,
        value: year.p50,
        unit: 'ms',
        note: `median of ${RUNS}; ${note(year)}; 12 × ${LINES_A_MONTH} lines, ${said} expenses`,
      },
    ];
  } finally {
    await idle();
    await store.close();
  }
}

export function benchReconciliation(): Promise<Figure[]> {
  return onBothDatabases('vt_bench_reconciliation', pageOn);
}
