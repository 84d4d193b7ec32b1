/**
 * Pay29, through the whole parser on Tuesday 24 November 2026: a household's employee's pay said
 * with a pay word (« salaire de la nounou », "nanny's wages") is money the speaker spent, not pay
 * received; the speaker's own pay said the same way (a month's, a firm's, a job of one's own, "my"
 * pay, a spouse's) stays income; a benefit by its name ("carer's allowance") comes in, and pay
 * or a pension said paid to a person (« versée à mon ex ») left the speaker.
 */
import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const read = (text: string) => {
  const r = parseExpenseText(text, TEST_OPTS);
  if (r.movement && r.expenses.length === 0) return `${r.movement.kind} ${r.movement.amount}`;
  return r.expenses.map((e) => `spent ${e.amount} ${e.category}`).join(' ');
};

describe("someone else's pay, paid by the speaker", () => {
  it.each([
    // The note's first word, no article: the employee named after « de la », « du », « de l' ».
    ['salaire de la nounou, 400 €', 'spent 400.00 education'],
    ["paie de l'aide à domicile de ma mère, 350 €", 'spent 350.00 housing'],
    ['salaire du jardinier, 180 €', 'spent 180.00 housing'],
    ['salaire nounou, 600 €', 'spent 600.00 education'],
    ['salaire versé à la femme de ménage, 200 €', 'spent 200.00 housing'],
    ['le salaire de ma nounou, 500 €', 'spent 500.00 education'],
    // The employee named before, the pay said « son salaire ».
    ['la femme de ménage, son salaire du mois, 240 €', 'spent 240.00 housing'],
    // "X's" before the pay word, X an employee; "for the" after it.
    ["nanny's wages paid, 300", 'spent 300.00 education'],
    ["the cleaning lady's wages, 60", 'spent 60.00 housing'],
    ["Dad's carer's salary, 900", 'spent 900.00 other'],
    ['wages for the babysitter, 45', 'spent 45.00 education'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // The speaker's own pay: a month, a firm (an employer's word), a job of one's own, "my".
    ['salaire du mois, 2 100 €', 'income 2100.00'],
    ['salaire de la boîte tombé, 1 900 €', 'income 1900.00'],
    ['le salaire de la boîte est tombé, 1 900 €', 'income 1900.00'],
    ["salaire d'aide-soignante tombé, 1 600 €", 'income 1600.00'],
    ["mon salaire d'assistante maternelle, 900 €", 'income 900.00'],
    ['salaire versé ce matin, 2 000 €', 'income 2000.00'],
    ["this month's wages are in, 1,900", 'income 1900.00'],
    ["my wife's wages came in, 1,700", 'income 1700.00'],
    ['le salaire de mon mari est arrivé, 2 000 €', 'income 2000.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe('a benefit by its name against money the speaker paid said the same way', () => {
  it.each([
    // A state's allowance by its name comes in, "paid" or not.
    ["carer's allowance paid today, 81.90", 'income 81.90'],
    ['attendance allowance went in, 72', 'income 72.00'],
    ['the CAF paid my housing allowance, 215 euros', 'income 215.00'],
    // Pay or a pension said « versé à », "paid to" a person left the speaker.
    ['la pension alimentaire versée à mon ex, 250 €', 'spent 250.00 other'],
    ["l'allocation versée à Julie, 100 €", 'spent 100.00 other'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });

  it.each([
    // An allowance the speaker pays, and payments said with "paid", stay spent.
    ["the nanny's allowance paid, 40", 'spent 40.00 education'],
    ["the kids' allowance paid, 15", 'spent 15.00 other'],
    ['the car payment paid today, 200', 'spent 200.00 transport'],
    ['payment to the plumber paid, 120 euros', 'spent 120.00 housing'],
    ['school trip payment paid, 45', 'spent 45.00 education'],
    // One's own pension paid in stays income.
    ['ma pension versée ce matin, 1 200 €', 'income 1200.00'],
  ])('%s stays %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});

describe("a person's share received", () => {
  it.each([
    // Money received said with a third person's share is that share paid back.
    ['encaissé le chèque de Jules pour sa part des courses, 25 €', 'repayment 25.00'],
    ['received 40 for his share of the petrol', 'repayment 40.00'],
    ["j'ai reçu 50 €, sa part des courses", 'repayment 50.00'],
    ["reçu mon salaire, j'ai payé sa part du loyer, 300 €", 'spent 300.00 housing'],
    // The speaker's own share, or pay received with no share, stays income.
    ["j'ai reçu 20 € pour ma part", 'income 20.00'],
    ['salaire reçu, 1 800 €', 'income 1800.00'],
  ])('%s → %s', (text, want) => {
    expect(read(text)).toBe(want);
  });
});
