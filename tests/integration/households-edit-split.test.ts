/**
 * A household's bill's payer and shares changed after the fact (PATCH /api/expenses/:id with
 * `paidBy`, `split`), on PGlite and on the PostgreSQL server: the balances move by the cents the
 * change moves and nothing else does; a split given with an amount is kept as given; an amount
 * edited after a split chosen by hand keeps its proportions; every refused change (shares that do
 * not add up, someone not in the household, a personal expense, a malformed split) changes
 * nothing: not the bill, not the other bills, not either currency's balances.
 */
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { ErrorBodySchema, type Expense, ExpenseEditedSchema, ExpenseSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/edge-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';

const NAMES = ['Marie', 'Paul', 'Léa'] as const;
type Name = (typeof NAMES)[number];
const STRANGER = 'b0000000-0000-4000-8000-000000000009';

describe.each([
  ['PGlite', false],
  ['the PostgreSQL server', true],
])('changing who paid a household’s bill and who bears it, on %s', (_name, postgres) => {
  let app: TestApp;
  let db: TestDatabase | undefined;
  let householdId = '';
  const member = {} as Record<Name, string>;
  const id: Record<string, string> = {};

  const save = async (
    description: string,
    amount: string,
    currency: string,
    paidBy?: Name,
    split?: Array<[Name, number]>,
  ) => {
    await app.store.captures.save(
      LOCAL_OWNER,
      {
        clientId: crypto.randomUUID(),
        source: 'text',
        recordedAt: '2026-11-27T21:00:00+01:00',
        timezone: 'Europe/Paris',
        locale: 'fr-FR',
      },
      {
        transcript: description,
        outcome: 'saved',
        expenses: [
          {
            amount,
            currency,
            category: 'dining',
            description,
            date: '2026-11-27',
            status: 'saved',
            parsedBy: 'local',
            reviewReason: null,
            ...(paidBy && split
              ? {
                  shared: {
                    householdId,
                    paidBy: member[paidBy],
                    split: split.map(([name, cents]) => ({ memberId: member[name], cents })),
                  },
                }
              : {}),
          },
        ],
      },
    );
    const [row] = await app.sql.query<{ id: string }>(
      'select id::text as id from expenses where description = $1',
      [description],
    );
    id[description] = row?.id ?? '';
  };
  const bills = async (): Promise<Expense[]> =>
    (await (await app.api.expenses.$get({ query: { householdId } })).json()).expenses.map((e) =>
      v.parse(ExpenseSchema, e),
    );
  const everything = async () => [
    await bills(),
    (await (await app.api.expenses.$get({ query: {} })).json()).expenses,
    await balances('EUR'),
    await balances('USD'),
  ];
  const nameOf = (memberId: string | undefined) => NAMES.find((n) => member[n] === memberId);
  const shares = (e: Expense) => (e.split ?? []).map((s) => [nameOf(s.memberId), s.cents]);
  const balances = async (currency: string) =>
    Object.fromEntries(
      (
        await (
          await app.api.households[':id'].balances.$get({ param: { id: householdId }, query: { currency } })
        ).json()
      ).balances.map((b) => [b.name, b.net]),
    );
  const split = (...parts: Array<[Name, number]>) =>
    parts.map(([name, cents]) => ({ memberId: member[name], cents }));
  const patch = (description: string, json: Record<string, unknown>) =>
    app.api.expenses[':id'].$patch({ param: { id: id[description] ?? '' }, json: json as never });
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
    db = postgres ? await createTestDatabase('vt_households_edit_split') : undefined;
    app = await startTestApp(db ? { databaseUrl: db.url } : {});
    for (const name of NAMES) {
      const person = await app.store.households.person(name, 'Foyer');
      householdId = person.householdId;
      member[name] = person.memberId;
    }
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
    expect(Object.values(id).every((x) => x !== '')).toBe(true);
  });
  afterAll(async () => {
    await app.close();
    await db?.drop();
  });

  it('moves the balances by the whole bill when another member paid it', async () => {
    expect(await balances('EUR')).toEqual({ Marie: '24.00', Paul: '-9.00', Léa: '-15.00' });
    const usd = await balances('USD');
    const others = (await bills()).filter((e) => e.id !== id.Resto);
    const edited = await edit('Resto', { paidBy: member.Paul, editedAt: '2026-12-04T10:00:00+01:00' });
    expect([nameOf(edited.paidBy), shares(edited), edited.amount]).toEqual([
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
    expect(await balances('EUR')).toEqual({ Marie: '-24.00', Paul: '39.00', Léa: '-15.00' });
    expect(await balances('USD')).toEqual(usd);
    expect((await bills()).filter((e) => e.id !== id.Resto)).toEqual(others);
  });

  it('divides the bill as the shares given say, and the balances follow', async () => {
    const edited = await edit('Resto', { split: split(['Marie', 1200], ['Paul', 1200], ['Léa', 2400]) });
    expect(shares(edited)).toEqual([
      ['Marie', 1200],
      ['Paul', 1200],
      ['Léa', 2400],
    ]);
    expect(edited.provenance?.split?.from).toBe('person');
    expect(await balances('EUR')).toEqual({ Marie: '-12.00', Paul: '51.00', Léa: '-39.00' });
  });

  it('writes the shares in the household’s order, whatever order they were sent in', async () => {
    const edited = await edit('Resto', { split: split(['Léa', 2400], ['Marie', 1200], ['Paul', 1200]) });
    expect(shares(edited).map(([name]) => name)).toEqual(['Marie', 'Paul', 'Léa']);
  });

  it('keeps the shares given with a new amount, as given', async () => {
    const edited = await edit('Resto', {
      amount: '60.00',
      split: split(['Marie', 0], ['Paul', 3000], ['Léa', 3000]),
    });
    expect([edited.amount, shares(edited)]).toEqual([
      '60.00',
      [
        ['Marie', 0],
        ['Paul', 3000],
        ['Léa', 3000],
      ],
    ]);
    expect(await balances('EUR')).toEqual({ Marie: '0.00', Paul: '45.00', Léa: '-45.00' });
  });

  it('keeps a split chosen by hand in proportion when the amount alone is edited after it', async () => {
    await edit('Resto', { amount: '48.00', split: split(['Marie', 3200], ['Paul', 1600], ['Léa', 0]) });
    const edited = await edit('Resto', { amount: '60.00' });
    expect(shares(edited)).toEqual([
      ['Marie', 4000],
      ['Paul', 2000],
      ['Léa', 0],
    ]);
    // Paul paid 60 + 30 and bears 20 + 15; Marie bears 40; Léa 15.
    expect(await balances('EUR')).toEqual({ Marie: '-40.00', Paul: '55.00', Léa: '-15.00' });
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
    expect((await refusal('Café', { paidBy: member.Marie })).slice(0, 2)).toEqual([422, 'not_shared']);
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
    expect([late.amount, shares(late), late.lost]).toEqual([
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
    const first = await edit('Resto', { paidBy: member.Léa, ...at });
    const again = await edit('Resto', { paidBy: member.Léa, ...at });
    expect([nameOf(again.paidBy), again.lost]).toEqual(['Léa', undefined]);
    expect(again.split).toEqual(first.split);
    const older = await edit('Resto', { paidBy: member.Marie, editedAt: '2026-12-04T09:00:00+01:00' });
    expect([nameOf(older.paidBy), older.lost]).toEqual(['Léa', ['paidBy']]);
  });
});
