/**
 * The money screens' writes as the person reads their outcome: what went wrong in words (offline,
 * or the server's refusal). Budgets' forms and recurring expenses (recurring/) say it so.
 */
import type { Answer } from '../data/api/answer.ts';
import type { MoneyStrings } from '../i18n/money.ts';

/** What went wrong with a write, in words; null when it went through. */
export function problem(got: Answer<unknown>, m: MoneyStrings): string | null {
  switch (got.kind) {
    case 'ok':
      return null;
    case 'offline':
      return m.offline;
    case 'refused':
      return m.refused(got.code);
  }
}
