/**
 * The phone's copy of the person's budgets (and of their household's) and recurring rules, in
 * Dexie's `meta`, so the month view's bars and "coming up" still show offline. The server stays
 * the authority: online, each answer replaces the copy; offline, the bars are worked out from the
 * copy of the expenses with shared's `budgetProgress()` — the same computation as GET
 * /api/budgets (or a household's, over its bills whole), in cents.
 */
import {
  type Budget,
  BudgetSchema,
  type BudgetsAnswer,
  budgetProgress,
  type Expense,
  type RecurringRule,
  RecurringRuleSchema,
} from '@voicetrack/shared';
import * as v from 'valibot';
import type { ApiClient } from '../data/api/client.ts';
import type { VoiceTrackDb } from '../data/db.ts';
import { MONEY_KEYS } from './money-sign-out.ts';

const { budgets: BUDGETS, householdBudgets: HOUSEHOLD_BUDGETS, rules: RULES, offers: OFFERS } = MONEY_KEYS;
/** Enough to remember every recent card; older notes are long gone from the screen. */
const MAX_OFFERS = 100;

const BudgetListSchema = v.array(BudgetSchema);
const RuleListSchema = v.array(RecurringRuleSchema);

async function read<T>(
  db: VoiceTrackDb,
  key: string,
  schema: v.GenericSchema<unknown, T>,
): Promise<T | null> {
  const parsed = v.safeParse(schema, (await db.meta.get(key))?.value);
  return parsed.success ? parsed.output : null;
}

/** The budgets as last read from the server; null when this phone never saw them. */
export const cachedBudgets = (db: VoiceTrackDb): Promise<Budget[] | null> =>
  read(db, BUDGETS, BudgetListSchema);

/** Where the phone keeps its copy of some budgets: the person's, or one household's. */
export interface BudgetCopy {
  read(db: VoiceTrackDb): Promise<Budget[] | null>;
  keep(db: VoiceTrackDb, budgets: Budget[]): Promise<unknown>;
}

export const personalCopy: BudgetCopy = {
  read: cachedBudgets,
  keep: (db, budgets) => db.meta.put({ key: BUDGETS, value: budgets }),
};

const HouseholdCopySchema = v.object({ householdId: v.string(), budgets: BudgetListSchema });

/** The household's budgets as last read (one household's at a time: the phone's). */
export const householdCopy = (householdId: string): BudgetCopy => ({
  read: async (db) => {
    const kept = await read(db, HOUSEHOLD_BUDGETS, HouseholdCopySchema);
    return kept?.householdId === householdId ? kept.budgets : null;
  },
  keep: (db, budgets) => db.meta.put({ key: HOUSEHOLD_BUDGETS, value: { householdId, budgets } }),
});

/** Keeps what a GET of budgets answered (every budget, whatever the month asked). */
export async function keepBudgets(
  db: VoiceTrackDb,
  answer: BudgetsAnswer,
  copy: BudgetCopy = personalCopy,
): Promise<void> {
  const budgets: Budget[] = answer.budgets.map(({ category, currency, amount }) => ({
    category,
    currency,
    amount,
  }));
  await copy.keep(db, budgets);
}

/** One budget set (or replaced) or removed on the server: the copy follows at once. */
export async function changeCachedBudget(
  db: VoiceTrackDb,
  target: Pick<Budget, 'category' | 'currency'>,
  amount: string | null,
  copy: BudgetCopy = personalCopy,
): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const others = ((await copy.read(db)) ?? []).filter(
      (b) => !(b.category === target.category && b.currency === target.currency),
    );
    await copy.keep(db, amount === null ? others : [...others, { ...target, amount }]);
  });
}

/** Where some budgets are read: the server (null when it cannot be), and the phone's copy of them. */
export interface BudgetReader {
  read(month: string): Promise<BudgetsAnswer | null>;
  copy: BudgetCopy;
}

/**
 * Where a month stands: the server's answer when it can be read, else the same figures from the
 * phone's copies (`onPhone`). `null` when neither exists (offline, budgets never seen). A
 * household's budgets are worked out over its bills whole, as `expenses` then are.
 */
export async function monthBudgets(
  db: VoiceTrackDb,
  source: BudgetReader,
  month: string,
  expenses: readonly Expense[],
  options: { preferPhone?: boolean } = {},
): Promise<{ answer: BudgetsAnswer; onPhone: boolean } | null> {
  const fromServer = await source.read(month);
  if (fromServer) await keepBudgets(db, fromServer, source.copy);
  // Changes made here and not yet sent: the server does not know them, the phone's copy does.
  if (fromServer && !options.preferPhone) return { answer: fromServer, onPhone: false };
  const budgets = fromServer ? fromServer.budgets : await source.copy.read(db);
  if (!budgets) return null;
  return { answer: budgetProgress(budgets, expenses, month), onPhone: !fromServer };
}

/** The rules as last read; null when this phone never saw them. */
export const cachedRules = (db: VoiceTrackDb): Promise<RecurringRule[] | null> =>
  read(db, RULES, RuleListSchema);

export const keepRules = (db: VoiceTrackDb, rules: RecurringRule[]): Promise<string> =>
  db.meta.put({ key: RULES, value: rules });

/** The rules from the server (kept for offline), else the copy: `offline` says which. */
export async function recurringRules(
  db: VoiceTrackDb,
  api: ApiClient,
): Promise<{ rules: RecurringRule[]; offline: boolean }> {
  const rules = await api.recurringRules();
  if (rules) {
    await keepRules(db, rules);
    return { rules, offline: false };
  }
  return { rules: (await cachedRules(db)) ?? [], offline: true };
}

export const answeredOffers = async (db: VoiceTrackDb): Promise<string[]> =>
  (await read(db, OFFERS, v.array(v.string()))) ?? [];

/** The "every month?" card of this note was answered: it is not offered again. */
export async function answerOffer(db: VoiceTrackDb, noteId: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const answered = (await answeredOffers(db)).filter((id) => id !== noteId);
    await db.meta.put({ key: OFFERS, value: [...answered, noteId].slice(-MAX_OFFERS) });
  });
}
