import type { ExpenseListQuery } from '@voicetrack/shared';
import {
  csvFileName,
  csvHeader,
  csvRow,
  EXPORT_VERSION,
  type ExportedExpense,
  ExportedExpenseSchema,
  ExportFileSchema,
  ExportQuerySchema,
  type ImportReport,
  LearnedWordSchema,
  MAX_IMPORT_ROWS,
  MAX_LEARNED,
  memoryKey,
} from '@voicetrack/shared';
import { Hono } from 'hono';
import * as v from 'valibot';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { attachment } from '../http/content-disposition.ts';
import { limitBody, strictJson, valid } from '../http/validate.ts';
import type { ExpenseStore, LearningStore, Owner } from '../ports.ts';

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
export function exportRoutes(expenses: ExpenseStore, learning: LearningStore) {
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
    .get('/export.json', (c) => {
      const owner = c.get('owner');
      async function* lines() {
        yield `{"app":"voicetrack","version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(new Date().toISOString())},"expenses":[`;
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
          };
          yield `${first ? '' : ','}\n${JSON.stringify(row)}`;
          first = false;
        }
        // What the person taught the parser travels with their expenses.
        yield `\n],"learnedWords":${JSON.stringify(await learning.list(owner))}}\n`;
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
        if (running >= MAX_CONCURRENT_IMPORTS) {
          throw new ApiError(429, 'rate_limited', 'Other imports are running; try again in a few seconds.', {
            retryAfterSeconds: 10,
          });
        }
        running++;
        try {
          const report = await importRows(expenses, c.get('owner'), file.expenses);
          if (!file.learnedWords) return c.json(report, 200);
          const learned = await importLearned(learning, c.get('owner'), file.learnedWords);
          return c.json({ ...report, learned }, 200);
        } finally {
          running--;
        }
      },
    );
}

/** Learned words from a backup (older files have none); each one valid is remembered. */
async function importLearned(
  learning: LearningStore,
  owner: Owner,
  input: readonly unknown[],
): Promise<number> {
  let learned = 0;
  for (const row of input.slice(0, MAX_LEARNED)) {
    const word = v.safeParse(LearnedWordSchema, row);
    const phrase = word.success ? memoryKey(word.output.phrase) : '';
    if (!word.success || phrase === '') continue;
    await learning.remember(owner, { phrase, category: word.output.category });
    learned++;
  }
  return learned;
}

/** Rows are validated one by one: the good ones are imported, the bad ones reported by index. */
async function importRows(
  expenses: ExpenseStore,
  owner: Owner,
  input: readonly unknown[],
): Promise<ImportReport> {
  const rows: ExportedExpense[] = [];
  const refused: ImportReport['refused'] = [];
  input.forEach((row, index) => {
    const result = v.safeParse(ExportedExpenseSchema, row);
    if (result.success) rows.push(result.output);
    else {
      const issue = result.issues[0];
      const path = issue ? v.getDotPath(issue) : null;
      refused.push({ index, reason: `${path ? `${path}: ` : ''}${issue?.message ?? 'invalid row'}` });
    }
  });
  const { imported, duplicates } = await expenses.import(owner, rows);
  return { imported, duplicates, refused };
}
