/**
 * A household's bill whose amount is edited (PATCH /api/expenses/:id, or any write of the amount
 * alone), on PGlite and on the PostgreSQL server: the database's trigger splits the new amount in
 * the old shares' proportions, to the cent by shared's resplitCents (compared on many amounts), so
 * a 2 : 1 bill stays 2 : 1, an equal one stays equal, a member who bore nothing bears nothing. The
 * balances follow; what must not move does not: the other bills, the payer, the other currency,
 * a bill whose description alone is edited. A split written with the amount is kept, checked.
 */
import {
  type Expense,
  ExpenseSchema,
  centsToDecimal as euros,
  resplitCents,
  type Share,
  splitCents,
} from '@voicetrack/shared';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOTH_DATABASES, useAppOn } from '../support/both-databases.ts';
import { type HouseholdBills, householdOf, MEMBERS, type Member } from '../support/household-bills.ts';

/** A small deterministic generator (mulberry32): the same cases on every run and both databases. */
function randomFrom(seed: number) {
  let a = seed;
  return (below: number) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

describe.each(BOTH_DATABASES)('editing the amount of a household’s bill on %s', (_name, postgres) => {
  const t = useAppOn(postgres, 'vt_households_edit_amount');
  let h: HouseholdBills;
  const id: Record<string, string> = {};
  const bill = async (...args: Parameters<HouseholdBills['bill']>) => {
    id[args[0]] = await h.bill(...args);
  };
  const billOf = (description: string) => h.billOf(id[description] ?? '');
  const edit = async (description: string, json: { amount?: string; description?: string }) => {
    const res = await t.app.api.expenses[':id'].$patch({ param: { id: id[description] ?? '' }, json });
    expect(res.status).toBe(200);
    return v.parse(ExpenseSchema, await res.json());
  };
  /** The bill as it was, but for the fields an edit of its amount may change. */
  const unmoved = ({ amount: _a, split: _s, updatedAt: _u, provenance: _p, ...rest }: Expense) => rest;
  const others = (list: Expense[], description: string) => list.filter((e) => e.id !== id[description]);

  beforeAll(async () => {
    h = await householdOf(t.app);
    // Two thirds Marie's, a third Paul's, none Léa's.
    await bill('Cadeau commun', '48.00', 'EUR', 'Marie', [
      ['Marie', 3200],
      ['Paul', 1600],
      ['Léa', 0],
    ]);
    await bill('Courses', '30.00', 'EUR', 'Paul', [
      ['Paul', 1500],
      ['Léa', 1500],
    ]);
    await bill('Week-end', '50.00', 'EUR', 'Paul', [
      ['Marie', 2500],
      ['Paul', 1500],
      ['Léa', 1000],
    ]);
    // Split equally, the spare cent to the earliest, as splitCents writes it.
    await bill('Pain', '10.00', 'EUR', 'Léa', [
      ['Marie', 334],
      ['Paul', 333],
      ['Léa', 333],
    ]);
    await bill('Taxi', '20.00', 'USD', 'Léa', [
      ['Paul', 1000],
      ['Léa', 1000],
    ]);
    expect(Object.values(id).every((x) => x !== '')).toBe(true);
  });

  it('splits a 2 : 1 bill of 48,00 € edited to 60,00 € as 40,00 + 20,00; Léa, who bore none, bears none', async () => {
    const before = await h.bills();
    const usd = await h.balances('USD');
    expect(await h.balances('EUR')).toEqual({ Marie: '-12.34', Paul: '30.67', Léa: '-18.33' });
    const edited = await edit('Cadeau commun', { amount: '60.00' });
    expect([edited.amount, h.shares(edited)]).toEqual([
      '60.00',
      [
        ['Marie', 4000],
        ['Paul', 2000],
        ['Léa', 0],
      ],
    ]);
    expect(edited.paidBy).toBe(h.member.Marie);
    expect(unmoved(edited)).toEqual(unmoved(before.find((e) => e.id === id['Cadeau commun']) ?? edited));
    // Marie paid 12 € more and bears 8 € more; Paul bears 4 € more; Léa, as before.
    expect(await h.balances('EUR')).toEqual({ Marie: '-8.34', Paul: '26.67', Léa: '-18.33' });
    expect(await h.balances('USD')).toEqual(usd);
    expect(others(await h.bills(), 'Cadeau commun')).toEqual(others(before, 'Cadeau commun'));
  });

  it('splits a three-way uneven bill edited to odd cents in its proportions, the spare cents to the largest remainders', async () => {
    const before = await h.bills();
    // 33,33 € by 50 : 30 : 20 is 16,665, 9,999 and 6,666: Paul's and Léa's remainders are the largest.
    const edited = await edit('Week-end', { amount: '33.33' });
    expect(h.shares(edited)).toEqual([
      ['Marie', 1666],
      ['Paul', 1000],
      ['Léa', 667],
    ]);
    expect(edited.paidBy).toBe(h.member.Paul);
    expect(await h.balances('EUR')).toEqual({ Marie: '0.00', Paul: '15.00', Léa: '-15.00' });
    expect(others(await h.bills(), 'Week-end')).toEqual(others(before, 'Week-end'));
  });

  it('keeps an equal bill equal, the spare cents to the earlier members, as before', async () => {
    expect(h.shares(await edit('Pain', { amount: '13.00' }))).toEqual([
      ['Marie', 434],
      ['Paul', 433],
      ['Léa', 433],
    ]);
    // In proportion to 4,34 + 4,33 + 4,33 it would be 6,68 + 6,66 + 6,66: an equal bill stays equal.
    expect(h.shares(await edit('Pain', { amount: '20.00' }))).toEqual([
      ['Marie', 667],
      ['Paul', 667],
      ['Léa', 666],
    ]);
    expect(h.shares(await edit('Courses', { amount: '30.01' }))).toEqual([
      ['Paul', 1501],
      ['Léa', 1500],
    ]);
  });

  it('changes no share, nor any balance, on an edit of the description alone', async () => {
    const before = await billOf('Cadeau commun');
    const eur = await h.balances('EUR');
    const edited = await edit('Cadeau commun', { description: 'Cadeau pour Jeanne' });
    expect([edited.amount, edited.split, edited.paidBy]).toEqual([
      before.amount,
      before.split,
      before.paidBy,
    ]);
    expect(await h.balances('EUR')).toEqual(eur);
  });

  it('keeps a split written with the amount, and refuses one that does not sum to it, changing nothing', async () => {
    const write = (amount: string, split: Array<[Member, number]>) =>
      t.app.sql.query(`update expenses set amount = $1::numeric, split = $2::text::jsonb where id = $3`, [
        amount,
        JSON.stringify(split.map(([name, cents]) => ({ memberId: h.member[name], cents }))),
        id['Cadeau commun'] ?? '',
      ]);
    await write('90.00', [
      ['Marie', 3000],
      ['Paul', 3000],
      ['Léa', 3000],
    ]);
    expect(h.shares(await billOf('Cadeau commun'))).toEqual([
      ['Marie', 3000],
      ['Paul', 3000],
      ['Léa', 3000],
    ]);
    await expect(
      write('91.00', [
        ['Marie', 4500],
        ['Paul', 4500],
        ['Léa', 0],
      ]),
    ).rejects.toThrow(/split must sum to the amount/);
    const kept = await billOf('Cadeau commun');
    expect([kept.amount, h.shares(kept)]).toEqual([
      '90.00',
      [
        ['Marie', 3000],
        ['Paul', 3000],
        ['Léa', 3000],
      ],
    ]);
  });

  it('splits a bill read without an amount equally among the members once it gets one, as before', async () => {
    await bill('Ticket sans montant', null, 'EUR', 'Paul', []);
    const edited = await edit('Ticket sans montant', { amount: '10.00' });
    expect([edited.status, h.shares(edited)]).toEqual([
      'saved',
      [
        ['Marie', 334],
        ['Paul', 333],
        ['Léa', 333],
      ],
    ]);
  });

  it('divides the new amount as shared’s resplitCents does, on 150 amounts and splits, bills near the largest too', async () => {
    const random = randomFrom(20261207);
    const bill = id['Cadeau commun'] ?? '';
    const members = MEMBERS.map((n) => h.member[n]);
    let compared = 0;
    for (let i = 0; i < 150; i += 1) {
      // The largest amount the column holds is 99 999 999,99 €: a tenth of the cases near it.
      const big = i % 10 === 9;
      const oldCents = big ? 9_999_999_999 - random(1000) : 1 + random(i % 2 === 0 ? 10_000 : 1_000_000);
      const newCents = big ? 9_999_999_000 + random(1000) : 1 + random(i % 3 === 0 ? 500 : 5_000_000);
      // Equal splits among some members (as splitCents writes them), and uneven ones with zeros.
      const bearers = members.filter((_, k) => random(3) > 0 || k === i % 3);
      const old =
        i % 2 === 0
          ? equalSplit(oldCents, members, bearers)
          : unevenSplit(oldCents, members, bearers, random);
      await t.app.sql.query(
        `update expenses set amount = $1::numeric, split = $2::text::jsonb where id = $3`,
        [euros(oldCents), JSON.stringify(old), bill],
      );
      const [row] = await t.app.sql.query<{ split: string }>(
        `update expenses set amount = $1::numeric where id = $2 returning split::text as split`,
        [euros(newCents), bill],
      );
      expect(
        JSON.parse(row?.split ?? 'null'),
        `${euros(oldCents)} ${JSON.stringify(old)} → ${euros(newCents)}`,
      ).toEqual(resplitCents(newCents, old));
      compared += 1;
    }
    expect(compared).toBe(150);
  });
});

/** `total` cents split equally among `bearers` by splitCents, the others 0, in the household's order. */
function equalSplit(total: number, members: readonly string[], bearers: readonly string[]): Share[] {
  const equal = splitCents(total, members, { kind: 'equal', memberIds: bearers });
  if (equal.kind !== 'split') throw new Error(equal.message);
  return members.map((memberId) => ({
    memberId,
    cents: equal.shares.find((s) => s.memberId === memberId)?.cents ?? 0,
  }));
}

/** `total` cents in random parts among `bearers` (each at least a cent when it can), the others 0. */
function unevenSplit(
  total: number,
  members: readonly string[],
  bearers: readonly string[],
  random: (below: number) => number,
): Share[] {
  let left = total;
  return members.map((memberId) => {
    if (!bearers.includes(memberId)) return { memberId, cents: 0 };
    const last = memberId === bearers.at(-1);
    const cents = last ? left : Math.min(left, random(left + 1));
    left -= cents;
    return { memberId, cents };
  });
}
