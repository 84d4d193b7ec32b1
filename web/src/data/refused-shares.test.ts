import type { Expense } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import type { Refusal } from './api/answer.ts';
import type { Op } from './db.ts';
import { savedExpense } from './expense-fixtures.ts';
import { sharesRefused } from './refused-shares.ts';

const bill: Expense = savedExpense('b1', {
  amount: '30.00',
  householdId: 'h1',
  paidBy: 'marie',
  split: [
    { memberId: 'marie', cents: 1500 },
    { memberId: 'paul', cents: 1500 },
  ],
});
const ALL_LEA = [{ memberId: 'lea', cents: 3000 }];
const op = (kind: Op['kind'], patch?: Op['patch']): Op => ({
  id: 'op1',
  kind,
  expenseId: 'b1',
  ...(patch ? { patch } : {}),
  editedAt: '2026-12-05T09:00:00.000+01:00',
  before: bill,
  state: 'failed',
  attempts: 1,
  nextAttemptAt: Number.POSITIVE_INFINITY,
  lastError: null,
  createdAt: 0,
});
const refusal = (code: Refusal['code'], status = 422): Refusal => ({
  kind: 'refused',
  code,
  message: '…',
  status,
});

describe('an edit refused for its payer or shares', () => {
  it.each([
    [
      'the other fields go again; the bill shows them on its shares as they were',
      op('edit', { description: 'Marché', paidBy: 'lea', split: ALL_LEA }),
      refusal('not_a_member'),
      { fields: ['paidBy', 'split'], code: 'not_a_member', rest: { description: 'Marché' } },
      { description: 'Marché', paidBy: 'marie', split: bill.split },
    ],
    [
      'shares alone: nothing goes again, the bill as it was',
      op('edit', { split: ALL_LEA }),
      refusal('invalid_split'),
      { fields: ['split'], code: 'invalid_split', rest: null },
      bill,
    ],
    [
      'no longer a household’s bill',
      op('edit', { paidBy: 'paul' }),
      refusal('not_shared'),
      { fields: ['paidBy'], code: 'not_shared', rest: null },
      bill,
    ],
  ] as const)('%s', (_, refused, by, expected, shown) => {
    const got = sharesRefused(refused, by, [refused]);
    expect(got).toMatchObject(expected);
    expect(got?.shown).toEqual({ ...bill, ...shown });
    expect(got?.told).toEqual({ ...bill, ...shown });
  });

  it.each([
    ['another refusal', op('edit', { split: ALL_LEA }), refusal('validation_failed', 400)],
    ['an edit with no payer or shares', op('edit', { description: 'Marché' }), refusal('not_a_member')],
    ['a delete', op('delete'), refusal('not_a_member')],
  ] as const)('leaves %s to the outbox’s usual way', (_, refused, by) => {
    expect(sharesRefused(refused, by, [refused])).toBeNull();
  });
});

describe('the changes queued after a refused shares edit', () => {
  const refused = op('edit', { split: ALL_LEA });
  const later = (id: string, kind: Op['kind'], patch?: Op['patch']): Op => ({
    ...op(kind, patch),
    id,
    state: 'recorded',
    nextAttemptAt: 0,
    createdAt: 1,
  });

  it('stay on the bill: a description changed since shows on its shares as they were', () => {
    const queue = [refused, later('op2', 'edit', { description: 'Marché du dimanche' })];
    const got = sharesRefused(refused, refusal('invalid_split'), queue);
    expect(got?.shown).toEqual({ ...bill, description: 'Marché du dimanche' });
    // The message names the bill as the server has it.
    expect(got?.told).toEqual(bill);
  });

  it('a delete queued since leaves no row to show', () => {
    const got = sharesRefused(refused, refusal('not_a_member'), [refused, later('op2', 'delete')]);
    expect(got?.shown).toBeNull();
    expect(got?.told).toEqual(bill);
  });

  it('a change of another expense does not touch this bill', () => {
    const other = { ...later('op2', 'edit', { description: 'Taxi' }), expenseId: 'b2' };
    expect(sharesRefused(refused, refusal('not_shared'), [refused, other])?.shown).toEqual(bill);
  });
});
