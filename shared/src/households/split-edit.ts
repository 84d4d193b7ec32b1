/**
 * A household's bill's payer and shares changed after the fact (PATCH /api/expenses/:id
 * `paidBy`, `split`): what the server checks before it writes, and the phone before it sends. The
 * shares are given whole, in integer cents: the phone works them out (equal among the members the
 * person chose, or the amounts typed) so the server keeps exactly what the person saw.
 */
import { centsToDecimal, decimalToCents } from '../money.ts';
import type { Share } from './split.ts';

export interface BillToEdit {
  householdId?: string | undefined;
  amount: string | null;
  paidBy?: string | undefined;
  split?: readonly Share[] | undefined;
}

export interface SplitEdit {
  amount?: string | undefined;
  paidBy?: string | undefined;
  split?: readonly Share[] | undefined;
}

export type SplitEditCheck =
  | { kind: 'ok' }
  | { kind: 'refused'; code: 'not_shared' | 'not_a_member' | 'invalid_split'; message: string };

/**
 * Whether `edit` may be written to `bill`. `members` are the household's, `active` false for one
 * who left: a payer or a share may name a current member, or one the bill names already (a bill
 * of someone who left can still be edited without losing them). The shares must sum to the
 * amount given with them, else to the bill's.
 */
export function checkSplitEdit(
  bill: BillToEdit,
  members: ReadonlyArray<{ id: string; active: boolean }>,
  edit: SplitEdit,
): SplitEditCheck {
  if (edit.paidBy === undefined && edit.split === undefined) return { kind: 'ok' };
  if (!bill.householdId)
    return refuse(
      'not_shared',
      'This expense is nobody’s household bill: it has no payer or shares to change.',
    );
  const named = new Set([
    ...(bill.paidBy ? [bill.paidBy] : []),
    ...(bill.split ?? []).map((s) => s.memberId),
  ]);
  const allowed = (id: string) => named.has(id) || members.some((m) => m.id === id && m.active);
  if (edit.paidBy !== undefined && !allowed(edit.paidBy))
    return refuse('not_a_member', `paidBy: ${edit.paidBy} is not a member of this household.`);
  if (edit.split === undefined) return { kind: 'ok' };
  const stranger = edit.split.find((s) => !allowed(s.memberId));
  if (stranger)
    return refuse('not_a_member', `split: ${stranger.memberId} is not a member of this household.`);
  const amount = edit.amount ?? bill.amount;
  const total = amount === null ? null : decimalToCents(amount);
  if (total === null) return refuse('invalid_split', 'split: give the bill’s amount with its shares.');
  const gap = sharesGap(total, edit.split);
  if (gap !== 0) {
    const given = centsToDecimal(total - gap);
    const by = gap > 0 ? `${centsToDecimal(gap)} missing` : `${centsToDecimal(-gap)} too much`;
    return refuse(
      'invalid_split',
      `split: the shares add up to ${given}, not ${centsToDecimal(total)} (${by}).`,
    );
  }
  return { kind: 'ok' };
}

/** What the shares lack to make the bill: > 0 missing, < 0 too much, 0 exact. */
export const sharesGap = (totalCents: number, shares: readonly Share[]): number =>
  totalCents - shares.reduce((sum, s) => sum + s.cents, 0);

const refuse = (code: 'not_shared' | 'not_a_member' | 'invalid_split', message: string): SplitEditCheck => ({
  kind: 'refused',
  code,
  message,
});
