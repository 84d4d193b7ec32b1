import { describe, expect, it } from 'vitest';
import { resplitCents, type SplitRule, splitCents } from './split.ts';

const M = ['marie', 'paul', 'lea'];
const sharesOf = (total: number, members: string[], rule: SplitRule) => {
  const out = splitCents(total, members, rule);
  if (out.kind !== 'split') throw new Error(out.message);
  return Object.fromEntries(out.shares.map((s) => [s.memberId, s.cents]));
};

describe('splitCents', () => {
  it.each([
    ['48 € equally between two', 4800, M.slice(0, 2), { kind: 'equal' }, { marie: 2400, paul: 2400 }],
    [
      '10 € over three: the spare cent to the first member',
      1000,
      M,
      { kind: 'equal' },
      { marie: 334, paul: 333, lea: 333 },
    ],
    ['0,02 € over three', 2, M, { kind: 'equal' }, { marie: 1, paul: 1, lea: 0 }],
    [
      'equal among some members only, in household order',
      1001,
      M,
      { kind: 'equal', memberIds: ['lea', 'marie'] },
      { marie: 501, lea: 500 },
    ],
    ['by shares 2:1', 1000, M, { kind: 'shares', shares: { paul: 1, marie: 2 } }, { marie: 667, paul: 333 }],
    [
      'by percentages 70/30',
      999,
      M,
      { kind: 'percent', percents: { marie: 70, paul: 30 } },
      { marie: 699, paul: 300 },
    ],
    [
      'percentages with decimals',
      10000,
      M,
      { kind: 'percent', percents: { marie: 33.33, paul: 33.33, lea: 33.34 } },
      { marie: 3333, paul: 3333, lea: 3334 },
    ],
    ['« pour moi seul »', 1234, M, { kind: 'only', memberId: 'paul' }, { paul: 1234 }],
  ] as const)('%s', (_name, total, members, rule, expected) => {
    expect(sharesOf(total, [...members], rule as SplitRule)).toEqual(expected);
  });

  it.each([
    [
      'percentages not adding to 100',
      { kind: 'percent', percents: { marie: 60, paul: 30 } },
      'add up to 100',
    ],
    ['a stranger', { kind: 'only', memberId: 'zoe' }, 'not a member'],
    ['no one bears it', { kind: 'shares', shares: { marie: 0 } }, 'someone must bear'],
    ['a fraction of a share', { kind: 'shares', shares: { marie: 1.5 } }, 'whole numbers'],
    ['a member named twice', { kind: 'equal', memberIds: ['paul', 'paul'] }, 'named twice'],
  ] as const)('refuses %s', (_name, rule, message) => {
    const out = splitCents(1000, M, rule as SplitRule);
    expect(out.kind).toBe('refused');
    expect(out.kind === 'refused' && out.message).toContain(message);
  });

  it('always sums exactly to the bill, and the same bill always splits the same way (seeded random bills)', () => {
    let seed = 20261203;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const wrong: string[] = [];
    for (let run = 0; run < 800; run++) {
      const count = 1 + next(12);
      const members = Array.from({ length: count }, (_, i) => `m${i}`);
      const total = 1 + next(run % 10 === 0 ? 9_999_999_999 : 100_000);
      const rules: SplitRule[] = [
        { kind: 'equal' },
        {
          kind: 'shares',
          shares: Object.fromEntries(
            members.map((m) => [m, next(5)]).concat([[members[0] ?? '', 1 + next(3)]]),
          ),
        },
      ];
      for (const rule of rules) {
        const out = splitCents(total, members, rule);
        if (out.kind !== 'split') throw new Error(out.message);
        const cents = out.shares.map((x) => x.cents);
        const fair = rule.kind !== 'equal' || Math.max(...cents) - Math.min(...cents) <= 1;
        const again = splitCents(total, members, rule);
        const same = again.kind === 'split' && again.shares.every((x, i) => x.cents === cents[i]);
        const exact =
          cents.reduce((s, c) => s + c, 0) === total && cents.every((c) => Number.isSafeInteger(c) && c >= 0);
        if (!fair || !same || !exact)
          wrong.push(`${total} over ${count} by ${rule.kind}: ${cents.join(',')}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('resplitCents', () => {
  const shares = (pairs: Array<[string, number]>) => pairs.map(([memberId, cents]) => ({ memberId, cents }));
  it.each([
    [
      '48 € halved, the bank’s 44 €',
      4400,
      [
        ['marie', 2400],
        ['paul', 2400],
      ],
      [
        ['marie', 2200],
        ['paul', 2200],
      ],
    ],
    [
      '48 € halved, the bank’s 44,01 €: the spare cent to the earlier member, as splitCents gives it',
      4401,
      [
        ['paul', 2400],
        ['marie', 2400],
      ],
      [
        ['paul', 2201],
        ['marie', 2200],
      ],
    ],
    [
      '2 : 1 of 30 €, the bank’s 31 €: the same proportions, to the cent',
      3100,
      [
        ['marie', 2000],
        ['paul', 1000],
      ],
      [
        ['marie', 2067],
        ['paul', 1033],
      ],
    ],
    [
      'a member who bore nothing still bears nothing',
      5000,
      [
        ['marie', 4000],
        ['paul', 0],
        ['lea', 0],
      ],
      [
        ['marie', 5000],
        ['paul', 0],
        ['lea', 0],
      ],
    ],
    [
      '10 € of 3,34 + 3,33 + 3,33, the bank’s 9,99 €',
      999,
      [
        ['marie', 334],
        ['paul', 333],
        ['lea', 333],
      ],
      [
        ['marie', 333],
        ['paul', 333],
        ['lea', 333],
      ],
    ],
    [
      '2 : 1 of 48 € edited to 60 €: 40 + 20',
      6000,
      [
        ['marie', 3200],
        ['paul', 1600],
      ],
      [
        ['marie', 4000],
        ['paul', 2000],
      ],
    ],
    [
      '50 : 30 : 20 of 50 € edited to 33,33 €: the two spare cents to the largest remainders',
      3333,
      [
        ['marie', 2500],
        ['paul', 1500],
        ['lea', 1000],
      ],
      [
        ['marie', 1666],
        ['paul', 1000],
        ['lea', 667],
      ],
    ],
    [
      '10 € split equally (3,34 + 3,33 + 3,33) edited to 20 €: still equal, not 6,68 + 6,66 + 6,66',
      2000,
      [
        ['marie', 334],
        ['paul', 333],
        ['lea', 333],
      ],
      [
        ['marie', 667],
        ['paul', 667],
        ['lea', 666],
      ],
    ],
    [
      'an equal split among two of three stays equal between them',
      1001,
      [
        ['marie', 0],
        ['paul', 2401],
        ['lea', 2400],
      ],
      [
        ['marie', 0],
        ['paul', 501],
        ['lea', 500],
      ],
    ],
    [
      '3,33 + 3,34 + 3,33 is no equal split (its spare cent is not on the earliest): in proportion',
      2000,
      [
        ['marie', 333],
        ['paul', 334],
        ['lea', 333],
      ],
      [
        ['marie', 666],
        ['paul', 668],
        ['lea', 666],
      ],
    ],
  ] as Array<[string, number, Array<[string, number]>, Array<[string, number]>]>)(
    '%s',
    (_name, total, old, want) => {
      expect(resplitCents(total, shares(old))).toEqual(shares(want));
    },
  );

  it('divides a bill of a hundred million euros by its old cents exactly (past 2^53 in between)', () => {
    const out = resplitCents(
      10_000_000_001,
      shares([
        ['marie', 6_666_666_667],
        ['paul', 3_333_333_333],
      ]),
    );
    expect(out?.reduce((s, x) => s + x.cents, 0)).toBe(10_000_000_001);
    expect(out).toEqual(
      shares([
        ['marie', 6_666_666_668],
        ['paul', 3_333_333_333],
      ]),
    );
  });

  it('has nothing to divide by when nobody bore the bill, nor a total that is not positive', () => {
    expect(resplitCents(4400, shares([['marie', 0]]))).toBeNull();
    expect(resplitCents(0, shares([['marie', 2400]]))).toBeNull();
  });
});
