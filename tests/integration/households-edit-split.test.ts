/**
 * A household's bill's payer and shares changed after the fact (PATCH /api/expenses/:id with
 * `paidBy`, `split`), on PGlite and on the PostgreSQL server: the balances move by the cents the
 * change moves and nothing else does; a split given with an amount is kept as given; an amount
 * edited after a split chosen by hand keeps its proportions; every refused change (shares that do
 * not add up, someone not in the household, a personal expense, a malformed split) changes
 * nothing: not the bill, not the other bills, not either currency's balances.
 */
import { ErrorBodySchema, ExpenseEditedSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOTH_DATABASES, useAppOn } from '../support/both-databases.ts';
import { type HouseholdBills, householdOf, MEMBERS, type Member } from '../support/household-bills.ts';

const STRANGER = 'b0000000-0000-4000-8000-000000000009';

describe.each(BOTH_DATABASES)(
  'changing who paid a household’s bill and who bears it, on %s',
  (_name, postgres) => {
    const t = useAppOn(postgres, 'vt_households_edit_split');
    let h: HouseholdBills;
    const id: Record<string, string> = {};

    /** A dining expense: the household's bill when a payer and shares are given, else the person's own. */
    const save = async (
      description: string,
      amount: string,
      currency: string,
      paidBy?: Member,
      split?: Array<[Member, number]>,
    ) => {
      id[description] = await h.bill(description, amount, currency, paidBy, split, 'dining');
    };
    const everything = async () => [
      await h.bills(),
      (await (await t.app.api.expenses.$get({ query: {} })).json()).expenses,
      await h.balances('EUR'),
      await h.balances('USD'),
    ];
    const nameOf = (memberId: string | undefined) => MEMBERS.find((n) => h.member[n] === memberId);
    const split = (...parts: Array<[Member, number]>) =>
      parts.map(([name, cents]) => ({ memberId: h.member[name], cents }));
    const patch = (description: string, json: Record<string, unknown>) =>
      t.app.api.expenses[':id'].$patch({ param: { id: id[description] ?? '' }, json: json as never });
    const edit = async (description: string, json: Record<string, unknown>) => {
      const res = await patch(description, json);
      expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
      return v.parse(ExpenseEditedSchema, await res.json());
    };
    const refusal = async (description: string, json: Record<string, unknown>) => {
      const res = await patch(description, json);
      const body = v.parse(ErrorBodySchema, await res.json());
      return [res.status, body.error.code, body.error.message] as const;
    };

    beforeAll(async () => {
      h = await householdOf(t.app);
      await save('Resto', '48.00', 'EUR', 'Marie', [
        ['Marie', 2400],
        ['Paul', 2400],
        ['Léa', 0],
      ]);
      await save('Courses', '30.00', 'EUR', 'Paul', [
        ['Paul', 1500],
        ['Léa', 1500],
      ]);
      await save('Taxi', '20.00', 'USD', 'Léa', [
        ['Paul', 1000],
        ['Léa', 1000],
      ]);
      await save('Café', '3.00', 'EUR');
    });

    it('moves the balances by the whole bill when another member paid it', async () => {
      expect(await h.balances('EUR')).toEqual({ Marie: '24.00', Paul: '-9.00', Léa: '-15.00' });
      const usd = await h.balances('USD');
      const others = (await h.bills()).filter((e) => e.id !== id.Resto);
      const edited = await edit('Resto', { paidBy: h.member.Paul, editedAt: '2026-12-04T10:00:00+01:00' });
      expect([nameOf(edited.paidBy), h.shares(edited), edited.amount]).toEqual([
        'Paul',
        [
          ['Marie', 2400],
          ['Paul', 2400],
          ['Léa', 0],
        ],
        '48.00',
      ]);
      expect(edited.provenance?.paidBy).toEqual({ from: 'person', at: '2026-12-04' });
      expect(edited.provenance?.split).toBeUndefined();
      // Marie paid 48 € less (−48), Paul 48 € more (+48); Léa neither paid nor bore it.
      expect(await h.balances('EUR')).toEqual({ Marie: '-24.00', Paul: '39.00', Léa: '-15.00' });
      expect(await h.balances('USD')).toEqual(usd);
      expect((await h.bills()).filter((e) => e.id !== id.Resto)).toEqual(others);
    });

    it('divides the bill as the shares given say, and the balances follow', async () => {
      const edited = await edit('Resto', { split: split(['Marie', 1200], ['Paul', 1200], ['Léa', 2400]) });
      expect(h.shares(edited)).toEqual([
        ['Marie', 1200],
        ['Paul', 1200],
        ['Léa', 2400],
      ]);
      expect(edited.provenance?.split?.from).toBe('person');
      expect(await h.balances('EUR')).toEqual({ Marie: '-12.00', Paul: '51.00', Léa: '-39.00' });
    });

    it('writes the shares in the household’s order, whatever order they were sent in', async () => {
      const edited = await edit('Resto', { split: split(['Léa', 2400], ['Marie', 1200], ['Paul', 1200]) });
      expect(h.shares(edited).map(([name]) => name)).toEqual(['Marie', 'Paul', 'Léa']);
    });

    it('keeps the shares given with a new amount, as given', async () => {
      const edited = await edit('Resto', {
        amount: '60.00',
        split: split(['Marie', 0], ['Paul', 3000], ['Léa', 3000]),
      });
      expect([edited.amount, h.shares(edited)]).toEqual([
        '60.00',
        [
          ['Marie', 0],
          ['Paul', 3000],
          ['Léa', 3000],
        ],
      ]);
      expect(await h.balances('EUR')).toEqual({ Marie: '0.00', Paul: '45.00', Léa: '-45.00' });
    });

    it('keeps a split chosen by hand in proportion when the amount alone is edited after it', async () => {
      await edit('Resto', { amount: '48.00', split: split(['Marie', 3200], ['Paul', 1600], ['Léa', 0]) });
      const edited = await edit('Resto', { amount: '60.00' });
      expect(h.shares(edited)).toEqual([
        ['Marie', 4000],
        ['Paul', 2000],
        ['Léa', 0],
      ]);
      // Paul paid 60 + 30 and bears 20 + 15; Marie bears 40; Léa 15.
      expect(await h.balances('EUR')).toEqual({ Marie: '-40.00', Paul: '55.00', Léa: '-15.00' });
    });

    it('refuses what cannot be written, and nothing changes: the bill, the others, both currencies’ balances', async () => {
      const before = await everything();
      expect(await refusal('Resto', { split: split(['Marie', 3000], ['Paul', 2700]) })).toEqual([
        422,
        'invalid_split',
        'split: the shares add up to 57.00, not 60.00 (3.00 missing).',
      ]);
      expect(
        await refusal('Resto', { amount: '50.00', split: split(['Marie', 3000], ['Paul', 3000]) }),
      ).toEqual([422, 'invalid_split', 'split: the shares add up to 60.00, not 50.00 (10.00 too much).']);
      expect(await refusal('Resto', { split: [{ memberId: STRANGER, cents: 6000 }] })).toEqual([
        422,
        'not_a_member',
        `split: ${STRANGER} is not a member of this household.`,
      ]);
      expect((await refusal('Resto', { paidBy: STRANGER, amount: '61.00' })).slice(0, 2)).toEqual([
        422,
        'not_a_member',
      ]);
      expect((await refusal('Café', { paidBy: h.member.Marie })).slice(0, 2)).toEqual([422, 'not_shared']);
      expect((await refusal('Café', { split: split(['Marie', 300]) })).slice(0, 2)).toEqual([
        422,
        'not_shared',
      ]);
      for (const wrong of [
        split(['Marie', 3000], ['Marie', 3000]),
        split(['Marie', 6100], ['Paul', -100]),
        split(['Marie', 5999.5], ['Paul', 0.5]),
        [],
      ])
        expect((await refusal('Resto', { split: wrong })).slice(0, 2)).toEqual([400, 'validation_failed']);
      expect((await refusal('Resto', { paidBy: 'Marie' })).slice(0, 2)).toEqual([400, 'validation_failed']);
      expect(await everything()).toEqual(before);
    });

    it('re-splits shares sent with an amount that lost to a newer edit in their proportions, to the amount kept', async () => {
      await edit('Courses', { amount: '36.00', editedAt: '2026-12-04T12:00:00+01:00' });
      // Made earlier, offline, for 30,00 €: the amount is the newer edit's; the 2 : 1 chosen stays.
      const late = await edit('Courses', {
        amount: '30.00',
        split: split(['Paul', 2000], ['Léa', 1000]),
        editedAt: '2026-12-04T08:00:00+01:00',
      });
      expect([late.amount, h.shares(late), late.lost]).toEqual([
        '36.00',
        [
          ['Paul', 2400],
          ['Léa', 1200],
        ],
        ['amount'],
      ]);
    });

    it('answers a replayed edit the same, and an older edit of the payer loses to the newer one', async () => {
      const at = { editedAt: '2026-12-04T11:00:00+01:00' };
      const first = await edit('Resto', { paidBy: h.member.Léa, ...at });
      const again = await edit('Resto', { paidBy: h.member.Léa, ...at });
      expect([nameOf(again.paidBy), again.lost]).toEqual(['Léa', undefined]);
      expect(again.split).toEqual(first.split);
      const older = await edit('Resto', { paidBy: h.member.Marie, editedAt: '2026-12-04T09:00:00+01:00' });
      expect([nameOf(older.paidBy), older.lost]).toEqual(['Léa', ['paidBy']]);
    });
  },
);
