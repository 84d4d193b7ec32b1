/**
 * The ports of money awareness — budgets and their alerts, Web Push, recurring rules — kept apart
 * from store.ts so each file stays readable. One port per aggregate; adapters
 * in store/budget-store.ts, push-store.ts, recurring-store.ts; the push service behind PushSender.
 */
import type {
  Budget,
  BudgetTarget,
  BudgetThreshold,
  Category,
  Expense,
  ExportedBudget,
  ExportedRule,
  MonthSpending,
  RecurringRule,
  RuleSplit,
} from '@voicetrack/shared';
import type { Owner } from './owner.ts';

export interface BudgetStore {
  /**
   * Sets a budget; `created` is false when it replaced one. null: a new one would be the owner's
   * `max + 1`-th (MAX_BUDGETS unless said) (counted in the same statement, so two at once cannot both pass).
   */
  put(owner: Owner, budget: Budget, max?: number): Promise<{ budget: Budget; created: boolean } | null>;
  delete(owner: Owner, category: BudgetTarget, currency: string): Promise<boolean>;
  list(owner: Owner): Promise<Budget[]>;
  /** A month's sums per category and currency in cents: saved, and waiting for review, apart. */
  monthSpending(owner: Owner, month: string): Promise<MonthSpending[]>;
  /** Records that an alert goes out; false when it already did (insert or nothing). */
  claimAlert(
    owner: Owner,
    alert: { month: string; category: BudgetTarget; currency: string; threshold: BudgetThreshold },
  ): Promise<boolean>;
  /**
   * Budgets from an export; one already set for its category and currency is kept, and none past
   * the owner's `max`-th is made (`leftOut`: their "category currency" keys).
   */
  import(
    owner: Owner,
    budgets: readonly ExportedBudget[],
    max?: number,
  ): Promise<{ imported: number; duplicates: number; leftOut: string[] }>;
}

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface StoredPushSubscription extends PushTarget {
  id: string;
  locale: string | null;
  createdAt: string;
}

/** VAPID: the P-256 pair the server signs its pushes with, base64url (65-byte public, 32-byte private). */
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

export interface PushStore {
  /** Adds a device, or updates its keys and locale; `created` is false for a known endpoint. */
  subscribe(
    owner: Owner,
    subscription: PushTarget & { locale: string | null },
  ): Promise<{ subscription: StoredPushSubscription; created: boolean }>;
  unsubscribe(owner: Owner, endpoint: string): Promise<boolean>;
  list(owner: Owner): Promise<StoredPushSubscription[]>;
  /** Forgets a subscription its push service says is gone (404/410). */
  remove(owner: Owner, id: string): Promise<void>;
  /** The stored key pair, or `make()`'s stored first: one pair whoever starts first. */
  vapidKeys(make: () => Promise<VapidKeys>): Promise<VapidKeys>;
}

export type PushResult =
  | { kind: 'sent'; status: number }
  | { kind: 'gone'; status: number }
  | { kind: 'failed'; status: number | null; message: string };

/** A push service client: encrypts (aes128gcm), signs (VAPID) and POSTs one message. */
export interface PushSender {
  send(
    target: PushTarget,
    payload: string,
    options: { vapid: VapidKeys & { subject: string }; ttlSeconds: number; topic?: string },
  ): Promise<PushResult>;
}

export interface NewRule {
  amount: string;
  currency: string;
  category: Category;
  description: string;
  dayOfMonth: number;
  timezone: string;
  nextDate: string;
  /** A household's rule: all three, or none (a personal rule). */
  shared?: { householdId: string; paidBy: string; split: RuleSplit } | undefined;
}

/** The fields a PATCH may change (a household's rule: its payer and split too). */
export type RuleChanges = Partial<Omit<NewRule, 'shared'>> & { paidBy?: string; split?: RuleSplit };

/**
 * A rule the runner found due, with whose it is: the user it runs as on the server's schedule (a
 * personal rule's owner; a household's rule's payer, a current member).
 */
export interface DueRule {
  rule: RecurringRule;
  userId: string | null;
}

export interface RecurringStore {
  create(owner: Owner, rule: NewRule): Promise<RecurringRule>;
  list(owner: Owner): Promise<RecurringRule[]>;
  get(owner: Owner, id: string): Promise<RecurringRule | null>;
  update(owner: Owner, id: string, changes: RuleChanges): Promise<RecurringRule | null>;
  delete(owner: Owner, id: string): Promise<boolean>;
  /**
   * Rules whose next date is on or before `until` (YYYY-MM-DD): the owner's, or everyone's for the
   * server's own schedule (null). The caller compares with each rule's own today.
   */
  dueBy(owner: Owner | null, until: string): Promise<DueRule[]>;
  /**
   * Makes a rule's expenses for `occurrences`, in one transaction, if its next date is still
   * `expectedNext` (another runner got there first otherwise), and moves it to `next`. An expense
   * whose clientId exists is not made again. A household's rule makes the household's bills,
   * split among the members there now; paused (its payer or every bearer gone), it makes nothing
   * and stays where it is. Returns the expenses made.
   */
  materialize(
    owner: Owner,
    ruleId: string,
    expectedNext: string,
    occurrences: readonly { date: string; clientId: string }[],
    next: string,
  ): Promise<Expense[]>;
  /**
   * Rules from an export, with their ids; one whose id exists is kept. A household's rule's
   * `shared` was checked by the caller (the owner is a member, its payer and split are members).
   */
  import(owner: Owner, rules: readonly ExportedRule[]): Promise<{ imported: number; duplicates: number }>;
}
