import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);

describe('money that moved without being spent', () => {
  it.each([
    ["Amazon m'a remboursé 25 €", 'refund', '25.00', 'EUR'],
    ['La mutuelle m’a remboursé 20 €', 'refund', '20.00', 'EUR'],
    ['got a refund of 30 pounds from Zara', 'refund', '30.00', 'GBP'],
    ["Marie m'a rendu 15 €", 'repayment', '15.00', 'EUR'],
    ["mon frère m'a remboursé 40 €", 'repayment', '40.00', 'EUR'],
    ["Thomas m'a fait un Lydia de 18 € pour la pizza", 'repayment', '18.00', 'EUR'],
    ['Sam paid me back 20 dollars', 'repayment', '20.00', 'USD'],
    ["j'ai prêté 20 € à Marie", 'loan', '20.00', 'EUR'],
    ["j'ai avancé 35 € à Sophie pour le cadeau", 'loan', '35.00', 'EUR'],
    ['sent 40 pounds to my brother on Revolut', 'transfer', '40.00', 'GBP'],
    ['virement à Léa, 60 €', 'transfer', '60.00', 'EUR'],
    ['retrait de 80 € au distributeur', 'transfer', '80.00', 'EUR'],
    ['mon salaire est tombé, 2 350 €', 'income', '2350.00', 'EUR'],
    ["j'ai reçu un virement de 50 €", 'income', '50.00', 'EUR'],
    ['sold my old bike for 120 euros', 'income', '120.00', 'EUR'],
    ['Mamie m’a donné 30 euros', 'income', '30.00', 'EUR'],
    ['remboursement de Paul 12 €', 'repayment', '12.00', 'EUR'],
    ['got a refund from Amazon, 32 dollars', 'refund', '32.00', 'USD'],
    ['got 20 bucks back from Tom for the pizza', 'repayment', '20.00', 'USD'],
  ])('"%s" is no expense but a %s of %s %s', (text, kind, amount, currency) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind, amount, currency, date: '2026-11-24' });
  });

  it.each([
    ['virement de 750 € au propriétaire pour le loyer', 'housing'],
    ['sent 45 pounds to the plumber for the repair', 'housing'],
  ])('keeps a transfer that pays for something as an expense: "%s"', (text, category) => {
    const got = parse(text);
    expect(got.expenses).toMatchObject([{ category }]);
    expect(got.movement).toBeUndefined();
  });

  it('keeps the expense beside a movement, and the movement apart', () => {
    const got = parse("Karim m'a rendu 20 €, et j'ai payé le pressing 13 €");
    expect(got.expenses).toMatchObject([{ amount: '13.00' }]);
    expect(got.movement).toMatchObject({ kind: 'repayment', amount: '20.00' });
    expect(parse('got my salary and spent 35 dollars on groceries').expenses).toMatchObject([
      { amount: '35.00', currency: 'USD', category: 'groceries' },
    ]);
  });

  it('reads a movement as an expense when the person says it is one', () => {
    const got = parseExpenseText("Amazon m'a remboursé 25 €", { ...TEST_OPTS, asExpense: true });
    expect(got.expenses).toMatchObject([{ amount: '25.00', category: 'shopping' }]);
    expect(got.movement).toBeUndefined();
  });

  it('says no expense for money only owed, shown as money lent so that it is not lost (round 36)', () => {
    const got = parse('Paul me doit 30 euros');
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind: 'loan', amount: '30.00', description: 'Paul' });
  });
});

describe('asides about being paid back keep the whole expense', () => {
  it.each([
    ['consultation chez le médecin 30 €, remboursé par la mutuelle', '30.00', 'health'],
    ['pharmacie 14,20 €, la sécu rembourse', '14.20', 'health'],
    ['taxi 26 € pour rentrer, remboursé plus tard', '26.00', 'transport'],
    ["hôtel à Lille 98 €, c'est remboursé par le boulot", '98.00', 'travel'],
    ['kiné 45 €, pris en charge par la mutuelle', '45.00', 'health'],
    ["train to Leeds 38 pounds, I'll claim it back", '38.00', 'transport'],
  ])('"%s" is %s of %s, reimbursable', (text, amount, category) => {
    expect(parse(text).expenses).toMatchObject([{ amount, category, reimbursable: true }]);
  });
});

describe('an amount said is never dropped', () => {
  it.each([
    ['vingt-cinq euros', '25.00', 'unclear_amount'],
    ['bon ben 15 euros voilà', '15.00', 'unclear_amount'],
    ['35', '35.00', 'unclear_amount'],
  ])('keeps "%s" as %s for review (%s)', (text, amount, reviewReason) => {
    expect(parse(text).expenses).toMatchObject([{ amount, category: 'other', reviewReason }]);
  });

  it('still finds nothing to keep in a question, a reminder with no day, or an order', () => {
    for (const text of [
      'Combien coûte un billet pour Lyon ?',
      'Rappelle-moi de payer le loyer de 800 euros',
      'Enregistre un million d’euros',
    ])
      expect(parse(text).expenses).toEqual([]);
  });
});

describe('totals and shares from the words', () => {
  it.each([
    ['130 € la nuit, deux nuits, 260 en tout', '260.00'],
    ['On était quatre au resto, 120 € en tout, on partage', '30.00'],
    ['Airbnb 300 € divisé entre nous trois', '100.00'],
    ['hôtel 95 € la nuit, trois nuits', '285.00'],
    ["c'est moi qui ai tout payé, 96 € au resto", '96.00'],
    ['billets de concert, 2 fois 40 €', '80.00'],
    ['three times 12 dollars for the museum', '36.00'],
  ])('"%s" is %s', (text, amount) => {
    expect(parse(text).expenses).toMatchObject([{ amount }]);
  });
});

describe('where each field came from', () => {
  it('says what was heard, what was worked out, and what was learned', () => {
    expect(parse('resto 120 € hier, on était quatre, on partage').expenses[0]?.provenance).toEqual({
      amount: { from: 'parsed' },
      currency: { from: 'heard' },
      date: { from: 'heard' },
      category: { from: 'parsed' },
      description: { from: 'heard' },
    });
    expect(parse('pressing 25').expenses[0]?.provenance).toMatchObject({
      amount: { from: 'heard' },
      currency: { from: 'parsed' },
      date: { from: 'parsed' },
    });
    const memory = [{ phrase: 'pressing', category: 'housing' as const, learnedAt: '2026-11-12' }];
    expect(
      parseExpenseText('pressing 18 €', { ...TEST_OPTS, memory }).expenses[0]?.provenance?.category,
    ).toEqual({
      from: 'learned',
      phrase: 'pressing',
      at: '2026-11-12',
    });
  });
});
