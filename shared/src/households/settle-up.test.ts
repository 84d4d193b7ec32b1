import { describe, expect, it } from 'vitest';
import { householdNets } from './balances.ts';
import { settleUp } from './settle-up.ts';

describe('householdNets', () => {
  it('owes the payer the others’ shares, moves a repayment, and never mixes currencies', () => {
    const nets = householdNets(
      ['marie', 'paul'],
      [
        {
          paidBy: 'marie',
          currency: 'EUR',
          split: [
            { memberId: 'marie', cents: 2400 },
            { memberId: 'paul', cents: 2400 },
          ],
        },
        { paidBy: 'paul', currency: 'GBP', split: [{ memberId: 'marie', cents: 1000 }] },
      ],
      [{ fromMemberId: 'paul', toMemberId: 'marie', cents: 400, currency: 'EUR' }],
    );
    expect(nets).toEqual([
      { memberId: 'marie', currency: 'EUR', cents: 2000 },
      { memberId: 'paul', currency: 'EUR', cents: -2000 },
      { memberId: 'marie', currency: 'GBP', cents: -1000 },
      { memberId: 'paul', currency: 'GBP', cents: 1000 },
    ]);
  });
});

describe('settleUp', () => {
  const total = (t: ReturnType<typeof settleUp>) => t.length;
  const applied = (nets: Record<string, number>, transfers: ReturnType<typeof settleUp>) => {
    const left = { ...nets };
    for (const t of transfers) {
      left[t.fromMemberId] = (left[t.fromMemberId] ?? 0) + t.cents;
      left[t.toMemberId] = (left[t.toMemberId] ?? 0) - t.cents;
    }
    return Object.values(left).every((c) => c === 0);
  };
  const list = (nets: Record<string, number>) =>
    Object.entries(nets).map(([memberId, cents]) => ({ memberId, cents }));

  it.each([
    ['one owes one', { marie: 2400, paul: -2400 }, 1],
    ['nobody owes', { marie: 0, paul: 0 }, 0],
    ['two separate debts settle in two, not three', { a: 500, b: -500, c: 700, d: -700 }, 2],
    ['pairs hidden among six', { a: 300, b: 200, c: -100, d: -400, e: 600, f: -600 }, 4],
    ['one creditor, three debtors', { a: 900, b: -300, c: -300, d: -300 }, 3],
  ])('%s', (_name, nets, count) => {
    const transfers = settleUp(list(nets));
    expect(total(transfers)).toBe(count);
    expect(applied(nets, transfers)).toBe(true);
    expect(transfers.every((t) => t.cents > 0)).toBe(true);
  });

  it('a debtor pays the creditor: Paul pays Marie what he owes', () => {
    expect(settleUp(list({ marie: 2400, paul: -2400 }))).toEqual([
      { fromMemberId: 'paul', toMemberId: 'marie', cents: 2400 },
    ]);
  });

  it('refuses nets that do not sum to zero', () => {
    expect(() => settleUp(list({ a: 1, b: 0 }))).toThrow(RangeError);
  });
});
