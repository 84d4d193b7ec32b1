/**
 * A household's bill read on the phone, split as the server will split it (edge's
 * households/shared-bill.ts, over the same shared functions): the payer is the speaker unless the
 * words name a member (« Marie a payé »), the split is equal among the members unless the words
 * say it is for one of them (« c'est pour Paul », « pour moi seul »), in integer cents by
 * shared's splitCents, so the row shown offline says what the server will save. When the phone
 * does not know the household's members (or which of them it speaks for), the rows are still the
 * household's bills, with no split yet: no one's part is shown, nor counted, before the server's. Pure.
 */
import {
  decimalToCents,
  type Household,
  readHouseholdWords,
  type SplitRule,
  splitCents,
} from '@voicetrack/shared';
import type { ProvisionalExpense } from '../data/db.ts';

/** Why the server will hold a bill for review when the words count people the household does not have. */
export const HOUSEHOLD_COUNT_REASON = 'household_count';

/** The note's rows as bills of `householdId`, split when the phone knows its members and its speaker. */
export function shareProvisional(
  expenses: ReadonlyArray<ProvisionalExpense | null>,
  text: string,
  householdId: string,
  household: Household | null,
): (ProvisionalExpense | null)[] {
  const me = household?.id === householdId ? household.me : undefined;
  // Whose bill and how it splits is the server's to say: the bill, its parts not known yet.
  if (!household || !me) return expenses.map((e) => e && { ...e, householdId, split: [] });
  const members = household.members;
  const words = readHouseholdWords(text, members);
  const paidBy = words.paidBy ?? me;
  const rule: SplitRule = words.onlyFor
    ? { kind: 'only', memberId: words.onlyFor === 'me' ? me : words.onlyFor }
    : { kind: 'equal' };
  const countDiffers = !words.onlyFor && words.people !== undefined && words.people !== members.length;
  return expenses.map((bill) => {
    if (!bill) return bill;
    // « Paul a payé 60 € de courses »: alone, someone else's spending (not_paid); in the household,
    // a member's bill, paid by them.
    const e =
      words.paidBy !== undefined && bill.reviewReason === 'not_paid'
        ? { ...bill, status: 'saved' as const, reviewReason: null }
        : bill;
    const cents = e.amount === null ? null : decimalToCents(e.amount);
    const split = cents
      ? splitCents(
          cents,
          members.map((m) => m.id),
          rule,
        )
      : null;
    const shared = { householdId: household.id, paidBy, split: split?.kind === 'split' ? split.shares : [] };
    if (!countDiffers) return { ...e, ...shared };
    return { ...e, ...shared, status: 'needs_review' as const, reviewReason: HOUSEHOLD_COUNT_REASON };
  });
}
