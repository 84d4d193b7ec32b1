/**
 * Which expenses the month counts, and how much of each, so that no bill is ever counted twice:
 * « Moi » is the personal expenses plus my share of each bill of every household I am in (never
 * the whole bill), « Foyer » the chosen household's bills whole, a member their share of them. Shares are the bill's own
 * integer cents (its `split`); a bill read on the phone carries the split it will have. Pure.
 */
import { centsToDecimal, type Household } from '@voicetrack/shared';

export type MonthScope = { kind: 'me' } | { kind: 'household' } | { kind: 'member'; memberId: string };

type Row = {
  amount: string | null;
  householdId?: string;
  split?: Array<{ memberId: string; cents: number }>;
};

/**
 * The rows the month adds up for `scope`, each with the amount that scope bears: `household` is
 * the one shown, `households` every one the person is in (« Moi » counts my share in each).
 */
export function scopeExpenses<T extends Row>(
  expenses: readonly T[],
  scope: MonthScope,
  household: Household | null,
  households: readonly Household[] = household ? [household] : [],
): T[] {
  if (scope.kind === 'household')
    return household ? expenses.filter((e) => e.householdId === household.id) : [];
  const memberIn = (householdId: string) =>
    scope.kind === 'member'
      ? householdId === household?.id
        ? scope.memberId
        : undefined
      : households.find((h) => h.id === householdId)?.me;
  const out: T[] = [];
  for (const e of expenses) {
    if (!e.householdId) {
      if (scope.kind === 'me') out.push(e);
      continue;
    }
    // Not split yet (no amount heard, or read here before the members were known): my part is
    // not known, the row waits with none, never the whole bill as mine.
    if (!e.split?.length || e.amount === null) {
      if (scope.kind === 'me' && households.some((h) => h.id === e.householdId))
        out.push({ ...e, amount: null });
      continue;
    }
    const memberId = memberIn(e.householdId);
    const cents = (memberId && e.split.find((p) => p.memberId === memberId)?.cents) || 0;
    if (cents > 0) out.push({ ...e, amount: centsToDecimal(cents) });
  }
  return out;
}
