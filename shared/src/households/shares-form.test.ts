import { describe, expect, it } from 'vitest';
import type { Household } from './households-api.ts';
import { billMembers, centsTyped, readShares, sharesEdit, sharesFormOf } from './shares-form.ts';

const household: Household = {
  id: 'h1',
  name: 'Coloc',
  members: [
    { id: 'marie', name: 'Marie', role: 'owner' },
    { id: 'paul', name: 'Paul', role: 'member' },
    { id: 'lea', name: 'Léa', role: 'member' },
  ],
  me: 'marie',
};
const order = ['marie', 'paul', 'lea'];
const equalBill = {
  paidBy: 'marie',
  split: [
    { memberId: 'marie', cents: 2400 },
    { memberId: 'paul', cents: 2400 },
    { memberId: 'lea', cents: 0 },
  ],
};
const unevenBill = {
  paidBy: 'paul',
  split: [
    { memberId: 'marie', cents: 3200 },
    { memberId: 'paul', cents: 1600 },
  ],
};
const cents = (reading: ReturnType<typeof readShares>) =>
  'shares' in reading ? reading.shares.map((s) => s.cents) : reading.kind;

describe('the shares of a household’s bill in its edit dialog', () => {
  it('opens an equal bill as equal among those who bear it, an uneven one as its amounts', () => {
    expect(sharesFormOf(equalBill, order)).toEqual({
      paidBy: 'marie',
      mode: 'equal',
      chosen: ['marie', 'paul'],
      typed: null,
    });
    expect(sharesFormOf(unevenBill, order)).toMatchObject({
      paidBy: 'paul',
      mode: 'amounts',
      chosen: ['marie', 'paul'],
    });
    // 3,34 + 3,33 + 3,33 is equal: the spare cent is the rule's, not a choice.
    const pain = {
      paidBy: 'lea',
      split: order.map((memberId, i) => ({ memberId, cents: i === 0 ? 334 : 333 })),
    };
    expect(sharesFormOf(pain, order).mode).toBe('equal');
  });

  it.each([
    [
      'equal among the three ticked, the spare cents to the earlier',
      { chosen: order },
      1000,
      [334, 333, 333],
    ],
    ['equal among two, the third bears none', { chosen: ['lea', 'marie'] }, 4801, [2401, 0, 2400]],
    ['nobody ticked', { chosen: [] }, 4800, 'nobody'],
  ] as const)('%s', (_name, form, total, expected) => {
    expect(
      cents(readShares({ paidBy: 'marie', mode: 'equal', typed: null, ...form }, total, order, equalBill)),
    ).toEqual(expected);
  });

  it('reads amounts typed as each language writes them, and says what is missing or too much', () => {
    const form = { paidBy: 'paul', mode: 'amounts' as const, chosen: [] };
    expect(
      readShares({ ...form, typed: { marie: '30', paul: '15', lea: '' } }, 4800, order, unevenBill),
    ).toMatchObject({
      kind: 'gap',
      gap: 300,
    });
    expect(
      readShares({ ...form, typed: { marie: '30,50', paul: '20', lea: '' } }, 4800, order, unevenBill),
    ).toMatchObject({
      kind: 'gap',
      gap: -250,
    });
    expect(
      cents(
        readShares({ ...form, typed: { marie: '12.34', paul: '35,66', lea: '0' } }, 4800, order, unevenBill),
      ),
    ).toEqual([1234, 3566, 0]);
    expect(
      readShares({ ...form, typed: { marie: '12,3,4', paul: '', lea: '' } }, 4800, order, unevenBill),
    ).toEqual({
      kind: 'unreadable',
      memberId: 'marie',
    });
  });

  it('follows the amount in the shares’ proportions until an amount is typed', () => {
    const form = { paidBy: 'paul', mode: 'amounts' as const, chosen: [], typed: null };
    expect(cents(readShares(form, 6000, order, unevenBill))).toEqual([4000, 2000, 0]);
  });

  it('reads what a share typed is, in cents', () => {
    expect([
      centsTyped(''),
      centsTyped('1 234,5'),
      centsTyped('0'),
      centsTyped('-3'),
      centsTyped('abc'),
    ]).toEqual([0, 123450, 0, null, null]);
  });

  it('sends only the payer or the shares that changed, never the shares the server would make by itself', () => {
    const same = readShares(sharesFormOf(equalBill, order), 4800, order, equalBill);
    if (same.kind !== 'shares') throw new Error(same.kind);
    expect(sharesEdit(equalBill, 'marie', same.shares, 4800)).toEqual({});
    expect(sharesEdit(equalBill, 'paul', same.shares, 4800)).toEqual({ paidBy: 'paul' });
    // 48 → 60 € left equal among the same two: the server's re-split, not sent.
    const followed = readShares(sharesFormOf(equalBill, order), 6000, order, equalBill);
    if (followed.kind !== 'shares') throw new Error(followed.kind);
    expect(sharesEdit(equalBill, 'marie', followed.shares, 6000)).toEqual({});
    const three = readShares({ ...sharesFormOf(equalBill, order), chosen: order }, 4800, order, equalBill);
    if (three.kind !== 'shares') throw new Error(three.kind);
    expect(sharesEdit(equalBill, 'marie', three.shares, 4800)).toEqual({
      split: [
        { memberId: 'marie', cents: 1600 },
        { memberId: 'paul', cents: 1600 },
        { memberId: 'lea', cents: 1600 },
      ],
    });
  });

  it('lists the household’s members and anyone the bill names who left', () => {
    const bill = { paidBy: 'gone', split: [{ memberId: 'marie', cents: 100 }] };
    expect(billMembers(bill, household, 'ancien membre').map((m) => m.name)).toEqual([
      'Marie',
      'Paul',
      'Léa',
      'ancien membre',
    ]);
    // Their name, when the household says who left.
    const known = { ...household, former: [{ id: 'gone', name: 'Tom' }] };
    expect(billMembers(bill, known, 'ancien membre').at(-1)).toEqual({
      id: 'gone',
      name: 'Tom (ancien membre)',
    });
  });
});
