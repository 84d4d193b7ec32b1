import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);

/*
 * Round 35 of issue 29 (money48): money sent to one's family is a transfer, also when it says what
 * the relative needs it for; a present, pocket money, a share or a debt paid to a relative is not.
 */
describe('money sent to a relative for their own needs', () => {
  it.each([
    ['virement de 80 € à mon fils pour ses courses', '80.00'],
    ['sent 150 to my daughter at uni', '150.00'],
    ['Lydia de 25 € à mon petit frère qui est à la fac', '25.00'],
    ["viré 40 € sur le compte de mon fils pour qu'il fasse ses courses", '40.00'],
    ['envoyé 100 € à ma mère pour ses médicaments', '100.00'],
    ['sent 60 to my brother for his train ticket', '60.00'],
  ])('"%s" is a transfer of %s', (text, amount) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind: 'transfer', amount });
  });

  it.each([
    // Paid to someone else for a relative's lessons: a trade paid.
    ["sent 40 to the piano teacher for my son's lessons", '40.00'],
    // A present, by its occasion or the age reached.
    ['virement de 30 € à ma fille pour son anniversaire', '30.00'],
    ['sent my son 50 for his birthday', '50.00'],
    ["j'ai envoyé 50 € à ma filleule pour ses 18 ans", '50.00'],
    // A thing named before the relative, or « pour le … »: paid for, or a share.
    ['viré le loyer à ma mère, 500 €', '500.00'],
    ["virement de 20 € à ma sœur pour le resto d'hier", '20.00'],
    ['viré 15 € à mon frère pour ma part du cadeau', '15.00'],
  ])('"%s" stays an expense of %s', (text, amount) => {
    const got = parse(text);
    expect(got.expenses).toMatchObject([{ amount }]);
    expect(got.movement).toBeUndefined();
  });

  it.each([
    ["mamie m'a donné 20 € d'argent de poche", 'income'],
    ["ma mère m'a viré 100 €", 'income'],
    ['virement de mon père, 100 €', 'income'],
    ['PayPal from my mum, 50', 'income'],
    ["j'ai envoyé 30 € à mon frère, je lui devais", 'repayment'],
  ])('"%s" stays %s: the money came to the speaker, or paid a debt', (text, kind) => {
    expect(parse(text).movement?.kind).toBe(kind);
  });
});

describe('money owed to the speaker, told of the money given', () => {
  it.each([
    ["Manon s'est acquittée de ce qu'elle me devait, 25 €", '25.00'],
    ['Sam handed over what he owed me, 40', '40.00'],
    // « soldé », as « réglé », gives a debt back to a person.
    ["j'ai soldé ma dette envers Sami, 40 €", '40.00'],
  ])('"%s" is a repayment of %s', (text, amount) => {
    const got = parse(text);
    expect(got.expenses).toEqual([]);
    expect(got.movement).toMatchObject({ kind: 'repayment', amount });
  });

  it.each([
    // Not given yet: the money is kept to look at, never lost.
    ["il ne m'a toujours pas rendu ce qu'il me devait, 50 €", '50.00'],
    ["Sam still hasn't handed over what he owed me, 40", '40.00'],
    // A loan of one's own paid off is spent.
    ["j'ai soldé mon crédit auto, 2 000 €", '2000.00'],
  ])('"%s" stays an expense of %s', (text, amount) => {
    const got = parse(text);
    expect(got.expenses).toMatchObject([{ amount }]);
    expect(got.movement).toBeUndefined();
  });
});

describe('pupils paying the speaker', () => {
  it('"my students paid for the term of piano lessons, 300" is income', () => {
    expect(parse('my students paid for the term of piano lessons, 300').movement).toMatchObject({
      kind: 'income',
      amount: '300.00',
    });
  });

  it('"my sister paid for the dinner, 60" is still her treat, flagged', () => {
    expect(parse('my sister paid for the dinner, 60').expenses).toMatchObject([{ reviewReason: 'not_paid' }]);
  });
});
