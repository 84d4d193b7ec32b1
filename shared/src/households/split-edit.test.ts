import { describe, expect, it } from 'vitest';
import { checkSplitEdit, sharesGap } from './split-edit.ts';

const M = 'a0000000-0000-4000-8000-000000000001';
const P = 'a0000000-0000-4000-8000-000000000002';
const L = 'a0000000-0000-4000-8000-000000000003';
const GONE = 'a0000000-0000-4000-8000-000000000004';
const members = [
  { id: M, active: true },
  { id: P, active: true },
  { id: L, active: true },
  { id: GONE, active: false },
];
const bill = {
  householdId: 'h',
  amount: '48.00',
  paidBy: M,
  split: [
    { memberId: M, cents: 2400 },
    { memberId: GONE, cents: 2400 },
  ],
};

describe('checkSplitEdit (a bill’s payer and shares changed after the fact)', () => {
  it.each([
    ['another current member pays', { paidBy: P }, 'ok'],
    [
      'shares that sum to the bill',
      {
        split: [
          { memberId: P, cents: 4000 },
          { memberId: L, cents: 800 },
        ],
      },
      'ok',
    ],
    [
      'shares that sum to the amount given with them',
      { amount: '10.00', split: [{ memberId: P, cents: 1000 }] },
      'ok',
    ],
    [
      'a member who left but is on the bill keeps a share',
      { split: [{ memberId: GONE, cents: 4800 }] },
      'ok',
    ],
    ['nothing about the split', { amount: '12.00' }, 'ok'],
    ['a payer no member', { paidBy: 'b0000000-0000-4000-8000-000000000009' }, 'not_a_member'],
    ['a member who left but is on the bill pays', { paidBy: GONE }, 'ok'],
    [
      'a share for someone no member',
      { split: [{ memberId: 'b0000000-0000-4000-8000-000000000009', cents: 4800 }] },
      'not_a_member',
    ],
    ['shares 3,00 short', { split: [{ memberId: P, cents: 4500 }] }, 'invalid_split'],
    [
      'shares over the amount given',
      { amount: '40.00', split: [{ memberId: P, cents: 4800 }] },
      'invalid_split',
    ],
  ] as const)('%s', (_name, edit, kind) => {
    const checked = checkSplitEdit(bill, members, edit);
    expect(checked.kind === 'ok' ? 'ok' : checked.code).toBe(kind);
  });

  it('refuses a payer who left and is not on the bill', () => {
    const other = { ...bill, paidBy: M, split: [{ memberId: M, cents: 4800 }] };
    expect(checkSplitEdit(other, members, { paidBy: GONE })).toMatchObject({ code: 'not_a_member' });
  });

  it('says how much is missing or too much', () => {
    expect(checkSplitEdit(bill, members, { split: [{ memberId: P, cents: 4500 }] })).toEqual({
      kind: 'refused',
      code: 'invalid_split',
      message: 'split: the shares add up to 45.00, not 48.00 (3.00 missing).',
    });
    expect(checkSplitEdit(bill, members, { split: [{ memberId: P, cents: 5000 }] })).toMatchObject({
      message: 'split: the shares add up to 50.00, not 48.00 (2.00 too much).',
    });
  });

  it('refuses a payer or shares on a personal expense, and shares of a bill with no amount yet', () => {
    expect(checkSplitEdit({ amount: '5.00' }, members, { paidBy: M })).toMatchObject({ code: 'not_shared' });
    expect(
      checkSplitEdit({ ...bill, amount: null }, members, { split: [{ memberId: M, cents: 1 }] }),
    ).toMatchObject({
      code: 'invalid_split',
    });
  });

  it('measures the gap in cents', () => {
    expect(sharesGap(4800, [{ memberId: M, cents: 4500 }])).toBe(300);
    expect(sharesGap(4800, [{ memberId: M, cents: 5000 }])).toBe(-200);
  });
});
