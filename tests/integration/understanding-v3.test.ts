/**
 * Issue 29 through POST /api/text, on PGlite in memory and on the PostgreSQL server: money that
 * moved without being spent is answered no_expense with its movement (and answered the same to a
 * repeated clientId); an amount said is never dropped; a day to come is kept for review (or as an
 * upcoming expense to confirm); an aside about being paid back keeps the expense reimbursable;
 * every expense says where each field came from, in the API, after an edit, after a learned
 * correction, and in the JSON export.
 */
import { describe, expect, it } from 'vitest';
import { useAppOn } from '../support/both-databases.ts';
import { textNote } from '../support/edge-app.ts';

describe.each(['PGlite', 'PostgreSQL'] as const)('understanding v3 through /api/text (%s)', (kind) => {
  const on = useAppOn(kind === 'PostgreSQL', 'vt_understand');

  const post = async (text: string, over: Parameters<typeof textNote>[1] = {}) => {
    const res = await on.app.api.text.$post({ json: textNote(text, over) });
    expect([200, 201]).toContain(res.status);
    return res.json();
  };

  it.each([
    ["Amazon m'a remboursé 25 €", 'refund', '25.00', 'EUR'],
    ["Marie m'a rendu 15 €", 'repayment', '15.00', 'EUR'],
    ["j'ai prêté 20 € à Marie", 'loan', '20.00', 'EUR'],
    ['sent 40 pounds to my brother on Revolut', 'transfer', '40.00', 'GBP'],
    ['mon salaire est tombé, 2 350 €', 'income', '2350.00', 'EUR'],
    // Frames of the v9m rules: a top-up of one's own money store, money borrowed, a buyer paying.
    ['topped up my Wise balance with 50 pounds', 'transfer', '50.00', 'GBP'],
    ["j'ai emprunté 100 € à mes parents", 'loan', '100.00', 'EUR'],
    ["une cliente m'a payé 45 € pour la robe", 'income', '45.00', 'EUR'],
  ])(
    'answers "%s" with no expense and a %s movement of %s %s, the same when sent again',
    async (text, k, amount, currency) => {
      const note = textNote(text);
      const first = await (await on.app.api.text.$post({ json: note })).json();
      expect(first).toMatchObject({
        status: 'no_expense',
        expenses: [],
        movement: k,
        moved: { amount, currency },
      });
      const again = await on.app.api.text.$post({ json: note });
      expect(again.status).toBe(200);
      const repeated = await again.json();
      expect([repeated.movement, repeated.moved]).toEqual([first.movement, first.moved]);
    },
  );

  it('records money that moved as an expense when the person asks to', async () => {
    const body = await post("Amazon m'a remboursé 25 €", { asExpense: true });
    expect(body.status).toBe('saved');
    expect(body.movement).toBeUndefined();
    expect(body.expenses[0]).toMatchObject({ amount: '25.00', category: 'shopping' });
  });

  it('records words read as no expense when the person asks to: the amount heard, to review', async () => {
    const text = 'combien coûte le pass Navigo, 86 € ?';
    expect(await post(text)).toMatchObject({ status: 'no_expense', expenses: [] });
    const body = await post(text, { asExpense: true });
    expect(body.status).toBe('needs_review');
    expect(body.expenses).toHaveLength(1);
    expect(body.expenses[0]).toMatchObject({
      amount: '86.00',
      currency: 'EUR',
      reviewReason: 'asked_as_expense',
    });
    // Nothing heard to count: the words wait for their amount.
    const none = await post('blah blah', { asExpense: true });
    expect(none.expenses).toMatchObject([
      { amount: null, description: 'blah blah', reviewReason: 'no_amount' },
    ]);
  });

  it('keeps an amount nothing places as À vérifier, never no_expense', async () => {
    const body = await post('vingt-cinq euros');
    expect(body.status).toBe('needs_review');
    expect(body.expenses[0]).toMatchObject({ amount: '25.00', reviewReason: 'unclear_amount' });
  });

  it('keeps a day to come for review, or as an upcoming expense to confirm', async () => {
    const later = await post('dentiste demain 50 €');
    expect(later.expenses[0]).toMatchObject({
      amount: '50.00',
      date: '2026-11-25',
      status: 'needs_review',
      reviewReason: 'future_date',
    });
    const confirm = await post('train mardi prochain 65 €', { confirm: true });
    expect(confirm.expenses[0]).toMatchObject({ date: '2026-12-01', reviewReason: 'awaiting_confirmation' });
  });

  it('keeps the whole expense of an aside about being paid back, reimbursable', async () => {
    const body = await post('consultation chez le médecin 30 €, remboursé par la mutuelle');
    expect(body.status).toBe('saved');
    expect(body.expenses[0]).toMatchObject({ amount: '30.00', category: 'health', reimbursable: true });
  });

  it('says where each field came from, and a person’s edit and a learned word change it', async () => {
    const body = await post('resto 120 € hier, on était quatre, on partage');
    const expense = body.expenses[0];
    expect(expense?.provenance).toEqual({
      amount: { from: 'parsed' },
      currency: { from: 'heard' },
      date: { from: 'heard' },
      category: { from: 'parsed' },
      description: { from: 'heard' },
    });
    const id = expense?.id ?? '';
    const patched = await (
      await on.app.api.expenses[':id'].$patch({ param: { id }, json: { description: 'Resto du coin' } })
    ).json();
    expect(patched).toMatchObject({
      provenance: { amount: { from: 'parsed' }, description: { from: 'person' } },
    });

    const taught = await on.app.api.learned.$put({ json: { phrase: 'pressing', category: 'housing' } });
    expect(taught.status).toBe(200);
    const learned = (await post('pressing 18 €')).expenses[0];
    expect(learned?.category).toBe('housing');
    expect(learned?.provenance?.category).toMatchObject({ from: 'learned', phrase: 'pressing' });
    expect(learned?.provenance?.category?.at).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const exported = JSON.parse(await (await on.app.api['export.json'].$get()).text()) as {
      expenses: { description: string; provenance?: unknown }[];
    };
    expect(exported.expenses.find((e) => e.description === 'Resto du coin')?.provenance).toMatchObject({
      description: { from: 'person' },
      amount: { from: 'parsed' },
    });
  });
});
