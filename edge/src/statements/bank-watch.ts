/**
 * A voice or typed expense arriving after a statement is matched against the lines still open,
 * after the answer (the capture never waits for it, nor fails by it). An edit of an expense's
 * amount, currency or date forgets its match and matches both its old and new days again.
 */
import { matchLines } from '@voicetrack/shared';
import type { Background } from '../money/background.ts';
import type { Owner, ReconcileStore } from '../ports.ts';

export interface BankWatch {
  /** Saved expenses (their days): match them with open lines. */
  saved(owner: Owner, dates: readonly string[]): void;
  /** An expense's amount, currency or date changed. */
  changed(owner: Owner, expenseId: string, dates: readonly string[]): void;
}

const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The bank dates an expense of these days can match: a day before to five after. */
function window(dates: readonly string[]): [string, string] | null {
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted.at(-1);
  return first && last ? [shift(first, -1), shift(last, 5)] : null;
}

export function createBankWatch(reconcile: ReconcileStore, background: Background): BankWatch {
  return {
    saved(owner, dates) {
      const span = window(dates);
      if (span) background.run('bank matching', () => reconcile.rematch(owner, span[0], span[1], matchLines));
    },
    changed(owner, expenseId, dates) {
      const span = window(dates);
      if (!span) return;
      background.run('bank matching', async () => {
        await reconcile.unmatch(owner, expenseId);
        await reconcile.rematch(owner, span[0], span[1], matchLines);
      });
    },
  };
}
