/**
 * A card payment is often booked days after it was made: a bank line booked on 2 December may be
 * the expense said on 28 November. Through the API on PGlite and on the PostgreSQL server, each open
 * line offers (`pairable`) the person's unpaired expenses within PAIR_DAYS of its booking or value
 * date, whatever their month; paired across the months, each month counts its own expenses (by the
 * expense's day), and the undo puts both back.
 */
import { describe, expect, it } from 'vitest';
import { BOTH_DATABASES } from '../support/both-databases.ts';
import { usePairingApp } from '../support/pairing.ts';

// Booked in December, paid in November (the value date says when).
const CSV = [
  'Date;Date de valeur;Libellé;Montant;Devise',
  '02/12/2026;28/11/2026;CB LE BISTROT 28/11;-44,00;EUR',
  '03/12/2026;21/11/2026;CB LIBRAIRIE 21/11;-18,00;EUR',
  '',
].join('\n');

const SAID = [
  // Said at 40 €, the bank took 44 € (the tip): four days before the booking.
  { amount: '40.00', category: 'dining' as const, description: 'Resto', date: '2026-11-28' },
  // The bank's very amount, a week before the value date: past the matcher's window, not a pairing's.
  { amount: '44.00', category: 'dining' as const, description: 'Apéro', date: '2026-11-21' },
  // 22 days before its line's booking, 10 before its value date.
  { amount: '18.00', category: 'education' as const, description: 'Livre', date: '2026-11-11' },
  // Too far from every line's dates.
  { amount: '40.00', category: 'dining' as const, description: 'Ancien', date: '2026-11-10' },
  // A currency neither line has an amount in.
  {
    amount: '40.00',
    currency: 'USD',
    category: 'dining' as const,
    description: 'Dollars',
    date: '2026-11-29',
  },
  // December's own.
  { amount: '3.00', category: 'dining' as const, description: 'Café', date: '2026-12-05' },
];

describe.each(BOTH_DATABASES)('pairing by hand across months on %s', (_name, postgres) => {
  const t = usePairingApp(postgres, { database: 'vt_statements_pairing_months', said: SAID, csv: CSV });
  const { ids, lines, month } = t;

  const offered = async (label: string) =>
    (await month('2026-12')).suggestions
      .find((s) => s.id === lines[label])
      ?.pairable.map((e) => `${e.description} ${e.amount} ${e.date}`);
  const totals = async (m: string) =>
    (await (await t.app.api.report.$get({ query: { month: m } })).json()).totals;

  it('offers under each December line the expenses of November it could be: closest amount, then day', async () => {
    expect(await offered('CB LE BISTROT 28/11')).toEqual([
      'Apéro 44.00 2026-11-21',
      'Resto 40.00 2026-11-28',
      'Café 3.00 2026-12-05',
    ]);
    // The book is 22 days from its booking: offered by its value date.
    expect(await offered('CB LIBRAIRIE 21/11')).toEqual([
      'Livre 18.00 2026-11-11',
      'Café 3.00 2026-12-05',
      'Resto 40.00 2026-11-28',
      'Apéro 44.00 2026-11-21',
    ]);
    // Personal expenses: no household's shares to follow the bank's amount.
    const december = await month('2026-12');
    expect(december.suggestions.flatMap((s) => s.pairable).every((e) => e.shared === false)).toBe(true);
    // The matcher paired nothing: the same amount a week apart is the person's to say.
    const november = await month('2026-11');
    expect([november.matched, november.suggestions]).toEqual([0, []]);
    expect(november.unmatchedExpenses.map((e) => e.description).sort()).toEqual(
      ['Ancien', 'Apéro', 'Dollars', 'Livre', 'Resto'].sort(),
    );
  });

  it('pairs the line booked in December with the expense said in November: each month counts its own', async () => {
    const [novemberBefore, decemberBefore] = [await totals('2026-11'), await totals('2026-12')];
    const res = await t.app.api.reconciliation.suggestions[':id'].pair.$post({
      param: { id: lines['CB LE BISTROT 28/11'] ?? '' },
      json: { expenseId: ids.Resto ?? '', keepBankAmount: true },
    });
    expect(res.status).toBe(200);
    const november = await month('2026-11');
    expect(november.matched).toBe(1);
    expect(november.matchedPairs.map((p) => [p.expense.description, p.expense.amount, p.line.date])).toEqual([
      ['Resto', '44.00', '2026-12-02'],
    ]);
    expect(november.unmatchedExpenses.map((e) => e.description)).not.toContain('Resto');
    const december = await month('2026-12');
    expect([december.matched, december.matchedPairs]).toEqual([0, []]);
    expect(december.suggestions.map((s) => s.label)).toEqual(['CB LIBRAIRIE 21/11']);
    expect(december.unmatchedExpenses.map((e) => e.description)).toEqual(['Café']);
    expect(await offered('CB LIBRAIRIE 21/11')).not.toContainEqual(expect.stringContaining('Resto'));
    // The bank's 44 € counts in November, the resto's month; December's total is as it was.
    const eur = (t: Awaited<ReturnType<typeof totals>>) => t.find((x) => x.currency === 'EUR');
    expect([eur(novemberBefore)?.amount, eur(await totals('2026-11'))?.amount]).toEqual(['142.00', '146.00']);
    expect(await totals('2026-12')).toEqual(decemberBefore);
  });

  it('undoes it: the line asks again in December, the resto is November’s open expense at 40 €', async () => {
    expect(
      (
        await t.app.api.reconciliation.suggestions[':id'].pair.$delete({
          param: { id: lines['CB LE BISTROT 28/11'] ?? '' },
        })
      ).status,
    ).toBe(204);
    expect(await offered('CB LE BISTROT 28/11')).toEqual([
      'Apéro 44.00 2026-11-21',
      'Resto 40.00 2026-11-28',
      'Café 3.00 2026-12-05',
    ]);
    const november = await month('2026-11');
    expect(november.matched).toBe(0);
    expect(november.unmatchedExpenses.find((e) => e.description === 'Resto')?.amount).toBe('40.00');
    expect((await totals('2026-11')).find((x) => x.currency === 'EUR')?.amount).toBe('142.00');
  });
});
