/**
 * A household's bill said at one amount, the bank's line at another, paired by hand with the bank's
 * amount kept, through the API on PGlite and on the PostgreSQL server: the bill is split again in
 * the same proportions (cents exact, the spare cent by the household's own rule), the balances
 * (« Marie te doit … ») follow, and the undo gives back the amount said and the old shares exactly.
 * What must not change does not: the household's other bills, the balances of the members who bore
 * none of the bill, the other currency's balances.
 */
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { type Expense, ExpenseSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/edge-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';
import { upload } from '../support/statements.ts';

const CSV = ['Date;Libellé;Montant;Devise', '28/11/2026;CB FNAC 27/11;-44,02;EUR', ''].join('\n');

describe.each([
  ['PGlite', false],
  ['the PostgreSQL server', true],
])('pairing a household’s bill at the bank’s amount on %s', (_name, postgres) => {
  let app: TestApp;
  let db: TestDatabase | undefined;
  let householdId = '';
  const member: Record<string, string> = {};
  let gift = '';
  let line = '';

  /** One bill of the household, saved as the server's own (local mode), paid by `paidBy`. */
  const bill = async (
    description: string,
    amount: string,
    currency: string,
    paidBy: string,
    split: Array<[string, number]>,
  ) =>
    app.store.captures.save(
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
            category: 'leisure',
            description,
            date: '2026-11-27',
            status: 'saved',
            parsedBy: 'local',
            reviewReason: null,
            shared: {
              householdId,
              paidBy: member[paidBy] ?? '',
              split: split.map(([name, cents]) => ({ memberId: member[name] ?? '', cents })),
            },
          },
        ],
      },
    );
  const bills = async (): Promise<Expense[]> =>
    (await (await app.api.expenses.$get({ query: { householdId } })).json()).expenses.map((e) =>
      v.parse(ExpenseSchema, e),
    );
  const billOf = async (id: string) => {
    const found = (await bills()).find((e) => e.id === id);
    if (!found) throw new Error(`no bill ${id}`);
    return found;
  };
  /** Each member's net in that currency, by name. */
  const balances = async (currency: string) =>
    Object.fromEntries(
      (
        await (
          await app.api.households[':id'].balances.$get({ param: { id: householdId }, query: { currency } })
        ).json()
      ).balances.map((b) => [b.name, b.net]),
    );
  const shares = (e: Expense) =>
    Object.fromEntries(
      (e.split ?? []).map((s) => [Object.keys(member).find((n) => member[n] === s.memberId), s.cents]),
    );
  const pair = (keepBankAmount: boolean) =>
    app.api.reconciliation.suggestions[':id'].pair.$post({
      param: { id: line },
      json: { expenseId: gift, keepBankAmount },
    });

  beforeAll(async () => {
    db = postgres ? await createTestDatabase('vt_statements_pairing_household') : undefined;
    app = await startTestApp(db ? { databaseUrl: db.url } : {});
    for (const name of ['Marie', 'Paul', 'Léa']) {
      const person = await app.store.households.person(name, 'Foyer');
      householdId = person.householdId;
      member[name] = person.memberId;
    }
    // Two thirds Marie's, a third Paul's, none Léa's: 48,00 € said at the Fnac.
    await bill('Cadeau commun', '48.00', 'EUR', 'Marie', [
      ['Marie', 3200],
      ['Paul', 1600],
      ['Léa', 0],
    ]);
    await bill('Courses', '30.00', 'EUR', 'Paul', [
      ['Paul', 1500],
      ['Léa', 1500],
    ]);
    await bill('Taxi', '20.00', 'USD', 'Léa', [
      ['Paul', 1000],
      ['Léa', 1000],
    ]);
    gift = (await bills()).find((e) => e.description === 'Cadeau commun')?.id ?? '';
    expect((await upload(app, CSV, { account: 'Carte' }, 'carte.csv')).status).toBe(201);
    const [l] = await app.sql.query<{ id: string }>(`select id::text as id from bank_lines`);
    line = l?.id ?? '';
    expect([gift, line].every((id) => id !== '')).toBe(true);
  });
  afterAll(async () => {
    await app.close();
    await db?.drop();
  });

  it('offers the bill under the line, and asks to keep the bank’s amount first', async () => {
    const month = await (await app.api.reconciliation.$get({ query: { month: '2026-11' } })).json();
    expect(
      month.suggestions.find((s) => s.id === line)?.pairable.map((e) => [e.description, e.amount, e.shared]),
    ).toEqual([
      // Said to be a household's bill: the page says its shares will follow.
      ['Cadeau commun', '48.00', true],
      ['Courses', '30.00', true],
    ]);
    const res = await pair(false);
    expect(res.status).toBe(422);
    expect((await billOf(gift)).amount).toBe('48.00');
  });

  it('splits the bill again in its proportions, to the cent, and the balances follow; nothing else moves', async () => {
    const before = await bills();
    const [eur, usd] = [await balances('EUR'), await balances('USD')];
    expect(eur).toEqual({ Marie: '16.00', Paul: '-1.00', Léa: '-15.00' });
    const res = await pair(true);
    expect(res.status).toBe(200);
    const paired = v.parse(ExpenseSchema, await res.json());
    // 44,02 € by 2 : 1 is 29,346… and 14,673…: the spare cent to the larger remainder, Marie's.
    expect([paired.amount, paired.bankLineId, shares(paired)]).toEqual([
      '44.02',
      line,
      { Marie: 2935, Paul: 1467, Léa: 0 },
    ]);
    expect((paired.split ?? []).reduce((n, s) => n + s.cents, 0)).toBe(4402);
    const { amount: _a, split: _s, provenance, updatedAt: _u, bankLineId: _b, ...rest } = paired;
    const said = before.find((e) => e.id === gift);
    const {
      amount: _c,
      split: _t,
      provenance: wasFrom,
      updatedAt: _v,
      bankLineId: _d,
      ...restSaid
    } = said ?? paired;
    expect(rest).toEqual(restSaid);
    expect(provenance).toEqual({ ...wasFrom, amount: { from: 'bank' } });
    // Marie paid 44,02 € and bears 29,35 €; Paul bears 14,67 € of it; Léa bore none of it.
    expect(await balances('EUR')).toEqual({ Marie: '14.67', Paul: '0.33', Léa: '-15.00' });
    expect(await balances('USD')).toEqual(usd);
    // The household's other bills, whole.
    const others = (list: Expense[]) => list.filter((e) => e.id !== gift);
    expect(others(await bills())).toEqual(others(before));
  });

  it('undoes it: the amount said and the old shares come back exactly, and the balances with them', async () => {
    const before = await bills();
    const paired = await billOf(gift);
    expect(
      (await app.api.reconciliation.suggestions[':id'].pair.$delete({ param: { id: line } })).status,
    ).toBe(204);
    const back = await billOf(gift);
    expect([back.amount, back.bankLineId, back.split]).toEqual([
      '48.00',
      null,
      [
        { memberId: member.Marie, cents: 3200 },
        { memberId: member.Paul, cents: 1600 },
        { memberId: member.Léa, cents: 0 },
      ],
    ]);
    expect(back.provenance?.amount).toEqual(undefined);
    expect(back.paidBy).toBe(paired.paidBy);
    expect(await balances('EUR')).toEqual({ Marie: '16.00', Paul: '-1.00', Léa: '-15.00' });
    const others = (list: Expense[]) => list.filter((e) => e.id !== gift);
    expect(others(await bills())).toEqual(others(before));
  });

  it('gives the old shares back too when the statement that gave the bank’s amount is deleted', async () => {
    expect((await pair(true)).status).toBe(200);
    expect(shares(await billOf(gift))).toEqual({ Marie: 2935, Paul: 1467, Léa: 0 });
    const [statement] = await app.sql.query<{ id: string }>(`select id::text as id from bank_statements`);
    expect((await app.api.statements[':id'].$delete({ param: { id: statement?.id ?? '' } })).status).toBe(
      204,
    );
    const back = await billOf(gift);
    expect([back.amount, back.bankLineId, shares(back)]).toEqual([
      '48.00',
      null,
      { Marie: 3200, Paul: 1600, Léa: 0 },
    ]);
    expect(await balances('EUR')).toEqual({ Marie: '16.00', Paul: '-1.00', Léa: '-15.00' });
  });
});
