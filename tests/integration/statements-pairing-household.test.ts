/**
 * A household's bill said at one amount, the bank's line at another, paired by hand with the bank's
 * amount kept, through the API on PGlite and on the PostgreSQL server: the bill is split again in
 * the same proportions (cents exact, the spare cent by the household's own rule), the balances
 * (« Marie te doit … ») follow, and the undo gives back the amount said and the old shares exactly.
 * What must not change does not: the household's other bills, the balances of the members who bore
 * none of the bill, the other currency's balances.
 */
import { type Expense, ExpenseSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOTH_DATABASES, useAppOn } from '../support/both-databases.ts';
import { type HouseholdBills, householdOf } from '../support/household-bills.ts';
import { upload } from '../support/statements.ts';

const CSV = ['Date;Libellé;Montant;Devise', '28/11/2026;CB FNAC 27/11;-44,02;EUR', ''].join('\n');

describe.each(BOTH_DATABASES)('pairing a household’s bill at the bank’s amount on %s', (_name, postgres) => {
  const t = useAppOn(postgres, 'vt_statements_pairing_household');
  let h: HouseholdBills;
  let gift = '';
  let line = '';

  /** A bill's shares in cents, by member's name. */
  const shares = (e: Expense) => Object.fromEntries(h.shares(e));
  const pair = (keepBankAmount: boolean) =>
    t.app.api.reconciliation.suggestions[':id'].pair.$post({
      param: { id: line },
      json: { expenseId: gift, keepBankAmount },
    });

  beforeAll(async () => {
    h = await householdOf(t.app);
    // Two thirds Marie's, a third Paul's, none Léa's: 48,00 € said at the Fnac.
    gift = await h.bill('Cadeau commun', '48.00', 'EUR', 'Marie', [
      ['Marie', 3200],
      ['Paul', 1600],
      ['Léa', 0],
    ]);
    await h.bill('Courses', '30.00', 'EUR', 'Paul', [
      ['Paul', 1500],
      ['Léa', 1500],
    ]);
    await h.bill('Taxi', '20.00', 'USD', 'Léa', [
      ['Paul', 1000],
      ['Léa', 1000],
    ]);
    expect((await upload(t.app, CSV, { account: 'Carte' }, 'carte.csv')).status).toBe(201);
    const [l] = await t.app.sql.query<{ id: string }>(`select id::text as id from bank_lines`);
    line = l?.id ?? '';
    expect([gift, line].every((id) => id !== '')).toBe(true);
  });

  it('offers the bill under the line, and asks to keep the bank’s amount first', async () => {
    const month = await (await t.app.api.reconciliation.$get({ query: { month: '2026-11' } })).json();
    expect(
      month.suggestions.find((s) => s.id === line)?.pairable.map((e) => [e.description, e.amount, e.shared]),
    ).toEqual([
      // Said to be a household's bill: the page says its shares will follow.
      ['Cadeau commun', '48.00', true],
      ['Courses', '30.00', true],
    ]);
    const res = await pair(false);
    expect(res.status).toBe(422);
    expect((await h.billOf(gift)).amount).toBe('48.00');
  });

  it('splits the bill again in its proportions, to the cent, and the balances follow; nothing else moves', async () => {
    const before = await h.bills();
    const [eur, usd] = [await h.balances('EUR'), await h.balances('USD')];
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
    expect(await h.balances('EUR')).toEqual({ Marie: '14.67', Paul: '0.33', Léa: '-15.00' });
    expect(await h.balances('USD')).toEqual(usd);
    // The household's other bills, whole.
    const others = (list: Expense[]) => list.filter((e) => e.id !== gift);
    expect(others(await h.bills())).toEqual(others(before));
  });

  it('undoes it: the amount said and the old shares come back exactly, and the balances with them', async () => {
    const before = await h.bills();
    const paired = await h.billOf(gift);
    expect(
      (await t.app.api.reconciliation.suggestions[':id'].pair.$delete({ param: { id: line } })).status,
    ).toBe(204);
    const back = await h.billOf(gift);
    expect([back.amount, back.bankLineId, back.split]).toEqual([
      '48.00',
      null,
      [
        { memberId: h.member.Marie, cents: 3200 },
        { memberId: h.member.Paul, cents: 1600 },
        { memberId: h.member.Léa, cents: 0 },
      ],
    ]);
    expect(back.provenance?.amount).toEqual(undefined);
    expect(back.paidBy).toBe(paired.paidBy);
    expect(await h.balances('EUR')).toEqual({ Marie: '16.00', Paul: '-1.00', Léa: '-15.00' });
    const others = (list: Expense[]) => list.filter((e) => e.id !== gift);
    expect(others(await h.bills())).toEqual(others(before));
  });

  it('gives the old shares back too when the statement that gave the bank’s amount is deleted', async () => {
    expect((await pair(true)).status).toBe(200);
    expect(shares(await h.billOf(gift))).toEqual({ Marie: 2935, Paul: 1467, Léa: 0 });
    const [statement] = await t.app.sql.query<{ id: string }>(`select id::text as id from bank_statements`);
    expect((await t.app.api.statements[':id'].$delete({ param: { id: statement?.id ?? '' } })).status).toBe(
      204,
    );
    const back = await h.billOf(gift);
    expect([back.amount, back.bankLineId, shares(back)]).toEqual([
      '48.00',
      null,
      { Marie: 3200, Paul: 1600, Léa: 0 },
    ]);
    expect(await h.balances('EUR')).toEqual({ Marie: '16.00', Paul: '-1.00', Léa: '-15.00' });
  });
});
