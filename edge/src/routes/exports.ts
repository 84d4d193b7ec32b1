import type { ExpenseListQuery, ExportedBudget, ExportedRule } from '@voicetrack/shared';
import {
  csvFileName,
  csvHeader,
  csvRow,
  EXPORT_VERSION,
  type ExportedExpense,
  ExportFileSchema,
  ExportQuerySchema,
  MAX_IMPORT_ROWS,
  MAX_IMPORT_SETTINGS,
} from '@voicetrack/shared';
import { Hono } from 'hono';
import { importFile } from '../backup/import-file.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { attachment } from '../http/content-disposition.ts';
import { limitBody, strictJson, valid } from '../http/validate.ts';
import type { SpendingWatch } from '../money/budget-alerts.ts';
import type { ExpenseStore, Owner, Store } from '../ports.ts';

const PAGE = 200;
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Imports running at once in this process: each holds one connection at a time. */
const MAX_CONCURRENT_IMPORTS = 2;
let running = 0;

/** Every expense matching the query, page by page, so a large export never sits in memory. */
async function* allExpenses(
  expenses: ExpenseStore,
  owner: Owner,
  query: Omit<ExpenseListQuery, 'cursor' | 'limit'>,
) {
  let cursor: string | null = null;
  do {
    const page = await expenses.list(owner, { ...query, limit: PAGE, ...(cursor ? { cursor } : {}) });
    yield* page.expenses;
    cursor = page.nextCursor;
  } while (cursor);
}

function streamText(lines: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = lines[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** GET /export.csv, GET /export.json, POST /import */
export function exportRoutes(
  store: Pick<Store, 'expenses' | 'budgets' | 'recurring' | 'learning'>,
  watch: SpendingWatch,
) {
  const { expenses } = store;
  return new Hono<AppEnv>()
    .get('/export.csv', valid('query', ExportQuerySchema), (c) => {
      const { format = 'excel-fr', timezone, ...query } = c.req.valid('query');
      const owner = c.get('owner');
      async function* lines() {
        yield csvHeader(format);
        for await (const e of allExpenses(expenses, owner, query))
          yield csvRow(e, format, timezone ? { timeZone: timezone } : {});
      }
      return c.body(streamText(lines()), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': attachment(csvFileName(format, query)),
      });
    })
    .get('/export.json', async (c) => {
      const owner = c.get('owner');
      // Budgets and rules are a few dozen rows: read at once, written before the streamed expenses.
      const [budgets, rules, learned] = await Promise.all([
        store.budgets.list(owner),
        store.recurring.list(owner),
        store.learning.list(owner),
      ]);
      const exportedBudgets: ExportedBudget[] = budgets.map((b) => ({ ...b }));
      const exportedRules: ExportedRule[] = rules.map(({ updatedAt: _updated, ...rule }) => rule);
      async function* lines() {
        yield `{"app":"voicetrack","version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(new Date().toISOString())},`;
        yield `\n"budgets":${JSON.stringify(exportedBudgets)},\n"recurring":${JSON.stringify(exportedRules)},`;
        // What the person taught the parser travels with their expenses.
        yield `\n"learnedWords":${JSON.stringify(learned)},\n"expenses":[`;
        let first = true;
        for await (const e of allExpenses(expenses, owner, {})) {
          const row: ExportedExpense = {
            clientId: e.clientId,
            position: e.position,
            amount: e.amount,
            currency: e.currency,
            category: e.category,
            description: e.description,
            date: e.date,
            transcript: e.transcript,
            source: e.source,
            status: e.status,
            createdAt: e.createdAt,
            ...(e.reimbursable ? { reimbursable: true } : {}),
            ...(e.provenance ? { provenance: e.provenance } : {}),
          };
          yield `${first ? '' : ','}\n${JSON.stringify(row)}`;
          first = false;
        }
        yield '\n]}\n';
      }
      return c.body(streamText(lines()), 200, {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': attachment('voicetrack-export.json'),
      });
    })
    .post(
      '/import',
      limitBody(MAX_IMPORT_BYTES, 'An import file'),
      strictJson,
      valid('json', ExportFileSchema),
      async (c) => {
        const file = c.req.valid('json');
        if (file.expenses.length > MAX_IMPORT_ROWS) {
          throw new ApiError(
            413,
            'payload_too_large',
            `An import holds at most ${MAX_IMPORT_ROWS} expenses; this one has ${file.expenses.length}. Split it.`,
          );
        }
        if (
          (file.budgets?.length ?? 0) > MAX_IMPORT_SETTINGS ||
          (file.recurring?.length ?? 0) > MAX_IMPORT_SETTINGS
        )
          throw new ApiError(
            413,
            'payload_too_large',
            `An import holds at most ${MAX_IMPORT_SETTINGS} budgets and ${MAX_IMPORT_SETTINGS} recurring rules.`,
          );
        if (running >= MAX_CONCURRENT_IMPORTS) {
          throw new ApiError(429, 'rate_limited', 'Other imports are running; try again in a few seconds.', {
            retryAfterSeconds: 10,
          });
        }
        running++;
        try {
          const owner = c.get('owner');
          const report = await importFile(store, owner, file);
          // Imported expenses of this month can take a budget over a threshold.
          if (report.imported > 0) watch.changed(owner);
          return c.json(report, 200);
        } finally {
          running--;
        }
      },
    );
}
