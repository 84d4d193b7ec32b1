/**
 * An edit, an accept or a delete the server refused for good (outbox-machine.ts's `failed`, or an
 * edit of an expense it no longer has): the change leaves the outbox, the phone shows the row as
 * the server has it (a refused change changed nothing there), and the person is told what was not
 * kept and why. Pure, tested beside; flush.ts applies it after refused-shares.ts, which keeps an
 * edit's other fields when only its payer or shares were refused.
 */
import type { Expense } from '@voicetrack/shared';
import type { Refusal } from './api/answer.ts';
import { shownAfterRefusal } from './as-left.ts';
import type { Op } from './db.ts';
import type { ShareRefusal } from './refused-shares.ts';

/**
 * Why a change was not kept: `gone`, the expense was deleted elsewhere; `invalid`, a value the
 * server does not take; `too_large`, a text too long; `refused`, any other refusal of an edit;
 * `not_deleted`, a delete refused.
 */
export type ChangeRefusal = ShareRefusal | 'gone' | 'invalid' | 'too_large' | 'refused' | 'not_deleted';

export interface ChangeRefused {
  why: Exclude<ChangeRefusal, ShareRefusal>;
  /** The edit's fields, in the order it gave them; none for a delete. */
  fields: string[];
  /** The expense the message names: as it was before the change. */
  told: Expense;
  /** The row as the phone shows it now: the server's, with the changes still queued; null: none. */
  shown: Expense | null;
  /** The changes that go with it: this one, and, when the expense is gone, every later one of it. */
  dropped: string[];
}

const INVALID = ['validation_failed', 'malformed_json', 'bad_request', 'unsupported_media_type'];

/**
 * What to do with a change the server answered with `refusal`, given the changes still queued
 * (`queue`, this one among them); null when the refusal leaves nothing to say: a delete of an
 * expense already gone did what it asked.
 */
export function changeRefused(op: Op, refusal: Refusal, queue: readonly Op[]): ChangeRefused | null {
  if (refusal.code === 'not_found') {
    if (op.kind === 'delete') return null;
    const later = queue.filter((o) => o.id !== op.id && o.expenseId === op.expenseId);
    // Nothing later can land on it either: those go too, said once.
    return {
      why: 'gone',
      fields: Object.keys(op.patch ?? {}),
      told: op.before,
      shown: null,
      dropped: [op.id, ...later.map((o) => o.id)],
    };
  }
  const why =
    op.kind === 'delete'
      ? 'not_deleted'
      : INVALID.includes(refusal.code)
        ? 'invalid'
        : refusal.code === 'payload_too_large'
          ? 'too_large'
          : 'refused';
  return {
    why,
    fields: op.kind === 'edit' ? Object.keys(op.patch ?? {}) : [],
    told: op.before,
    // The server has the expense as it was before this change; later changes still go on top.
    shown: shownAfterRefusal(op.before, op, queue),
    dropped: [op.id],
  };
}
