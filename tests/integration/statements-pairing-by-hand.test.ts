/**
 * The pairings a person makes that the matcher would not, through the API on PGlite and on the
 * PostgreSQL server: « 40 € au resto » and the bank's 44,00 € (the tip), a card payment abroad and
 * its fee; the expense takes the bank's amount only when told to, and the undo gives back the amount
 * said, and nothing else changes. What must stay refused is, with its status and code, nothing
 * changed. An undone pairing, the matcher's too, stays undone however often the month is read; the
 * person can still pair the two by hand.
 */
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { type Expense, ExpenseSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOTH_DATABASES } from '../support/both-databases.ts';
import { textNote } from '../support/edge-app.ts';
import { usePairingApp } from '../support/pairing.ts';
import { seedExpenses } from '../support/seed.ts';
import { imported, refusedWith } from '../support/statements.ts';

const CSV = [
  'Date;Libellé;Montant;Devise',
  '24/11/2026;CB LE BISTROT 22/11;-44,00;EUR',
  '26/11/2026;CB MONOP 25/11;-5,60;EUR',
  '26/11/2026;VIR SEPA ACME SALAIRE;1234,56;EUR',
  '20/11/2026;CB TAXI G7 19/11;-31,00;EUR',
  '28/11/2026;CB FNAC 27/11;-60,00;EUR',
  '',
].join('\n');

const SAID = [
  { amount: '5.60', category: 'groceries' as const, description: 'Pain', date: '2026-11-25' },
  // In pounds: the line gives no amount in them.
  {
    amount: '28.00',
    currency: 'GBP',
    category: 'transport' as const,
    description: 'Taxi',
    date: '2026-11-19',
  },
  // 18 days before the bank's line: not the same payment.
  { amount: '55.00', category: 'leisure' as const, description: 'Livre', date: '2026-11-10' },
  // A dollar figure said round; the bank's line says the 50.00 USD paid (46.35 €).
  {
    amount: '48.00',
    currency: 'USD',
    category: 'transport' as const,
    description: 'Ride',
    date: '2026-11-15',
  },
];

describe.each(BOTH_DATABASES)('pairing by hand on %s', (_name, postgres) => {
  const t = usePairingApp(postgres, {
    database: 'vt_statements_pairing_by_hand',
    said: SAID,
    // Said, as a person says it: the amount is heard in the words.
    alsoSaid: async (app) => {
      const said = await app.api.text.$post({
        json: textNote('40 € au resto', { recordedAt: '2026-11-22T21:00:00+01:00' }),
      });
      expect(said.status).toBe(201);
    },
    csv: CSV,
    alsoImported: async (app) => {
      await imported(app, 'csv-en-comma-point-iso-foreign-amount.csv', { account: 'MasterCard' });
    },
  });
  const { ids, lines, unpair } = t;
  const month = () => t.month('2026-11');
  const pair = (lineId: string, expenseId: string, keepBankAmount?: boolean) =>
    t.app.api.reconciliation.suggestions[':id'].pair.$post({
      param: { id: lineId },
      json: keepBankAmount === undefined ? { expenseId } : { expenseId, keepBankAmount },
    });
  let resto = '';
  const expense = async (id: string): Promise<Expense> => {
    const { expenses } = await (await t.app.api.expenses.$get({ query: {} })).json();
    const found = expenses.find((e) => e.id === id);
    if (!found) throw new Error(`no expense ${id}`);
    return v.parse(ExpenseSchema, found);
  };
  /** Every column a pairing or its undo may write: what a refusal must leave as it was. */
  const state = () =>
    t.app.sql.query<{ what: string }>(
      `select concat_ws(' ', e.description, e.amount::text, e.provenance::text, e.field_stamps::text,
         e.bank_line_id::text, e.amount_before_bank::text, e.updated_at::text) as what from expenses e
       union all select concat_ws(' ', l.label, l.ignored_at::text, l.candidates::text, l.kept_apart::text)
       from bank_lines l
       order by 1`,
    );

  beforeAll(async () => {
    const { expenses } = await (await t.app.api.expenses.$get({ query: {} })).json();
    resto = expenses.find((e) => !SAID.some((s) => s.description === e.description))?.id ?? '';
    expect([expenses.length, resto]).toEqual([5, expect.any(String)]);
  });

  it('refuses what must stay refused, each with its status and code, and changes nothing', async () => {
    const bistrot = lines['CB LE BISTROT 22/11'] ?? '';
    const before = await state();
    const cases: [string, string, boolean | undefined, number, string][] = [
      // Another amount, not said to keep the bank's: the answer names both.
      [bistrot, resto, undefined, 422, 'amount_mismatch'],
      [bistrot, resto, false, 422, 'amount_mismatch'],
      // Another currency the line gives no amount in.
      [lines['CB TAXI G7 19/11'] ?? '', ids.Taxi ?? '', true, 422, 'currency_mismatch'],
      // Money in.
      [lines['VIR SEPA ACME SALAIRE'] ?? '', resto, true, 409, 'conflict'],
      // The bank's MONOP line is the bread's already; the bread is that line's.
      [lines['CB MONOP 25/11'] ?? '', resto, true, 409, 'already_paired'],
      [bistrot, ids.Pain ?? '', true, 409, 'already_paired'],
      // 18 days apart.
      [lines['CB FNAC 27/11'] ?? '', ids.Livre ?? '', true, 422, 'dates_too_far'],
    ];
    for (const [lineId, expenseId, keep, status, code] of cases) {
      const { status: got, body } = await refusedWith(await pair(lineId, expenseId, keep));
      expect([lineId, expenseId, keep, got, body.error.code]).toEqual([
        lineId,
        expenseId,
        keep,
        status,
        code,
      ]);
      expect(body.error.message).not.toBe('');
    }
    const mismatch = await refusedWith(await pair(bistrot, resto));
    expect(mismatch.body.error.message).toContain('40.00');
    expect(mismatch.body.error.message).toContain('44.00');
    const far = await refusedWith(await pair(lines['CB FNAC 27/11'] ?? '', ids.Livre ?? '', true));
    expect(far.body.error.message).toContain('10 days');
    expect(await state()).toEqual(before);
  });

  it('pairs « 40 € au resto » with the bank’s 44,00 €: the bank’s amount is kept, nothing else changes', async () => {
    const before = await expense(resto);
    expect(before.provenance?.amount).toEqual({ from: 'heard' });
    const res = await pair(lines['CB LE BISTROT 22/11'] ?? '', before.id, true);
    expect(res.status).toBe(200);
    const paired = v.parse(ExpenseSchema, await res.json());
    const { updatedAt: _a, amount, provenance, bankLineId, ...rest } = paired;
    const { updatedAt: _b, amount: was, provenance: wasFrom, bankLineId: _c, ...restBefore } = before;
    expect([was, amount, bankLineId]).toEqual(['40.00', '44.00', lines['CB LE BISTROT 22/11']]);
    expect(provenance).toEqual({ ...wasFrom, amount: { from: 'bank' } });
    expect(rest).toEqual(restBefore);
    const view = await month();
    expect(view.suggestions.map((s) => s.merchant)).not.toContain('Le Bistrot');
    expect(view.unmatchedExpenses.map((e) => e.id)).not.toContain(before.id);
    // Listed among the pairs the bank confirmed, by the expense's day, with its line, for a wrong one to be undone.
    expect(
      view.matchedPairs.map((p) => [p.expense.id, p.expense.amount, p.line.id, p.line.label, p.line.amount]),
    ).toEqual([
      [before.id, '44.00', lines['CB LE BISTROT 22/11'], 'CB LE BISTROT 22/11', '44.00'],
      [ids.Pain, '5.60', lines['CB MONOP 25/11'], 'CB MONOP 25/11', '5.60'],
    ]);
  });

  it('undoes it: the amount said comes back exactly, with where it came from, and nothing else changes', async () => {
    const paired = await expense(resto);
    expect((await unpair(lines['CB LE BISTROT 22/11'] ?? '')).status).toBe(204);
    const back = await expense(resto);
    const { updatedAt: _a, amount, provenance, bankLineId, ...rest } = back;
    const { updatedAt: _b, amount: _c, provenance: _d, bankLineId: _e, ...restPaired } = paired;
    expect([amount, bankLineId]).toEqual(['40.00', null]);
    expect(provenance).toEqual({ ...paired.provenance, amount: { from: 'heard' } });
    expect(rest).toEqual(restPaired);
    // The line is open again, asking, never pairing itself with the resto.
    for (const _read of [1, 2]) {
      const view = await month();
      expect(view.suggestions.find((s) => s.id === lines['CB LE BISTROT 22/11'])?.candidates).toEqual([]);
      expect(view.unmatchedExpenses.map((e) => e.id)).toContain(back.id);
    }
  });

  it('pairs a payment abroad in the dollars paid, not the euros the bank took, and undoes it', async () => {
    const uber = lines.Uber ?? '';
    const ride = await expense(ids.Ride ?? '');
    const res = await pair(uber, ride.id, true);
    expect(res.status).toBe(200);
    expect(v.parse(ExpenseSchema, await res.json())).toMatchObject({
      amount: '50.00',
      currency: 'USD',
      bankLineId: uber,
    });
    expect((await unpair(uber)).status).toBe(204);
    const back = await expense(ids.Ride ?? '');
    expect([back.amount, back.currency, back.bankLineId, back.provenance ?? null]).toEqual([
      '48.00',
      'USD',
      null,
      ride.provenance ?? null,
    ]);
  });

  it('keeps the matcher’s pairing undone however often the month is read, and a pairing by hand still works', async () => {
    const monop = lines['CB MONOP 25/11'] ?? '';
    expect((await expense(ids.Pain ?? '')).bankLineId).toBe(monop);
    expect((await unpair(monop)).status).toBe(204);
    for (const _read of [1, 2, 3]) {
      const view = await month();
      expect(view.unmatchedExpenses.map((e) => e.description)).toContain('Pain');
      const line = view.suggestions.find((s) => s.id === monop);
      expect(line?.candidates).toEqual([]);
      expect((await expense(ids.Pain ?? '')).bankLineId).toBeNull();
    }
    // An expense said later fits the line too: asked about, never paired alone.
    await seedExpenses(t.app.store, LOCAL_OWNER, [
      { amount: '5.60', category: 'groceries', description: 'Baguettes', date: '2026-11-25' },
    ]);
    const asked = (await month()).suggestions.find((s) => s.id === monop);
    expect(asked?.candidateExpenses.map((e) => e.description)).toEqual(['Baguettes']);
    const res = await pair(monop, ids.Pain ?? '');
    expect(res.status).toBe(200);
    expect(v.parse(ExpenseSchema, await res.json()).bankLineId).toBe(monop);
    expect((await month()).unmatchedExpenses.map((e) => e.description)).toContain('Baguettes');
  });

  it('keeps the amount the person typed after a pairing at the bank’s: the edit takes the pairing apart, nothing comes back', async () => {
    const uber = lines.Uber ?? '';
    const ride = ids.Ride ?? '';
    expect((await pair(uber, ride, true)).status).toBe(200);
    const edited = await t.app.api.expenses[':id'].$patch({ param: { id: ride }, json: { amount: '49.00' } });
    expect(edited.status).toBe(200);
    await t.app.settled();
    const after = await expense(ride);
    expect([after.amount, after.provenance?.amount?.from, after.bankLineId]).toEqual([
      '49.00',
      'person',
      null,
    ]);
    const twice = await refusedWith(await unpair(uber));
    expect([twice.status, twice.body.error.code]).toEqual([404, 'not_found']);
    expect((await expense(ride)).amount).toBe('49.00');
  });

  it('gives the amount said back when the statement that gave the bank’s is deleted', async () => {
    expect((await pair(lines['CB LE BISTROT 22/11'] ?? '', resto, true)).status).toBe(200);
    expect((await expense(resto)).amount).toBe('44.00');
    const [carte] = await t.app.sql.query<{ id: string }>(
      `select id::text as id from bank_statements where account = 'Carte'`,
    );
    expect((await t.app.api.statements[':id'].$delete({ param: { id: carte?.id ?? '' } })).status).toBe(204);
    const back = await expense(resto);
    expect([back.amount, back.provenance?.amount, back.bankLineId]).toEqual([
      '40.00',
      { from: 'heard' },
      null,
    ]);
  });
});
