/**
 * Bank statements and reconciliation: the payloads of POST /api/statements, GET /api/statements,
 * GET /api/reconciliation and the suggestions' accept and ignore. The only description of them.
 */
import * as v from 'valibot';
import { CategorySchema, DescriptionSchema, noControlChars } from '../api.ts';
import { MonthSchema } from '../report.ts';
import { DATE_ORDERS } from './date-order.ts';

export const STATEMENT_FORMATS = ['camt053', 'ofx', 'qif', 'csv'] as const;
export type StatementFormat = (typeof STATEMENT_FORMATS)[number];
export const MAX_STATEMENT_BYTES = 20 * 1024 * 1024;
/** Lines in one file: a few years of a busy account. */
export const MAX_STATEMENT_LINES = 50_000;

const ColumnSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100), noControlChars);

/**
 * Which CSV column holds what, for a layout the server could not read by itself: a date, the label,
 * and either one signed amount or a debit and a credit column; optionally the currency.
 */
export const CsvMappingSchema = v.pipe(
  v.strictObject({
    date: ColumnSchema,
    label: ColumnSchema,
    amount: v.optional(ColumnSchema),
    debit: v.optional(ColumnSchema),
    credit: v.optional(ColumnSchema),
    currency: v.optional(ColumnSchema),
    /** How the dates are written when the rows cannot tell (01/02/2026): day first by default. */
    dateOrder: v.optional(v.picklist(DATE_ORDERS)),
  }),
  v.check(
    (m) => (m.amount !== undefined) !== (m.debit !== undefined || m.credit !== undefined),
    'give either amount, or debit and credit',
  ),
);
export type CsvMapping = v.InferOutput<typeof CsvMappingSchema>;

/** The multipart fields of POST /api/statements besides the file. */
export const StatementFieldsSchema = v.object({
  /** The account's name as the person calls it ("Compte joint"): lines are known per account. */
  account: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60), noControlChars)),
  format: v.optional(v.picklist(STATEMENT_FORMATS, `format must be one of ${STATEMENT_FORMATS.join(', ')}`)),
  /** JSON of a CsvMapping. */
  mapping: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(2000),
      v.rawTransform(({ dataset, addIssue, NEVER }) => {
        try {
          return JSON.parse(dataset.value) as unknown;
        } catch {
          addIssue({ message: 'mapping must be JSON' });
          return NEVER;
        }
      }),
      CsvMappingSchema,
    ),
  ),
});

export const StatementUploadSchema = v.object({
  file: v.file('file must be a file'),
  ...StatementFieldsSchema.entries,
});

export const RefusedLineSchema = v.object({ line: v.number(), reason: v.string() });
export type RefusedLine = v.InferOutput<typeof RefusedLineSchema>;

export const StatementImportSchema = v.object({
  statementId: v.string(),
  format: v.picklist(STATEMENT_FORMATS),
  lines: v.number(),
  debits: v.number(),
  credits: v.number(),
  matched: v.number(),
  suggested: v.number(),
  duplicates: v.number(),
  refused: v.array(RefusedLineSchema),
});
export type StatementImport = v.InferOutput<typeof StatementImportSchema>;

/** What 422 csv_mapping_required carries besides the message: the columns and the first rows. */
export const CsvPreviewSchema = v.object({
  columns: v.array(v.string()),
  rows: v.array(v.array(v.string())),
  /** Per column, the date order its cells decide over the whole file (null: they do not). */
  dateOrders: v.optional(v.array(v.nullable(v.picklist(DATE_ORDERS)))),
});
export type CsvPreview = v.InferOutput<typeof CsvPreviewSchema>;

export const StatementSummarySchema = v.object({
  id: v.string(),
  format: v.picklist(STATEMENT_FORMATS),
  account: v.string(),
  /** The account's number as the file gave it, masked to its last four characters. */
  accountNumber: v.nullable(v.string()),
  fileName: v.nullable(v.string()),
  firstDate: v.nullable(v.string()),
  lastDate: v.nullable(v.string()),
  lines: v.number(),
  debits: v.number(),
  credits: v.number(),
  createdAt: v.string(),
});
export type StatementSummary = v.InferOutput<typeof StatementSummarySchema>;
export const StatementListSchema = v.object({ statements: v.array(StatementSummarySchema) });

export const ReconciliationQuerySchema = v.strictObject({
  month: MonthSchema,
});

/** A bank line as the page shows it (label with account and card numbers masked). */
export const BankLineViewSchema = v.object({
  id: v.string(),
  date: v.string(),
  amount: v.string(),
  currency: v.string(),
  label: v.string(),
  /** The amount in the currency the person paid in, when the bank gives it (a card abroad). */
  originalAmount: v.optional(v.nullable(v.string())),
  originalCurrency: v.optional(v.nullable(v.string())),
});

/** An expense a bank line could be: what the person needs to tell it from the others. */
export const CandidateExpenseSchema = v.object({
  id: v.string(),
  date: v.string(),
  amount: v.string(),
  currency: v.string(),
  category: CategorySchema,
  description: v.string(),
  /** A household's bill: paired at the bank's amount, its shares follow in the same proportions (`pairable` says it). */
  shared: v.optional(v.boolean()),
});
export type CandidateExpense = v.InferOutput<typeof CandidateExpenseSchema>;

export const SuggestionSchema = v.object({
  ...BankLineViewSchema.entries,
  category: CategorySchema,
  /** The merchant as a person would name it ("Carrefour"): the description an accept gives. */
  merchant: v.string(),
  /** Expenses this line could be, which the label could not tell apart (empty: none fits). */
  candidates: v.array(v.string()),
  /** Those expenses still unpaired, by date (a server older than this field sends none). */
  candidateExpenses: v.optional(v.array(CandidateExpenseSchema), []),
  /**
   * The person's other unpaired expenses this line could be, whatever their month (pair-by-hand.ts:
   * within PAIR_DAYS of its booking or value date, another amount allowed): « C’est une dépense
   * déjà dite ». The closest amount, then day, first; five at most (a server older than this
   * field sends none).
   */
  pairable: v.optional(v.array(CandidateExpenseSchema), []),
});
export type Suggestion = v.InferOutput<typeof SuggestionSchema>;

/** An expense the bank confirmed, with the line it was paired with (by the matcher or by hand). */
export const MatchedPairSchema = v.object({
  expense: CandidateExpenseSchema,
  line: BankLineViewSchema,
});
export type MatchedPair = v.InferOutput<typeof MatchedPairSchema>;

export const UnmatchedExpenseSchema = v.object({
  id: v.string(),
  date: v.string(),
  amount: v.nullable(v.string()),
  currency: v.string(),
  category: CategorySchema,
  description: v.string(),
  /** Its date is covered by a statement, settlement lag included, and the bank shows nothing: « pas vu par la banque ». */
  notSeenByBank: v.boolean(),
});
export type UnmatchedExpense = v.InferOutput<typeof UnmatchedExpenseSchema>;

export const ReconciliationSchema = v.object({
  month: v.string(),
  /** Expenses of the month the bank confirmed. */
  matched: v.number(),
  /** Those expenses with their lines, by date, for a wrong pairing to be undone (a server older than this field sends none). */
  matchedPairs: v.optional(v.array(MatchedPairSchema), []),
  /** matched among the expenses the bank could have seen, rounded down; null without a statement. */
  percent: v.nullable(v.number()),
  lastStatementDate: v.nullable(v.string()),
  unmatchedExpenses: v.array(UnmatchedExpenseSchema),
  suggestions: v.array(SuggestionSchema),
  /** Credits (refunds, salary, transfers in) and cash withdrawals: not expenses, never counted. */
  notExpenses: v.array(
    v.object({ ...BankLineViewSchema.entries, kind: v.picklist(['credit', 'withdrawal']) }),
  ),
});
export type Reconciliation = v.InferOutput<typeof ReconciliationSchema>;

export const AcceptSuggestionSchema = v.strictObject({
  category: v.optional(CategorySchema),
  description: v.optional(v.pipe(DescriptionSchema, v.trim(), v.minLength(1))),
});
export type AcceptSuggestion = v.InferOutput<typeof AcceptSuggestionSchema>;

/** POST /api/reconciliation/suggestions/:id/pair: the expense the bank line is (one of its candidates, or another). */
export const PairSuggestionSchema = v.strictObject({
  expenseId: v.pipe(v.string(), v.uuid('expenseId must be the id of one of your expenses')),
  /** The expense said another amount (a tip, a fee abroad): it takes the bank's; the undo gives it back. */
  keepBankAmount: v.optional(v.boolean()),
});
export type PairSuggestion = v.InferOutput<typeof PairSuggestionSchema>;
