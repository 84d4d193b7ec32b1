/**
 * The exports (GET /api/export.csv, /api/export.json) as streams of text: every expense matching
 * the query, page by page, so a large export never sits in memory. The JSON file is the shared
 * ExportFileSchema's shape; each part of it is written by JSON.stringify.
 */
import {
  type CsvFormat,
  csvHeader,
  csvRow,
  EXPORT_VERSION,
  type Expense,
  type ExpenseListQuery,
  type ExportedBudget,
  type ExportedExpense,
  type ExportedRule,
  type LearnedWord,
} from '@voicetrack/shared';
import type { ExpenseStore, Owner, ReceiptPhotoStore, Store } from '../ports.ts';
import { toBase64 } from '../receipts/base64.ts';

const PAGE = 200;

type Query = Omit<ExpenseListQuery, 'cursor' | 'limit'>;

/** Every expense matching the query, page by page. */
async function* allExpenses(expenses: ExpenseStore, owner: Owner, query: Query): AsyncGenerator<Expense> {
  let cursor: string | null = null;
  do {
    const page = await expenses.list(owner, { ...query, limit: PAGE, ...(cursor ? { cursor } : {}) });
    yield* page.expenses;
    cursor = page.nextCursor;
  } while (cursor);
}

/** The CSV export: its header line, then one line per expense. */
export async function* csvLines(
  expenses: ExpenseStore,
  owner: Owner,
  query: Query,
  format: CsvFormat,
  timeZone: string | undefined,
): AsyncGenerator<string> {
  yield csvHeader(format);
  for await (const e of allExpenses(expenses, owner, query))
    yield csvRow(e, format, timeZone ? { timeZone } : {});
}

/** What restores an expense exactly, idempotently (shared's ExportedExpenseSchema). */
export function exportedExpense(e: Expense): ExportedExpense {
  return {
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
}

/** The file but its expenses: a few dozen budgets, rules and learned words, read at once. */
export interface ExportHead {
  app: 'voicetrack';
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  budgets: ExportedBudget[];
  recurring: ExportedRule[];
  /** What the person taught the parser travels with their expenses. */
  learnedWords: LearnedWord[];
}

/** Budgets and rules are a few dozen rows: read at once, before the expenses are streamed. */
export async function exportHead(
  store: Pick<Store, 'budgets' | 'recurring' | 'learning'>,
  owner: Owner,
  now: Date,
): Promise<ExportHead> {
  const [budgets, rules, learnedWords] = await Promise.all([
    store.budgets.list(owner),
    store.recurring.list(owner),
    store.learning.list(owner),
  ]);
  return {
    app: 'voicetrack',
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    budgets: budgets.map((b) => ({ ...b })),
    recurring: rules.map(({ updatedAt: _updated, ...rule }) => rule),
    learnedWords,
  };
}

/**
 * The JSON export: the head's members, then `expenses`, streamed one row per line. A receipt's
 * photo travels inside its row (base64): the file alone restores it, one photo in memory at a time.
 */
export async function* jsonLines(
  head: ExportHead,
  store: { expenses: ExpenseStore; receiptPhotos: ReceiptPhotoStore },
  owner: Owner,
): AsyncGenerator<string> {
  // The head's object without its closing brace, then its last member, the streamed array.
  yield `${JSON.stringify(head).slice(0, -1)},\n"expenses":[`;
  let first = true;
  for await (const e of allExpenses(store.expenses, owner, {})) {
    const row = exportedExpense(e);
    const photo = e.photo ? await store.receiptPhotos.get(owner, e.id) : null;
    if (photo) row.photo = { type: photo.mimeType, data: toBase64(photo.bytes) };
    yield `${first ? '' : ','}\n${JSON.stringify(row)}`;
    first = false;
  }
  yield '\n]}\n';
}
