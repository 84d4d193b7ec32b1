/**
 * The exports (GET /api/export.csv, /api/export.json) as streams of text: every expense matching
 * the query, page by page, so a large export never sits in memory. The JSON file is the shared
 * ExportFileSchema's shape; each part of it is written by JSON.stringify.
 */
import {
  type CsvFormat,
  centsToDecimal,
  csvHeader,
  csvRow,
  EXPORT_VERSION,
  type Expense,
  type ExpenseListQuery,
  type ExportedBudget,
  type ExportedExpense,
  type ExportedHousehold,
  type ExportedHouseholdBudget,
  type ExportedRule,
  type ExportedSettlement,
  type LearnedWord,
} from '@voicetrack/shared';
import { type MyHousehold, memberName, myHouseholds, partOf } from '../households/my-households.ts';
import type { ExpenseStore, HouseholdStore, Owner, ReceiptPhotoStore, Store } from '../ports.ts';
import { toBase64 } from '../receipts/base64.ts';
import { refusedKeptPhoto } from '../receipts/kept-photo.ts';

const PAGE = 200;

/** The exports hold the owner's expenses and the bills of their households. */
type Query = Omit<ExpenseListQuery, 'cursor' | 'limit' | 'householdId'>;

/** Every expense matching the query, the owner's households' bills with them, page by page. */
async function* allExpenses(expenses: ExpenseStore, owner: Owner, query: Query): AsyncGenerator<Expense> {
  let cursor: string | null = null;
  do {
    const page = await expenses.list(owner, {
      ...query,
      withHouseholds: true,
      limit: PAGE,
      ...(cursor ? { cursor } : {}),
    });
    yield* page.expenses;
    cursor = page.nextCursor;
  } while (cursor);
}

/** A household bill's appended cells: the household, who paid, the owner's part. */
function sharedCells(e: Expense, households: ReadonlyMap<string, MyHousehold>) {
  const h = e.householdId ? households.get(e.householdId) : undefined;
  if (!h || !e.paidBy) return {};
  return {
    shared: { household: h.record.name, paidBy: memberName(h.record, e.paidBy), share: partOf(e, h.me) },
  };
}

/** The CSV export: its header line, then one line per expense (the household columns appended). */
export async function* csvLines(
  store: { expenses: ExpenseStore; households: HouseholdStore },
  owner: Owner,
  query: Query,
  format: CsvFormat,
  timeZone: string | undefined,
): AsyncGenerator<string> {
  const households = await myHouseholds(store.households, owner);
  yield csvHeader(format);
  for await (const e of allExpenses(store.expenses, owner, query))
    yield csvRow(e, format, { ...(timeZone ? { timeZone } : {}), ...sharedCells(e, households) });
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
    ...(e.householdId && e.paidBy
      ? { householdId: e.householdId, paidBy: e.paidBy, split: e.split ?? [] }
      : {}),
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
  /** The households of the exported bills, with the member the exporter is (`me`). */
  households: ExportedHousehold[];
  settlements: ExportedSettlement[];
  /** The budgets of the exporter's households. */
  householdBudgets: ExportedHouseholdBudget[];
}

/** Budgets and rules are a few dozen rows: read at once, before the expenses are streamed. */
export async function exportHead(
  store: Pick<Store, 'budgets' | 'recurring' | 'learning' | 'households' | 'householdBudgets'>,
  owner: Owner,
  now: Date,
): Promise<ExportHead> {
  const [budgets, rules, learnedWords, households, settlements, householdBudgets] = await Promise.all([
    store.budgets.list(owner),
    store.recurring.list(owner),
    store.learning.list(owner),
    myHouseholds(store.households, owner),
    store.households.settlements(owner),
    store.householdBudgets.listMine(owner),
  ]);
  return {
    app: 'voicetrack',
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    budgets: budgets.map((b) => ({ ...b })),
    recurring: rules.map(({ updatedAt: _updated, ...rule }) => rule),
    learnedWords,
    households: [...households.values()].map(({ record, me }) => ({
      id: record.id,
      name: record.name,
      ...(me ? { me: me.id } : {}),
      members: record.members.map(({ id, name }) => ({ id, name })),
    })),
    settlements: settlements.map((s) => ({
      id: s.id,
      householdId: s.householdId,
      fromMemberId: s.fromMemberId,
      toMemberId: s.toMemberId,
      amount: centsToDecimal(s.cents),
      currency: s.currency,
      createdAt: s.createdAt,
    })),
    householdBudgets: householdBudgets.map((b) => ({ ...b })),
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
    // A photo kept before the pixel limit that says a huge picture is left out; its expense is not.
    if (photo && !refusedKeptPhoto(photo.bytes))
      row.photo = { type: photo.mimeType, data: toBase64(photo.bytes) };
    yield `${first ? '' : ','}\n${JSON.stringify(row)}`;
    first = false;
  }
  yield '\n]}\n';
}
