/**
 * `pnpm bench households`: what the households' row trigger costs an import of 10,000 personal
 * expenses (POST /api/import's store call), on PGlite and on PostgreSQL: with the trigger as it
 * was first written (called for every row, returning at once for a personal one) and as it is now
 * (`when (new.household_id is not null)`: a personal row never calls it). Three runs each on a
 * fresh database, the two alternating, medians printed; never a pass or fail.
 */
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import type { ExportedExpense } from '@voicetrack/shared';
import { createTestDatabase } from '../support/postgres.ts';
import { provideTestPostgres } from '../support/test-postgres.ts';
import { type Figure, median } from './figure.ts';

const ROWS = 10_000;
const RUNS = 3;

const rows = (): ExportedExpense[] =>
  Array.from({ length: ROWS }, (_, i) => ({
    clientId: crypto.randomUUID(),
    position: 0,
    amount: `${(i % 500) + 1}.${String(i % 100).padStart(2, '0')}`,
    currency: 'EUR',
    category: 'groceries',
    description: `course ${i}`,
    date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    transcript: null,
    source: 'text',
    status: 'saved',
  }));

/** The trigger as 20261204120000_households.sql made it: every row calls the function. */
const EVERY_ROW = `drop trigger expenses_check_shared on expenses;
  create trigger expenses_check_shared before insert or update of household_id, paid_by, split, amount
  on expenses for each row execute function voicetrack_check_shared_expense()`;

/** Wall seconds, and this process's CPU seconds (PGlite's work itself, whatever else runs). */
async function importSeconds(
  databaseUrl: string | undefined,
  everyRow: boolean,
): Promise<{ wall: number; cpu: number }> {
  const { store, sql } = await openStore(databaseUrl ? { databaseUrl } : {});
  try {
    if (everyRow) for (const statement of EVERY_ROW.split(';')) await sql.query(statement);
    const file = rows();
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const done = await store.expenses.import(LOCAL_OWNER, file);
    const wall = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    if (done.imported !== ROWS) throw new Error(`imported ${done.imported} of ${ROWS}`);
    return { wall, cpu: (cpu.user + cpu.system) / 1e6 };
  } finally {
    await store.close();
  }
}

const VARIANTS = [
  ['the check called for every row (before)', true],
  ['WHEN household_id is not null (after)', false],
] as const;

async function figuresOn(
  kind: string,
  url: () => Promise<{ url: string | undefined; drop(): Promise<void> }>,
) {
  const runs = VARIANTS.map(() => [] as { wall: number; cpu: number }[]);
  // Before and after alternate, so a busy minute of the machine weighs on both alike.
  for (let run = 0; run < RUNS; run++)
    for (const [i, [, everyRow]] of VARIANTS.entries()) {
      const db = await url();
      try {
        runs[i]?.push(await importSeconds(db.url, everyRow));
      } finally {
        await db.drop();
      }
    }
  return VARIANTS.map(([label], i): Figure => {
    const times = runs[i] ?? [];
    const wall = median(times.map((t) => t.wall));
    const cpu = median(times.map((t) => t.cpu));
    return {
      name: `import ${ROWS} personal expenses, ${label} (${kind})`,
      value: Number(wall.toFixed(2)),
      unit: 's',
      note: `${Math.round(ROWS / wall)} rows/s; runs ${times.map((t) => t.wall.toFixed(2)).join(', ')} s${
        kind === 'PGlite' ? `; CPU ${cpu.toFixed(2)} s in this process` : ''
      }`,
    };
  });
}

export async function benchHouseholds(): Promise<Figure[]> {
  const figures = await figuresOn('PGlite', async () => ({ url: undefined, drop: async () => {} }));
  const release = await provideTestPostgres({ durable: true });
  try {
    let n = 0;
    figures.push(...(await figuresOn('PostgreSQL', () => createTestDatabase(`vt_bench_hh_${n++}`))));
  } finally {
    await release();
  }
  return figures;
}
