import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';

const OPTIONS = { now: new Date('2026-11-24T12:30:00+01:00'), timeZone: 'Europe/Paris', currency: 'EUR' };
const parse = (text: string) => parseExpenseText(text, OPTIONS);

describe('shares, tips, asides and names as people say them', () => {
  it.each([
    // A count said apart from the bill, when the words share it.
    ["resto à trois, 90 € l'addition, on partage", '30.00'],
    // Friends and the speaker.
    ['Split the Airbnb with two friends, 360 euros total', '120.00'],
    ['dinner with 3 friends, 120 euros, we split it', '30.00'],
    // Nothing shared: the whole bill.
    ['dinner with two friends, 90 euros', '90.00'],
    // A tip left on top, said with its verb.
    ["coiffeur 30 €, j'ai laissé 3 € de pourboire", '33.00'],
    ['Dinner 40 euros, left a 5 euro tip', '45.00'],
    // A brand's number is its name.
    ['lunettes chez Optic 2000, 189 €', '189.00'],
    ['Forever 21, 30 euros', '30.00'],
  ])('%s → %s', (text, amount) => {
    expect(parse(text).expenses.map((e) => e.amount)).toEqual([amount]);
  });

  it('keeps the whole amount when the mutuelle « en prend une partie », marked reimbursable', () => {
    const e = parse('orthodontiste pour la petite, 120 €, la mutuelle en prend une partie').expenses[0];
    expect(e).toMatchObject({ amount: '120.00', category: 'health', reimbursable: true });
  });

  it('files what is bought for school under education, and a hotel for a conference under travel', () => {
    expect(parse('le 20/11, livres pour la fac, 46 €').expenses[0]?.category).toBe('education');
    expect(parse("chaussures pour l'école, 40 €").expenses[0]?.category).toBe('education');
    expect(parse('Hotel in Lyon for the conference, 140 euros').expenses[0]?.category).toBe('travel');
  });
});
