/**
 * The month view's budgets and the recurring rules, as screens use them: the server's answer
 * online, the phone's copy offline (money-cache.ts), read again when the month's expenses
 * change here or a change made here reaches the server.
 */
import { type BudgetsAnswer, type Expense, monthRange, type RecurringRule } from '@voicetrack/shared';
import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '../base/hooks.ts';
import type { ApiClient } from '../data/api/client.ts';
import type { VoiceTrackDb } from '../data/db.ts';
import { type BudgetReader, cachedRules, monthBudgets, recurringRules } from './money-cache.ts';

/** What of the month's expenses a budget depends on: when it changes, the figures are read again. */
function monthFingerprint(expenses: readonly Expense[], month: string): string {
  const { from, to } = monthRange(month);
  return expenses
    .filter((e) => e.date >= from && e.date <= to)
    .map((e) => `${e.id}:${e.updatedAt}:${e.status}:${e.amount}:${e.category}:${e.currency}`)
    .join('|');
}

export interface MonthBudgets {
  /** null until known (and offline on a phone that never saw the budgets). */
  answer: BudgetsAnswer | null;
  /** Offline: the figures were worked out from the phone's copy. */
  onPhone: boolean;
  /** Read again (after a budget was set or removed). */
  reload: () => void;
}

export function useMonthBudgets(
  db: VoiceTrackDb,
  source: BudgetReader | null,
  month: string,
  expenses: readonly Expense[],
): MonthBudgets {
  // While changes made here wait to be sent, the server's sums are behind the phone's.
  const changesWaiting = useLiveQuery(() => db.ops.count(), [db], 0);
  const [got, setGot] = useState<{
    month: string;
    source: BudgetReader;
    answer: BudgetsAnswer;
    onPhone: boolean;
  } | null>(null);
  const [asked, setAsked] = useState(0);
  const fingerprint = monthFingerprint(expenses, month);
  // The fingerprint stands for the month's expenses: a new array with the same rows asks nothing.
  useEffect(() => {
    let current = true;
    if (!source) return;
    void monthBudgets(db, source, month, expenses, { preferPhone: changesWaiting > 0 }).then((result) => {
      if (current) setGot(result && { month, source, ...result });
    });
    return () => {
      current = false;
    };
  }, [db, source, month, fingerprint, changesWaiting, asked]);
  // Another month's, or another's budgets (the filter changed): not these.
  const mine = got !== null && got.month === month && got.source === source;
  return {
    answer: mine ? got.answer : null,
    onPhone: mine && got.onPhone,
    reload: () => setAsked((n) => n + 1),
  };
}

export interface Rules {
  /** null until read (from the copy, then the server). */
  rules: RecurringRule[] | null;
  /** The server could not be read: the list is the phone's copy. */
  offline: boolean;
  reload: () => void;
}

/** The recurring rules: the phone's copy at once, then the server's list. */
export function useRecurringRules(db: VoiceTrackDb, api: ApiClient): Rules {
  const [state, setState] = useState<{ rules: RecurringRule[] | null; offline: boolean }>({
    rules: null,
    offline: false,
  });
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let current = true;
    void cachedRules(db).then((rules) => {
      if (current && rules) setState((s) => (s.rules ? s : { rules, offline: false }));
    });
    void recurringRules(db, api).then((result) => {
      if (current) setState(result);
    });
    return () => {
      current = false;
    };
  }, [db, api, asked]);
  return { ...state, reload: () => setAsked((n) => n + 1) };
}
