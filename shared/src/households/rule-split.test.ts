import { describe, expect, it } from 'vitest';
import { namedMembers, ruleShares } from './rule-split.ts';

const [A, B, C] = ['a', 'b', 'c'] as const;

describe('ruleShares: a shared rule’s bill among the members there this month', () => {
  it.each([
    [
      'equal among all three',
      90000,
      [A, B, C],
      A,
      { kind: 'equal' },
      [
        [A, 30000],
        [B, 30000],
        [C, 30000],
      ],
    ],
    [
      'equal once C left',
      90000,
      [A, B],
      A,
      { kind: 'equal' },
      [
        [A, 45000],
        [B, 45000],
      ],
    ],
    [
      'equal, the spare cent to the earlier member',
      1001,
      [A, B],
      B,
      { kind: 'equal' },
      [
        [A, 501],
        [B, 500],
      ],
    ],
    [
      'shares 2:1',
      9000,
      [A, B],
      A,
      { kind: 'shares', shares: { [A]: 2, [B]: 1 } },
      [
        [A, 6000],
        [B, 3000],
      ],
    ],
    [
      'shares, a departed one’s weight dropped',
      9000,
      [A, C],
      A,
      { kind: 'shares', shares: { [A]: 2, [B]: 1, [C]: 1 } },
      [
        [A, 6000],
        [C, 3000],
      ],
    ],
    [
      'percent 60/40',
      10000,
      [A, B],
      A,
      { kind: 'percent', percents: { [A]: 60, [B]: 40 } },
      [
        [A, 6000],
        [B, 4000],
      ],
    ],
    [
      'percent 50/30/20 with the 20 gone: 5/8 and 3/8',
      8000,
      [A, B],
      A,
      { kind: 'percent', percents: { [A]: 50, [B]: 30, [C]: 20 } },
      [
        [A, 5000],
        [B, 3000],
      ],
    ],
    [
      'percent with cents, in the household’s order',
      10000,
      [B, A],
      A,
      { kind: 'percent', percents: { [A]: 33.33, [B]: 66.67 } },
      [
        [B, 6667],
        [A, 3333],
      ],
    ],
    ['only one member', 5000, [A, B], A, { kind: 'only', memberId: B }, [[B, 5000]]],
  ] as const)('%s', (_name, total, members, paidBy, split, expected) => {
    const got = ruleShares(total, members, paidBy, split);
    expect(got).toEqual({
      kind: 'split',
      shares: expected.map(([memberId, cents]) => ({ memberId, cents })),
    });
    if (got.kind === 'split') expect(got.shares.reduce((n, s) => n + s.cents, 0)).toBe(total);
  });

  it('pauses a rule whose payer left, or whose every bearer left', () => {
    expect(ruleShares(9000, [A, B], C, { kind: 'equal' })).toEqual({ kind: 'paused', reason: 'payer_left' });
    expect(ruleShares(9000, [A, B], A, { kind: 'only', memberId: C })).toEqual({
      kind: 'paused',
      reason: 'bearers_left',
    });
    expect(ruleShares(9000, [A], A, { kind: 'shares', shares: { [A]: 0, [B]: 1 } })).toEqual({
      kind: 'paused',
      reason: 'bearers_left',
    });
  });

  it('refuses a split that could never be made, whoever is there', () => {
    expect(ruleShares(9000, [A, B], A, { kind: 'percent', percents: { [A]: 60 } })).toEqual({
      kind: 'refused',
      message: 'percentages must add up to 100',
    });
    expect(ruleShares(9000, [A, B], A, { kind: 'shares', shares: { [A]: 0 } })).toEqual({
      kind: 'refused',
      message: 'someone must bear the bill',
    });
  });

  it('names the members a split names', () => {
    expect(namedMembers({ kind: 'equal' })).toEqual([]);
    expect(namedMembers({ kind: 'only', memberId: B })).toEqual([B]);
    expect(namedMembers({ kind: 'percent', percents: { [A]: 50, [C]: 50 } })).toEqual([A, C]);
  });
});
