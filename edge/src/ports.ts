/**
 * What the routes depend on. Adapters implement these (store/, providers/); entry files wire
 * them; tests pass working fakes (PGlite in memory, a local fake provider server).
 */
import type {
  CaptureResult,
  Category,
  Expense,
  ExpenseList,
  ExpenseListQuery,
  ExpensePatch,
  ExportedExpense,
  MonthReport,
} from '@voicetrack/shared';
import type { PricedUsage, ProviderUsage } from './usage/prices.ts';

export type MonthSummary = Pick<MonthReport, 'count' | 'needsReview' | 'totals' | 'byCategory' | 'biggest'>;

/** Whose data a request touches. Local mode has one user: null. */
export interface Owner {
  userId: string | null;
  /** The verified JWT claims, in Supabase mode: Postgres' RLS reads them. */
  claims?: Record<string, unknown>;
}

export const LOCAL_OWNER: Owner = { userId: null };

export interface NewExpense {
  amount: string | null;
  currency: string;
  category: Category;
  description: string;
  date: string;
  status: 'saved' | 'needs_review';
  parsedBy: 'local' | 'llm' | 'none';
  reviewReason: string | null;
}

export interface CaptureStart {
  clientId: string;
  source: 'voice' | 'text';
  recordedAt: string;
  timezone: string;
  locale: string;
  /** How long a claim protects a note being processed before another request may take it over. */
  leaseSeconds: number;
}

export type Claim =
  | { kind: 'claimed'; captureId: string; token: string }
  | { kind: 'done'; result: CaptureResult }
  | { kind: 'busy' };

export interface CaptureOutcome {
  transcript: string;
  outcome: CaptureResult['status'];
  expenses: NewExpense[];
}

export interface Store {
  readonly kind: 'pglite' | 'postgres';
  ping(): Promise<void>;
  /** Migrations not applied yet (empty when the schema is current). */
  pendingMigrations(): Promise<string[]>;
  claimCapture(owner: Owner, start: CaptureStart): Promise<Claim>;
  /**
   * Writes a note settled without any provider call and its expenses, in one statement.
   * null when the clientId is already known (the caller then claims or waits).
   */
  saveCapture(
    owner: Owner,
    start: Omit<CaptureStart, 'leaseSeconds'>,
    outcome: CaptureOutcome,
  ): Promise<CaptureResult | null>;
  /** Writes the expenses and marks the note done, in one transaction; idempotent. */
  completeCapture(
    owner: Owner,
    captureId: string,
    token: string,
    outcome: CaptureOutcome,
  ): Promise<CaptureResult>;
  /** Gives a claimed note back (the pipeline failed), so a retry can process it. */
  releaseCapture(owner: Owner, captureId: string, token: string): Promise<void>;
  findCapture(owner: Owner, clientId: string): Promise<CaptureResult | 'processing' | null>;
  listExpenses(owner: Owner, query: ExpenseListQuery): Promise<ExpenseList>;
  getExpense(owner: Owner, id: string): Promise<Expense | null>;
  updateExpense(owner: Owner, id: string, patch: ExpensePatch): Promise<Expense | null>;
  deleteExpense(owner: Owner, id: string): Promise<boolean>;
  /** Totals of a month (YYYY-MM) in SQL: per currency, per category and currency, the biggest. */
  monthSummary(owner: Owner, month: string): Promise<MonthSummary>;
  /** Inserts exported rows; a row whose (clientId, position) exists is a duplicate, not an error. */
  importExpenses(
    owner: Owner,
    rows: readonly ExportedExpense[],
  ): Promise<{ imported: number; duplicates: number }>;
  /** Records that a month's report goes out on a channel; false when it already did. */
  claimReportDelivery(owner: Owner, month: string, channel: 'email' | 'telegram'): Promise<boolean>;
  /** Forgets a claim whose sending failed, so the next run tries again. */
  releaseReportDelivery(owner: Owner, month: string, channel: 'email' | 'telegram'): Promise<void>;
  /** Adds provider calls to the cost ledger. */
  recordUsage(owner: Owner, usage: readonly PricedUsage[]): Promise<void>;
  /** The month's provider calls and their cost. */
  usageSummary(owner: Owner, month: string): Promise<UsageSummary>;
  /** Calls back on every change to any expense (ids only); returns the way to stop. */
  watchExpenses(onChange: (change: ExpenseChange) => void): Promise<() => Promise<void>>;
  /** Expenses waiting for a person's review, all users (for monitoring). */
  countNeedsReview(): Promise<number>;
  close(): Promise<void>;
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

export interface ExpenseChange {
  op: 'insert' | 'update' | 'delete';
  id: string;
  userId: string | null;
}

export interface AudioInput {
  bytes: Uint8Array;
  mimeType: string;
  fileName: string;
}

export interface TranscribeOptions {
  /** ISO 639-1 language from the note's locale ("fr", "en"), when known. */
  language?: string;
  signal?: AbortSignal;
  /** Told what each provider call used, for the cost ledger. */
  onUsage?: (usage: ProviderUsage) => void;
}

export interface Transcription {
  text: string;
  /** Seconds of audio, when the provider says. */
  durationSeconds?: number;
}

export interface Transcriber {
  /** e.g. "groq:whisper-large-v3-turbo". */
  readonly name: string;
  transcribeAudio(audio: AudioInput, options: TranscribeOptions): Promise<Transcription>;
}

export interface ParseContext {
  /** The note's own date (YYYY-MM-DD) in its time zone: "today" for the words. */
  today: string;
  timeZone: string;
  currency: string;
  locale: string;
  signal?: AbortSignal;
  onUsage?: (usage: ProviderUsage) => void;
}

export interface LlmExpense {
  amount: string;
  currency: string;
  category: Category;
  description: string;
  date: string;
}

export interface ExpenseParser {
  /** e.g. "groq:openai/gpt-oss-20b". */
  readonly name: string;
  /** Throws LlmInvalidOutputError when the model's reply stays invalid after one retry. */
  parseExpenseWords(transcript: string, context: ParseContext): Promise<LlmExpense[]>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
