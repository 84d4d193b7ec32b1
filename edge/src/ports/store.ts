/**
 * The store's ports, one per aggregate (captures, expenses, reports, usage, changes, health,
 * learning; the doors' in doors.ts, money's in money.ts, receipts' photos in receipts.ts) and `Store`, all of them over one
 * database connection. Adapters in store/; tests pass PGlite in memory or a test PostgreSQL.
 */
import type {
  CaptureResult,
  Category,
  Expense,
  ExpenseList,
  ExpenseListQuery,
  ExpensePatch,
  ExportedExpense,
  LearnedWord,
  MonthReport,
  Movement,
  Provenance,
  SharedFields,
  StampedField,
  TranscriptSource,
} from '@voicetrack/shared';
import type { PricedUsage } from '../usage/prices.ts';
import type { DeviceStore, PairingStore, TelegramChatStore, TelegramPendingStore } from './doors.ts';
import type { HouseholdBudgetStore, HouseholdStore } from './households.ts';
import type { IdempotencyStore } from './idempotency.ts';
import type { BudgetStore, PushStore, RecurringStore } from './money.ts';
import type { Owner } from './owner.ts';
import type { ReceiptPhotoBytes, ReceiptPhotoStore } from './receipts.ts';
import type { ReconcileStore, StatementStore } from './statements.ts';

export interface NewExpense {
  amount: string | null;
  currency: string;
  category: Category;
  description: string;
  date: string;
  status: 'saved' | 'needs_review';
  parsedBy: 'local' | 'llm' | 'local+llm' | 'none';
  reviewReason: string | null;
  /** Someone else pays it back: kept, flagged. */
  reimbursable?: boolean;
  /** Where each field came from (heard, parsed, learned, model…). */
  provenance?: Provenance;
  /** A household's bill: `amount` is the whole bill, `split` each member's cents. */
  shared?: SharedFields;
}

export interface CaptureStart {
  clientId: string;
  source: 'voice' | 'text' | 'receipt';
  recordedAt: string;
  timezone: string;
  locale: string;
  /** How long a claim protects a note being processed before another request may take it over. */
  leaseSeconds: number;
}

export type Claim =
  /** `heard`: Whisper's words of an earlier attempt that failed later (never billed twice). */
  | { kind: 'claimed'; captureId: string; token: string; heard?: string }
  | { kind: 'done'; result: CaptureResult }
  | { kind: 'busy' };

export interface CaptureOutcome {
  transcript: string;
  /** Whose words `transcript` is, for a voice note: Whisper's, or the browser's. */
  transcriptSource?: TranscriptSource | null;
  /** The browser's own words, kept beside Whisper's when both were heard. */
  browserTranscript?: string | null;
  outcome: CaptureResult['status'];
  expenses: NewExpense[];
  /** With no expense: money the words say moved without being spent. */
  movement?: Movement;
  /** Said in a household: the repayment the words propose (kept with the movement). */
  settlement?: CaptureResult['settlement'];
  /** A receipt's photo: kept with the note's first expense, in the same statement. */
  photo?: ReceiptPhotoBytes | null;
}

/** Notes by clientId: each is processed at most once, whatever the retries. */
export interface CaptureStore {
  claim(owner: Owner, start: CaptureStart): Promise<Claim>;
  /**
   * Writes a note settled without any provider call and its expenses, in one statement.
   * null when the clientId is already known (the caller then claims or waits).
   */
  save(
    owner: Owner,
    start: Omit<CaptureStart, 'leaseSeconds'>,
    outcome: CaptureOutcome,
  ): Promise<CaptureResult | null>;
  /**
   * Writes the expenses, marks the note done and adds its provider calls to the cost ledger, in
   * one statement; idempotent. The ledger rows are written even when another request finished
   * the note first (every call is billed).
   */
  complete(
    owner: Owner,
    captureId: string,
    token: string,
    outcome: CaptureOutcome,
    usage?: readonly PricedUsage[],
  ): Promise<CaptureResult>;
  /**
   * Gives a claimed note back (the pipeline failed), so a retry can process it; `heard` (Whisper's
   * words, paid for) is kept with the note, and the next claim hands it back instead of the audio
   * being heard again.
   */
  release(owner: Owner, captureId: string, token: string, heard?: string): Promise<void>;
  find(owner: Owner, clientId: string): Promise<CaptureResult | 'processing' | null>;
}

export interface ExpenseStore {
  /**
   * `query.cursor` has been validated (shared/src/cursor.ts). Without `householdId`, the owner's
   * personal expenses (no household's bill); `withHouseholds` adds the bills of the households
   * the owner is a member of (the exports).
   */
  list(owner: Owner, query: ExpenseListQuery & { withHouseholds?: boolean }): Promise<ExpenseList>;
  get(owner: Owner, id: string): Promise<Expense | null>;
  /**
   * Applies the fields the edit wins (last writer wins per field; an edit time later than the
   * server's clock counts as now). `lost`: the fields a newer change kept.
   */
  update(
    owner: Owner,
    id: string,
    patch: ExpensePatch,
  ): Promise<{ expense: Expense; lost: StampedField[] } | null>;
  delete(owner: Owner, id: string): Promise<boolean>;
  /**
   * Inserts exported rows; a row whose (clientId, position) exists is a duplicate, not an error.
   * A row with household fields goes into that household (checked by the caller), and is a
   * duplicate when the household holds its (clientId, position) already, whoever recorded it.
   */
  import(owner: Owner, rows: readonly ExportedExpense[]): Promise<{ imported: number; duplicates: number }>;
}

export type MonthSummary = Pick<MonthReport, 'count' | 'needsReview' | 'totals' | 'byCategory' | 'biggest'> &
  Required<Pick<MonthReport, 'shared'>>;
export type ReportChannel = 'email' | 'telegram';

export interface ReportStore {
  /** Totals of a month (YYYY-MM) in SQL: per currency, per category and currency, the biggest. */
  monthSummary(owner: Owner, month: string): Promise<MonthSummary>;
  /** Records that a month's report goes out on a channel; false when it already did. */
  claimDelivery(owner: Owner, month: string, channel: ReportChannel): Promise<boolean>;
  /** Forgets a claim whose sending failed, so the next run tries again. */
  releaseDelivery(owner: Owner, month: string, channel: ReportChannel): Promise<void>;
}

export interface UsageSummary {
  month: string;
  calls: number;
  audioSeconds: string;
  billedSeconds: string;
  promptTokens: number;
  completionTokens: number;
  /** USD with six places; calls to models without a known price count as 0. */
  costUsd: string;
  byModel: { model: string; kind: string; calls: number; costUsd: string }[];
}

/** The cost ledger of provider calls. */
export interface UsageStore {
  record(owner: Owner, usage: readonly PricedUsage[]): Promise<void>;
  summary(owner: Owner, month: string): Promise<UsageSummary>;
  /** What the owner's provider calls since `since` cost, in billionths of a USD (DAILY_COST_LIMIT_USD). */
  costSince(owner: Owner, since: Date): Promise<number>;
}

export interface ExpenseChange {
  op: 'insert' | 'update' | 'delete';
  id: string;
  userId: string | null;
  /** A household's bill (or repayment): every current member of it hears the change. */
  householdId?: string | null;
  /** A repayment recorded in `householdId` (`id` is the settlement's); absent: an expense. */
  kind?: 'settlement';
}

/** LISTEN does not pass a transaction pooler (Supabase's, port 6543): no change feed there. */
export class ChangeFeedUnavailableError extends Error {}

export interface ChangeFeed {
  /**
   * Calls back on every change to any expense (ids only); returns the way to stop. Rejects with
   * ChangeFeedUnavailableError when the database connection cannot LISTEN.
   */
  watch(onChange: (change: ExpenseChange) => void): Promise<() => Promise<void>>;
}

/** What monitoring asks of the database. */
export interface HealthStore {
  readonly kind: 'pglite' | 'postgres';
  ping(): Promise<void>;
  /** Migrations not applied yet (empty when the schema is current). */
  pendingMigrations(): Promise<string[]>;
  /** Expenses waiting for a person's review, all users (for monitoring). */
  countNeedsReview(): Promise<number>;
}

/** What each person taught the parser by correcting it. */
export interface LearningStore {
  list(owner: Owner): Promise<LearnedWord[]>;
  /** Adds or replaces (a later correction of the same words wins); keeps the newest MAX_LEARNED. */
  remember(owner: Owner, word: LearnedWord): Promise<void>;
  forget(owner: Owner, phrase: string): Promise<boolean>;
  /**
   * What the parser of one note needs: the words learned, and the person's largest expense of
   * the last 90 days in that currency (cents), in one round trip.
   */
  noteContext(
    owner: Owner,
    currency: string,
    today: string,
  ): Promise<{ memory: LearnedWord[]; largestRecentCents: number }>;
}

/** Every port of the store over one database connection. */
/** The planner's statistics and the dead rows' space, which PGlite (no autovacuum) keeps only when asked: store/statistics.ts. */
export interface StatisticsStore {
  /** Vacuums and analyzes the tables that changed enough since their last time; returns their names (none on PostgreSQL). */
  refresh(): Promise<{ vacuumed: string[]; analyzed: string[] }>;
}

export interface Store {
  readonly kind: 'pglite' | 'postgres';
  captures: CaptureStore;
  expenses: ExpenseStore;
  reports: ReportStore;
  usage: UsageStore;
  budgets: BudgetStore;
  push: PushStore;
  recurring: RecurringStore;
  changes: ChangeFeed;
  health: HealthStore;
  learning: LearningStore;
  devices: DeviceStore;
  pairing: PairingStore;
  telegramChats: TelegramChatStore;
  telegramPending: TelegramPendingStore;
  statements: StatementStore;
  reconcile: ReconcileStore;
  receiptPhotos: ReceiptPhotoStore;
  households: HouseholdStore;
  householdBudgets: HouseholdBudgetStore;
  idempotency: IdempotencyStore;
  statistics: StatisticsStore;
  close(): Promise<void>;
}
