import { describe, expect, it } from 'vitest';
import type { Refusal } from './api/answer.ts';
import type { Op } from './db.ts';
import { savedExpense } from './expense-fixtures.ts';
import { changeRefused } from './refused-change.ts';

const resto = savedExpense('e1', { amount: '12.50', description: 'Resto' });
let seq = 0;
const op = (kind: Op['kind'], patch?: Op['patch'], over: Partial<Op> = {}): Op => ({
  id: `op${++seq}`,
  kind,
  expenseId: 'e1',
  ...(patch ? { patch } : {}),
  editedAt: '2026-12-05T09:00:00.000+01:00',
  before: resto,
  state: 'failed',
  attempts: 1,
  nextAttemptAt: Number.POSITIVE_INFINITY,
  lastError: null,
  createdAt: 0,
  seq,
  ...over,
});
const refusal = (status: number, code: Refusal['code']): Refusal => ({
  kind: 'refused',
  code,
  message: '…',
  status,
});

describe('a change the server refused for good', () => {
  it.each([
    ['a value it does not take', refusal(400, 'validation_failed'), 'invalid'],
    ['a body it could not read', refusal(400, 'malformed_json'), 'invalid'],
    ['a text too long', refusal(413, 'payload_too_large'), 'too_large'],
    ['a conflict', refusal(409, 'conflict'), 'refused'],
    ['a refusal from a newer server', refusal(422, 'dates_too_far'), 'refused'],
  ] as const)('an edit refused for %s is dropped, said (%s) and the row shows the server’s', (_n, r, why) => {
    const edit = op('edit', { amount: '99999999.00', description: 'Resto du soir' });
    expect(changeRefused(edit, r, [edit])).toEqual({
      why,
      fields: ['amount', 'description'],
      told: resto,
      shown: resto,
      dropped: [edit.id],
    });
  });

  it('an accept refused puts the expense back as it waited for review', () => {
    const waiting = { ...resto, status: 'needs_review' as const, reviewReason: 'low_confidence' };
    const accept = op('edit', { amount: '12.50' }, { before: waiting });
    expect(changeRefused(accept, refusal(400, 'validation_failed'), [accept])?.shown).toEqual(waiting);
  });

  it('keeps the later changes of the same expense on the row shown, and queued', () => {
    const refused = op('edit', { amount: '-3.00' });
    const later = op('edit', { category: 'groceries' }, { state: 'recorded', nextAttemptAt: 0 });
    const other = op('edit', { category: 'leisure' }, { expenseId: 'e2', state: 'recorded' });
    const got = changeRefused(refused, refusal(400, 'validation_failed'), [refused, later, other]);
    expect(got?.shown).toEqual({ ...resto, category: 'groceries' });
    expect(got?.dropped).toEqual([refused.id]);
  });

  it('an edit of an expense deleted elsewhere removes the row, with every later change of it', () => {
    const edit = op('edit', { description: 'Resto du soir' });
    const later = op('delete', undefined, { state: 'recorded' });
    const other = op('edit', { category: 'leisure' }, { expenseId: 'e2', state: 'recorded' });
    expect(changeRefused(edit, refusal(404, 'not_found'), [edit, later, other])).toEqual({
      why: 'gone',
      fields: ['description'],
      told: resto,
      shown: null,
      dropped: [edit.id, later.id],
    });
  });

  it('a delete of an expense already gone did what it asked: nothing to say', () => {
    const del = op('delete');
    expect(changeRefused(del, refusal(404, 'not_found'), [del])).toBeNull();
  });

  it('a delete refused brings the expense back, said', () => {
    const del = op('delete');
    expect(changeRefused(del, refusal(409, 'conflict'), [del])).toMatchObject({
      why: 'not_deleted',
      fields: [],
      shown: resto,
      dropped: [del.id],
    });
  });
});
