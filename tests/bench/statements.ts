/**
 * `pnpm bench statements`: a 10,000-line camt.053 statement imported against 10,000 expenses
 * (7,000 of them said for its lines, 3,000 the bank never shows), on PGlite and on PostgreSQL:
 * reading the file (lines/s), the whole import (file → lines stored → matched, one transaction),
 * the lines stored alone and their matching against 10,000 expenses in the database, and the pure
 * matcher alone. The target is the issue's: ≤ 5 s for the import with its matching.
 */
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { importStatement } from '@voicetrack/edge/statements/import-statement.ts';
import { parseStatement } from '@voicetrack/edge/statements/parse/parse-statement.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import {
  labelMatchWords,
  type MatchExpense,
  type MatchLine,
  matchLines,
  memoryKey,
} from '@voicetrack/shared';
import { createTestDatabase } from '../support/postgres.ts';
import { camt053, generateLines, seedSaidExpenses } from '../support/statement-generator.ts';
import { provideTestPostgres } from '../support/test-postgres.ts';
import type { Figure } from './figure.ts';

const LINES = 10_000;
const said = (i: number) => i % 10 < 7;
type Kind = 'PGlite' | 'PostgreSQL';

const deps = (store: Awaited<ReturnType<typeof openStore>>['store']) => ({
  statements: store.statements,
  learning: store.learning,
  defaultCurrency: 'EUR',
});

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * On a fresh database: the statement imported against 10,000 expenses already there (the whole
 * import: file read, lines stored, matched, one transaction), then again (every line a duplicate).
 */
async function importOn(kind: Kind, databaseUrl: string | undefined, file: Uint8Array): Promise<Figure[]> {
  const { store, sql } = await openStore(databaseUrl ? { databaseUrl } : {});
  try {
    const lines = generateLines(LINES);
    await seedSaidExpenses(sql, LOCAL_OWNER, lines, said, LINES - lines.filter((_, i) => said(i)).length);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const outcome = await importStatement(deps(store), LOCAL_OWNER, { bytes: file, fileName: 'bench.xml' });
    const took = seconds(started);
    const cpu = process.cpuUsage(cpuBefore);
    if (outcome.kind !== 'imported') throw new Error(`the bench statement was not imported: ${outcome.kind}`);
    // PGlite runs in this process: its CPU time is the work itself, whatever else the machine runs
    // (on a busy machine the wall time is mostly waiting for a core).
    const cpuNote =
      kind === 'PGlite' ? `; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s in this process` : '';
    const started2 = performance.now();
    const again = await importStatement(deps(store), LOCAL_OWNER, { bytes: file, fileName: 'bench.xml' });
    const tookAgain = seconds(started2);
    const { matched, suggested } = outcome.result;
    return [
      {
        name: `statement import, ${LINES} lines vs ${LINES} expenses (${kind})`,
        value: Number(took.toFixed(2)),
        unit: 's',
        target: '≤ 5 s',
        ok: took <= 5,
        note: `${Math.round(LINES / took)} lines/s; ${matched} matched, ${suggested} suggested${cpuNote}`,
      },
      {
        name: `statement import again: all duplicates (${kind})`,
        value: Number(tookAgain.toFixed(2)),
        unit: 's',
        note: `${again.kind === 'imported' ? again.result.duplicates : 0} duplicates`,
      },
    ];
  } finally {
    await store.close();
  }
}

/**
 * On another fresh database: the statement imported with no expense to match (the lines alone),
 * then the 10,000 expenses written, and the matching of every open line against them timed on
 * its own, as the store runs it (read the window, match, write the pairs: one transaction).
 */
async function matchingOn(kind: Kind, databaseUrl: string | undefined, file: Uint8Array): Promise<Figure[]> {
  const { store, sql } = await openStore(databaseUrl ? { databaseUrl } : {});
  try {
    const started = performance.now();
    const outcome = await importStatement(deps(store), LOCAL_OWNER, { bytes: file, fileName: 'bench.xml' });
    const took = seconds(started);
    if (outcome.kind !== 'imported') throw new Error(`the bench statement was not imported: ${outcome.kind}`);
    const lines = generateLines(LINES);
    await seedSaidExpenses(sql, LOCAL_OWNER, lines, said, LINES - lines.filter((_, i) => said(i)).length);
    const dates = lines.map((l) => l.date).sort();
    const started2 = performance.now();
    const rematch = await store.reconcile.rematch(
      LOCAL_OWNER,
      dates[0] ?? '',
      dates.at(-1) ?? '',
      matchLines,
    );
    const tookMatching = seconds(started2);
    return [
      {
        name: `statement import, ${LINES} lines, no expense to match (${kind})`,
        value: Number(took.toFixed(2)),
        unit: 's',
        note: `${Math.round(LINES / took)} lines/s`,
      },
      {
        name: `matching ${LINES} open lines vs ${LINES} expenses in the database (${kind})`,
        value: Number(tookMatching.toFixed(2)),
        unit: 's',
        note: `${rematch.matched} matched, ${rematch.open} left to suggest`,
      },
    ];
  } finally {
    await store.close();
  }
}

export async function benchStatements(): Promise<Figure[]> {
  const lines = generateLines(LINES);
  const file = new TextEncoder().encode(camt053(lines));
  const t0 = performance.now();
  const parsed = parseStatement(file, 'EUR');
  const parseSeconds = (performance.now() - t0) / 1000;
  if (parsed.kind !== 'parsed') throw new Error('the bench statement did not parse');

  const matchInput: MatchLine[] = parsed.statement.lines.map((l, i) => ({
    id: `l${i}`,
    date: l.date,
    valueDate: l.valueDate,
    cents: l.cents,
    currency: l.currency,
    originalCents: null,
    originalCurrency: null,
    words: labelMatchWords(l.label),
    category: null,
  }));
  const expenses: MatchExpense[] = lines.map((l, i) => ({
    id: `e${i}`,
    date: l.date,
    cents: said(i) ? l.cents : 333 + i,
    currency: 'EUR',
    words: memoryKey(l.merchant[1]).split(' '),
    category: l.merchant[2],
  }));
  const t1 = performance.now();
  const result = matchLines(matchInput, expenses);
  const matchMs = performance.now() - t1;

  const figures: Figure[] = [
    {
      name: `statement read: camt.053, ${LINES} lines (${(file.length / 1e6).toFixed(1)} MB)`,
      value: Math.round(LINES / parseSeconds),
      unit: 'lines/s',
      note: `${(parseSeconds * 1000).toFixed(0)} ms`,
    },
    {
      name: `matching ${LINES} lines × ${LINES} expenses (pure)`,
      value: Number(matchMs.toFixed(0)),
      unit: 'ms',
      note: `${result.matched.length} matched, ${result.ambiguous.length} ambiguous`,
    },
  ];
  figures.push(...(await importOn('PGlite', undefined, file)));
  figures.push(...(await matchingOn('PGlite', undefined, file)));
  const release = await provideTestPostgres({ durable: true });
  try {
    const db = await createTestDatabase('vt_bench_statements');
    try {
      figures.push(...(await importOn('PostgreSQL', db.url, file)));
    } finally {
      await db.drop();
    }
    const db2 = await createTestDatabase('vt_bench_matching');
    try {
      figures.push(...(await matchingOn('PostgreSQL', db2.url, file)));
    } finally {
      await db2.drop();
    }
  } finally {
    await release();
  }
  return figures;
}
