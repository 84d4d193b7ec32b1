/**
 * An edit of a household's bill whose payer or shares the server refused (a member chosen left
 * meanwhile, shares made for another amount, a bill no longer shared): the server changed nothing,
 * so the edit's other fields are sent again without them, the phone shows the bill without them,
 * and the person is told which were not kept and why (the bill and their words stay). Pure, tested
 * beside; flush.ts applies it.
 */
import { type Expense, type ExpenseEdits, SHARE_FIELDS, type ShareField } from '@voicetrack/shared';
import type { Refusal } from './api/answer.ts';
import { shownAfterRefusal } from './as-left.ts';
import type { Op } from './db.ts';

/** The refusals that are about the payer or the shares alone (split-edit.ts's codes). */
export const SHARE_REFUSALS = ['not_a_member', 'invalid_split', 'not_shared'] as const;
export type ShareRefusal = (typeof SHARE_REFUSALS)[number];

export interface SharesRefused {
  /** The fields the server did not keep, in the order they are named. */
  fields: ShareField[];
  code: ShareRefusal;
  /** The edit's other fields, to send again; null when it had none (the change is dropped). */
  rest: ExpenseEdits | null;
  /** The bill the message names: as it was, with the other fields. */
  told: Expense;
  /** The row as the phone shows it now: that bill with the changes still queued; null: none. */
  shown: Expense | null;
}

const isShareRefusal = (code: string): code is ShareRefusal =>
  (SHARE_REFUSALS as readonly string[]).includes(code);

/**
 * What to do with an edit the server refused, given the changes still queued (`queue`, this one
 * among them); null when the refusal is not about its payer or shares.
 */
export function sharesRefused(op: Op, refusal: Refusal, queue: readonly Op[]): SharesRefused | null {
  const code = refusal.code;
  if (op.kind !== 'edit' || !op.patch || !isShareRefusal(code)) return null;
  const fields = SHARE_FIELDS.filter((f) => op.patch?.[f] !== undefined);
  if (fields.length === 0) return null;
  const { paidBy: _paidBy, split: _split, ...rest } = op.patch;
  const kept = Object.keys(rest).length > 0 ? rest : null;
  const told = { ...op.before, ...rest } as Expense;
  // The rest goes again and the server then has `told`; later changes still go on top (a delete too).
  return { fields, code, rest: kept, told, shown: shownAfterRefusal(told, op, queue) };
}
