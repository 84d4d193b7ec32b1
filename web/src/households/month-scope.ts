/**
 * Which expenses the month counts, and how much of each, so that no bill is ever counted twice:
 * « Moi » is the personal expenses plus my share of each household bill (never the whole bill),
 * « Foyer » the household's bills whole, a member their share of them. Shares are the bill's own
 * integer cents (its `split`); a bill read on the phone carries the split it will have. Pure.
 */
import { centsToDecimal, type Household } from '@voicetrack/shared';

export type MonthScope = { kind: 'me' } | { kind: 'household' } | { kind: 'member'; memberId: string };

type Row = {
  amount: string | null;
  householdId?: string;
  split?: Array<{ memberId: string; cents: number }>;
};

/** The rows the month adds up for `scope`, each with the amount that scope bears. */
export function scopeExpenses<T extends Row>(
  expenses: readonly T[],
  scope: MonthScope,
  household: Household | null,
): T[] {
  if (!household) return expenses.filter((e) => !e.householdId);
  const bills = (e: T) => e.householdId === household.id;
  if (scope.kind === 'household') return expenses.filter(bills);
  const memberId = scope.kind === 'member' ? scope.memberId : household.me;
  const out: T[] = [];
  for (const e of expenses) {
    if (!e.householdId) {
      if (scope.kind === 'me') out.push(e);
      continue;
    }
    if (!bills(e) || !memberId) continue;
    const cents = e.split?.find((p) => p.memberId === memberId)?.cents ?? 0;
    // Not split yet (no amount heard): the member's part is not known, the row waits with none.
    if (e.amount === null || !e.split?.length) {
      if (scope.kind === 'me') out.push(e);
      continue;
    }
    if (cents > 0) out.push({ ...e, amount: centsToDecimal(cents) });
  }
  return out;
}
