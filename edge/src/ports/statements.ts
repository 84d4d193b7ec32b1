/**
 * The ports of bank statements and reconciliation (kept apart from store.ts so each file stays readable): statements and their
 * lines, the matches with expenses, suggestions. Adapter: store/statement-store.ts and
 * store/reconcile-store.ts over the Sql port.
 */
import type {
  CandidateExpense,
  Category,
  CsvMapping,
  Expense,
  MatchExpense,
  MatchLine,
  MatchResult,
  Provenance,
  RefusedLine,
  StatementFormat,
  StatementSummary,
} from '@voicetrack/shared';
import type { Owner } from './owner.ts';

/** What a bank line says happened, as read from the file and as stored. */
export interface BankMovement {
  direction: 'debit' | 'credit';
  /** A cash withdrawal is money moved to the wallet, not spent: never suggested as an expense. */
  withdrawal: boolean;
  date: string;
  valueDate: string | null;
  /** Positive, in minor units (cents). */
  cents: number;
  currency: string;
  originalCents: number | null;
  originalCurrency: string | null;
  label: string;
}

export interface NewBankLine extends BankMovement {
  /** The line's identity (statements/line-identity.ts); stored as its SHA-256 hex, `line_key`. */
  identity: string;
  fileLine: number;
  category: Category;
}

export interface NewStatement {
  format: StatementFormat;
  account: string;
  accountNumber: string | null;
  fileName: string | null;
  refused: RefusedLine[];
}

/** The pure matcher, run by the store inside its transaction (shared/src/statements/match-lines.ts). */
export type Matcher = (lines: MatchLine[], expenses: MatchExpense[]) => MatchResult;

export interface RematchOutcome {
  /** Lines newly matched to an expense. */
  matched: number;
  /** Open debits left in the window (suggestions). */
  open: number;
}

export interface ImportedStatement {
  statementId: string;
  inserted: { debits: number; credits: number };
  duplicates: number;
  rematch: RematchOutcome;
}

export interface BankLineRow {
  id: string;
  date: string;
  valueDate: string | null;
  amount: string;
  currency: string;
  originalAmount: string | null;
  originalCurrency: string | null;
  label: string;
  category: Category;
  direction: 'debit' | 'credit';
  withdrawal: boolean;
  candidates: string[];
}

export interface MonthBank {
  lastStatementDate: string | null;
  /** The month's saved expenses, with their bank line (null: unmatched). */
  expenses: (Pick<Expense, 'id' | 'date' | 'amount' | 'currency' | 'category' | 'description'> & {
    bankLineId: string | null;
  })[];
  /** The month's lines that are open (debits not matched nor ignored), credits and withdrawals. */
  lines: BankLineRow[];
  /** The open lines' candidates that are still unpaired (whatever their month), by id. */
  candidates: CandidateExpense[];
  /**
   * The owner's saved, unpaired expenses, whatever their month, within PAIR_DAYS of an open
   * debit's booking or value date: what a person may pair by hand (pairableExpenses), by date.
   */
  nearby: CandidateExpense[];
  /** The lines the month's expenses are paired with. */
  pairedLines: BankLineRow[];
}

export type AcceptOutcome =
  | { kind: 'accepted'; expense: Expense; line: BankLineRow }
  | { kind: 'already'; expense: Expense }
  | { kind: 'not_found' }
  | { kind: 'not_a_debit' };

export type PairOutcome =
  /** `retold`: the expense said another amount and took the bank's. */
  | { kind: 'paired'; expense: Expense; retold: boolean }
  /** The line was paired with this very expense already (a request sent twice). */
  | { kind: 'already'; expense: Expense }
  | { kind: 'line_not_found' }
  | { kind: 'expense_not_found' }
  | { kind: 'not_a_debit' }
  /** The expense waits for review, or has no amount. */
  | { kind: 'not_saved' }
  | { kind: 'line_paired' }
  | { kind: 'expense_paired' }
  | { kind: 'currency_mismatch' }
  /** The expense's day is more than PAIR_DAYS from the bank's dates. */
  | { kind: 'dates_too_far' }
  /** Another amount, and the person did not say to keep the bank's: both amounts, in the expense's currency. */
  | { kind: 'amount_mismatch'; bankAmount: string; saidAmount: string }
  /** Another amount on a household's bill whose shares bear nothing (the database keeps none such). */
  | { kind: 'shared' };

export interface StatementStore {
  /**
   * The statement and its lines not known yet, then the matching of the dates they cover, in one
   * transaction: all of it, or nothing. Lines already known (by key) are duplicates.
   */
  import(
    owner: Owner,
    statement: NewStatement,
    lines: readonly NewBankLine[],
    match: Matcher,
  ): Promise<ImportedStatement>;
  list(owner: Owner): Promise<StatementSummary[]>;
  /** Its lines, their suggestions and matches go; expenses stay. */
  delete(owner: Owner, id: string): Promise<boolean>;
  mapping(owner: Owner, account: string): Promise<CsvMapping | null>;
  rememberMapping(owner: Owner, account: string, mapping: CsvMapping): Promise<void>;
}

export interface ReconcileStore {
  /** Matches the open lines and expenses of [from, to] again (after an expense was added or changed). */
  rematch(owner: Owner, from: string, to: string, match: Matcher): Promise<RematchOutcome>;
  /** Forgets an expense's match (its amount, currency or date changed: the person's amount stays); returns whether it had one. */
  unmatch(owner: Owner, expenseId: string): Promise<boolean>;
  month(owner: Owner, month: string): Promise<MonthBank>;
  accept(
    owner: Owner,
    lineId: string,
    /** `provenance`: where each field came from (the bank's line, or the person's choice). */
    expense: { category: Category; description: string; provenance: Provenance },
  ): Promise<AcceptOutcome>;
  line(owner: Owner, lineId: string): Promise<BankLineRow | null>;
  /** Remembers that the line is not an expense to add; false when there is no such open line. */
  ignore(owner: Owner, lineId: string): Promise<boolean>;
  /** The line is a suggestion again (an ignore undone); false when it was not ignored. */
  unignore(owner: Owner, lineId: string): Promise<boolean>;
  /**
   * Pairs an open debit with one of the owner's saved, unpaired expenses in its currency and within
   * PAIR_DAYS; of another amount only with `keepBankAmount` (the expense takes the bank's).
   */
  pair(owner: Owner, lineId: string, expenseId: string, keepBankAmount: boolean): Promise<PairOutcome>;
  /**
   * Undoes a pairing (the matcher's or the person's): the line and its expense are open again, kept
   * apart from each other, the amount said given back; the expense's id, or null when the line was not paired.
   */
  unpair(owner: Owner, lineId: string): Promise<string | null>;
}
