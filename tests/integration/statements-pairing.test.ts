/**
 * A bank line that several expenses fit, paired by the person with the one it is, through the API
 * on PGlite and on the PostgreSQL server: the suggestion names its candidates with what tells them
 * apart, a pairing counts in « Rapproché à N % » and leaves the other candidate open, a retry (or
 * the same Idempotency-Key) answers as the first did, what cannot be the same payment is refused
 * with nothing changed, and the undo opens both again. (Another person's line or expense:
 * statements-rls.test.ts.)
 */
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { ExpenseSchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BOTH_DATABASES } from '../support/both-databases.ts';
import { usePairingApp } from '../support/pairing.ts';
import { seedExpenses } from '../support/seed.ts';
import { imported, refusedWith } from '../support/statements.ts';

// Two lunches of 23,40 € the label (« LE COMPTOIR ») cannot tell apart, bread the bank saw alone,
// and money in.
const CSV = [
  'Date;Libellé;Montant;Devise',
  '22/11/2026;CB LE COMPTOIR 21/11;-23,40;EUR',
  '26/11/2026;CB MONOP 25/11;-5,60;EUR',
  '26/11/2026;VIR SEPA ACME SALAIRE;1234,56;EUR',
  '',
].join('\n');

const SAID = [
  { amount: '23.40', category: 'dining' as const, description: 'Déjeuner avec Paul', date: '2026-11-20' },
  { amount: '23.40', category: 'dining' as const, description: 'Dîner Léa', date: '2026-11-21' },
  { amount: '5.60', category: 'groceries' as const, description: 'Pain', date: '2026-11-25' },
  // The same figure in another currency, and a cent more: never the same payment.
  {
    amount: '23.40',
    currency: 'GBP',
    category: 'transport' as const,
    description: 'Taxi',
    date: '2026-11-21',
  },
  { amount: '23.41', category: 'dining' as const, description: 'Café', date: '2026-11-21' },
];

describe.each(BOTH_DATABASES)('pairing a bank line with an expense on %s', (_name, postgres) => {
  const t = usePairingApp(postgres, { database: 'vt_statements_pairing', said: SAID, csv: CSV });
  const { ids, lines, unpair } = t;
  const month = () => t.month('2026-11');
  const pair = (lineId: string, expenseId: string, headers: Record<string, string> = {}) =>
    t.app.api.reconciliation.suggestions[':id'].pair.$post(
      { param: { id: lineId }, json: { expenseId } },
      { headers },
    );
  /** Every pairing, ignore and candidate list: what a refusal must leave as it was. */
  const state = () =>
    t.app.sql.query<{ what: string }>(
      `select concat_ws(' ', e.description, e.bank_line_id::text, e.updated_at::text) as what from expenses e
       union all select concat_ws(' ', l.label, l.ignored_at::text, l.candidates::text) from bank_lines l
       order by 1`,
    );

  it('offers the two lunches as the line’s candidates, with what tells them apart', async () => {
    const view = await month();
    expect(view.matched).toBe(1);
    expect(view.percent).toBe(20);
    const [comptoir] = view.suggestions;
    expect(view.suggestions).toHaveLength(1);
    expect(comptoir?.id).toBe(lines['CB LE COMPTOIR 21/11']);
    expect(comptoir?.candidates).toEqual([ids['Déjeuner avec Paul'], ids['Dîner Léa']].sort());
    expect(
      comptoir?.candidateExpenses.map((e) => [e.date, e.amount, e.currency, e.category, e.description]),
    ).toEqual([
      ['2026-11-20', '23.40', 'EUR', 'dining', 'Déjeuner avec Paul'],
      ['2026-11-21', '23.40', 'EUR', 'dining', 'Dîner Léa'],
    ]);
  });

  it('refuses what cannot be paired, each with its code, and changes nothing', async () => {
    const line = lines['CB LE COMPTOIR 21/11'] ?? '';
    const before = await state();
    const cases: [string, string, number, string][] = [
      [crypto.randomUUID(), ids['Dîner Léa'] ?? '', 404, 'not_found'],
      ['not-a-line', ids['Dîner Léa'] ?? '', 404, 'not_found'],
      [line, crypto.randomUUID(), 404, 'not_found'],
      // The bread is the bank's MONOP line already; that line is the bread's.
      [line, ids.Pain ?? '', 409, 'already_paired'],
      [lines['CB MONOP 25/11'] ?? '', ids['Dîner Léa'] ?? '', 409, 'already_paired'],
      [lines['VIR SEPA ACME SALAIRE'] ?? '', ids['Dîner Léa'] ?? '', 409, 'conflict'],
      [line, ids.Taxi ?? '', 422, 'currency_mismatch'],
      [line, ids.Café ?? '', 422, 'amount_mismatch'],
    ];
    for (const [lineId, expenseId, status, code] of cases) {
      const { status: got, body } = await refusedWith(await pair(lineId, expenseId));
      expect([lineId, expenseId, got, body.error.code]).toEqual([lineId, expenseId, status, code]);
      expect(body.error.message).not.toBe('');
    }
    const bad = await t.app.app.request(`/api/reconciliation/suggestions/${line}/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ expenseId: 'Dîner Léa' }),
    });
    expect((await refusedWith(bad)).body.error.code).toBe('validation_failed');
    expect(await state()).toEqual(before);
  });

  it('pairs the line with the dinner: the month counts it, the lunch stays open, a retry changes nothing', async () => {
    const line = lines['CB LE COMPTOIR 21/11'] ?? '';
    const res = await pair(line, ids['Dîner Léa'] ?? '', { 'Idempotency-Key': 'pair-comptoir-1' });
    expect(res.status).toBe(200);
    const paired = v.parse(ExpenseSchema, await res.json());
    expect(paired).toMatchObject({
      id: ids['Dîner Léa'],
      amount: '23.40',
      description: 'Dîner Léa',
      bankLineId: line,
    });

    const view = await month();
    expect(view.matched).toBe(2);
    expect(view.percent).toBe(40);
    expect(view.suggestions).toEqual([]);
    expect(view.unmatchedExpenses.map((e) => e.description)).toEqual(['Déjeuner avec Paul', 'Taxi', 'Café']);

    const after = await state();
    const replayed = await pair(line, ids['Dîner Léa'] ?? '', { 'Idempotency-Key': 'pair-comptoir-1' });
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    const again = await pair(line, ids['Dîner Léa'] ?? '');
    expect(again.status).toBe(200);
    expect(v.parse(ExpenseSchema, await again.json()).bankLineId).toBe(line);
    // The lunch cannot take the line now.
    const lunch = await refusedWith(await pair(line, ids['Déjeuner avec Paul'] ?? ''));
    expect([lunch.status, lunch.body.error.code]).toEqual([409, 'already_paired']);
    expect(await state()).toEqual(after);
  });

  it('undoes the pairing: the line asks about the lunch left, never taking it alone, and a second undo finds nothing', async () => {
    const line = lines['CB LE COMPTOIR 21/11'] ?? '';
    expect((await unpair(line)).status).toBe(204);
    // The dinner is kept apart from the line; the lunch, its only other fit, is asked about, not paired.
    for (const _read of [1, 2]) {
      const view = await month();
      expect(view.matched).toBe(1);
      expect(view.percent).toBe(20);
      expect(view.suggestions.map((s) => s.candidateExpenses.map((e) => e.description))).toEqual([
        ['Déjeuner avec Paul'],
      ]);
    }
    const before = await state();
    const twice = await refusedWith(await unpair(line));
    expect([twice.status, twice.body.error.code]).toEqual([404, 'not_found']);
    expect((await refusedWith(await unpair('not-a-line'))).status).toBe(404);
    expect(await state()).toEqual(before);
  });

  it('pairs a card payment abroad by the amount the person paid in dollars, not the euros the bank took', async () => {
    await seedExpenses(t.app.store, LOCAL_OWNER, [
      {
        amount: '50.00',
        currency: 'USD',
        category: 'transport',
        description: 'Taxi JFK',
        date: '2026-11-15',
      },
      {
        amount: '50.00',
        currency: 'USD',
        category: 'transport',
        description: 'Ride downtown',
        date: '2026-11-16',
      },
      { amount: '46.35', currency: 'USD', category: 'transport', description: 'Tolls', date: '2026-11-16' },
    ]);
    await imported(t.app, 'csv-en-comma-point-iso-foreign-amount.csv', { account: 'MasterCard' });
    const uber = (await month()).suggestions.find((s) => s.merchant === 'Uber');
    expect(uber?.candidateExpenses.map((e) => `${e.amount} ${e.currency} ${e.description}`)).toEqual([
      '50.00 USD Taxi JFK',
      '50.00 USD Ride downtown',
    ]);
    const { expenses } = await (await t.app.api.expenses.$get({ query: {} })).json();
    const id = (d: string) => expenses.find((e) => e.description === d)?.id ?? '';
    // 46.35 is the line's euros: in dollars it is not what was paid.
    const tolls = await refusedWith(await pair(uber?.id ?? '', id('Tolls')));
    expect([tolls.status, tolls.body.error.code]).toEqual([422, 'amount_mismatch']);
    const res = await pair(uber?.id ?? '', id('Ride downtown'));
    expect(res.status).toBe(200);
    expect(v.parse(ExpenseSchema, await res.json())).toMatchObject({ currency: 'USD', bankLineId: uber?.id });
  });
});
