import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);

/*
 * Round 15 of issue 29: expenses said like money moved (a debt to a person, a thing bought for
 * someone, a fee, a discount, another's unpaid share) and the movements beside them.
 */
describe('a debt to a person that the speaker paid', () => {
  it.each([
    ["j'ai réglé ma dette envers Paul, 40 €", '40.00'],
    ["j'ai remboursé ma dette à mon cousin, 50 €", '50.00'],
    ["j'ai donné à Léa ce que je lui devais, 20 €", '20.00'],
    ['Paid Tom what I owed him, 25 euros', '25.00'],
    ['I gave Rob the money I owed him, 30 euros', '30.00'],
    ['Settled my debt with my brother, 75 euros', '75.00'],
  ])('"%s" is a repayment of %s', (text, amount) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind: 'repayment', amount });
  });

  it.each([
    // A debt to a bank names no person: paying it is spending.
    ["j'ai réglé ma dette à la banque, 300 €", '300.00', undefined],
    // A trade paid what was owed is paid for its work.
    ['I paid the plumber what I owed him, 120 euros', '120.00', undefined],
    // Not paid yet: kept to look at.
    ["je n'ai pas encore réglé ma dette à Paul, 40 €", '40.00', 'not_paid'],
  ])('"%s" stays an expense of %s', (text, amount, reviewReason) => {
    const got = parse(text);
    expect(got.expenses).toMatchObject([{ amount }]);
    expect(got.expenses[0]?.reviewReason).toBe(reviewReason);
    expect(got.movement).toBeUndefined();
  });
});

describe('a thing bought for a person', () => {
  it.each([
    ['Bought my mum flowers, 25 euros', '25.00'],
    ['I bought my brother a beer, 6 euros', '6.00'],
  ])('"%s" is an expense of %s', (text, amount) => {
    const got = parse(text);
    expect(got.expenses).toMatchObject([{ amount }]);
    expect(got.movement).toBeUndefined();
  });

  it("still reads a sale when someone bought the speaker's thing", () => {
    expect(parse('Someone bought my old sofa for 60 euros').movement).toMatchObject({
      kind: 'income',
      amount: '60.00',
    });
  });
});

describe('an amount that is the fee of money moved or of a thing sent back', () => {
  it.each([
    ['retrait à Londres, 2 livres de frais', '2.00'],
    ['Took out cash in Rome, 4 euros fee', '4.00'],
    ["j'ai renvoyé le colis, 8 € de frais de port", '8.00'],
  ])('"%s" is an expense of %s', (text, amount) => {
    const got = parse(text);
    expect(got.expenses).toMatchObject([{ amount }]);
    expect(got.movement).toBeUndefined();
  });

  it.each([
    ["la banque m'a remboursé 5 € de frais", 'refund', '5.00'],
    ["j'ai retiré 50 € au distributeur", 'transfer', '50.00'],
  ])('"%s" stays a %s of %s', (text, kind, amount) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind, amount });
  });
});

describe("another person's unpaid share beside the speaker's payment", () => {
  it.each([
    ["Tom hasn't paid his share yet, I paid 30 for the taxi", '30.00'],
    ["j'ai payé ma part du ciné, 12 €, Marc n'a pas encore payé la sienne", '12.00'],
  ])('"%s" is the speaker\'s expense of %s, not flagged', (text, amount) => {
    const got = parse(text);
    expect(got.expenses).toMatchObject([{ amount }]);
    expect(got.expenses[0]?.reviewReason).toBeUndefined();
  });

  it.each([
    ["Léo n'a pas payé sa part, 27 €"],
    ["my sister still hasn't paid me back the 40 euros"],
    ["Sam hasn't sent the 20 euros yet"],
  ])('"%s" is still kept to look at', (text) => {
    const got = parse(text);
    expect(got.expenses).toMatchObject([{ reviewReason: 'not_paid' }]);
  });
});

describe('a discount in money, then the price paid', () => {
  it.each([
    ["on m'a fait une remise de 20 €, j'ai payé 130 € la veste", '130.00'],
    ['they offered me a 20 euro discount, so I paid 80', '80.00'],
    ['got 10 euros off, paid 50 for the jacket', '50.00'],
  ])('"%s" is the price paid, %s', (text, amount) => {
    expect(parse(text).expenses).toMatchObject([{ amount }]);
  });

  it.each([
    ['une remise de 15 € sur le manteau à 90 €', '75.00'],
    ['the coat was 100 euros with a 20 euro discount', '80.00'],
  ])('"%s" takes the discount off the price said, %s', (text, amount) => {
    expect(parse(text).expenses).toMatchObject([{ amount }]);
  });
});

describe('money sent to a childminder', () => {
  it.each([
    ["virement de 300 € à l'assistante maternelle", '300.00'],
    ['Sent the childminder 200 euros', '200.00'],
  ])('"%s" pays for childcare, %s', (text, amount) => {
    const got = parse(text);
    expect(got.expenses).toMatchObject([{ amount, category: 'education' }]);
    expect(got.movement).toBeUndefined();
  });
});

describe('money sent for the speaker’s half', () => {
  it.each([
    ["j'ai viré 40 € à Inès pour ma moitié du loyer", '40.00'],
    ["j'ai filé 20 € à Hugo pour ma moitié de l'essence", '20.00'],
  ])('"%s" is the half itself, %s', (text, amount) => {
    expect(parse(text).expenses).toMatchObject([{ amount }]);
  });

  it('still halves a bill when the half is said after it', () => {
    expect(parse('le resto 90 €, j’ai payé ma moitié').expenses).toMatchObject([{ amount: '45.00' }]);
  });
});

describe('someone else paid', () => {
  it.each([
    ['Sophie a payé les pizzas, 36 €'],
    ['Julien paid for the pizzas, 36 euros'],
    ['my boss paid for drinks, 35 euros'],
    ['mon patron a payé les pizzas, 50 €'],
  ])('"%s" is kept to look at, not saved as the speaker’s', (text) => {
    const got = parse(text);
    expect(got.expenses).toMatchObject([{ reviewReason: 'not_paid' }]);
    expect(got.movement).toBeUndefined();
  });

  it.each([
    ['my boss paid me 200 euros for the overtime', '200.00'],
    ["mon patron m'a payé les heures sup, 150 €", '150.00'],
  ])('"%s" is still pay received, %s', (text, amount) => {
    expect(parse(text).movement).toMatchObject({ kind: 'income', amount });
  });

  it('keeps a capitalised word that names no one as what was paid for', () => {
    expect(parse('Parking paid 5 euros').expenses).toMatchObject([{ amount: '5.00' }]);
  });
});

describe('money sent for fees, and money put aside on an account of one’s own', () => {
  it.each([
    ["viré 500 € à l'agence pour les frais de dossier", '500.00'],
    ['Sent 300 euros to my daughter for her tuition fees', '300.00'],
    // A service's account topped up is spent, whatever it is for.
    ["j'ai viré 60 € sur le compte de la cantine", '60.00'],
    ['virement de 650 € au proprio pour le loyer', '650.00'],
  ])('"%s" is an expense of %s', (text, amount) => {
    const got = parse(text);
    expect(got.expenses).toMatchObject([{ amount }]);
    expect(got.movement).toBeUndefined();
  });

  it.each([
    ["j'ai viré 200 € sur mon livret pour la rentrée", '200.00'],
    ['Moved 150 euros to my savings account for the fees', '150.00'],
  ])('"%s" is a transfer of %s', (text, amount) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind: 'transfer', amount });
  });
});

describe('a movement word inside a name of several capitalised words', () => {
  it.each([
    ['lunch at Pret a Manger, 9 euros', '9.00', 'dining'],
    ['déjeuner chez Pret a Manger, 9 €', '9.00', 'dining'],
  ])('"%s" is an expense of %s (%s), not a loan', (text, amount, category) => {
    const got = parse(text);
    expect(got.movement).toBeUndefined();
    expect(got.expenses).toMatchObject([{ amount, category }]);
  });

  it.each([
    // One capitalised word is a payment app, still money moved.
    ["j'ai fait un Wero de 25 € à Thomas", 'transfer'],
    ["j'ai prêté 20 € à Marie", 'loan'],
    ['Prêt de 20 € à Marie', 'loan'],
  ])('"%s" is still a %s', (text, kind) => {
    expect(parse(text).movement?.kind).toBe(kind);
  });
});
