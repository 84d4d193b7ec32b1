import { describe, expect, it } from 'vitest';
import { isGivenName } from './given-names.ts';
import { GIVEN_NAMES } from './lexicon-given-names.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const kind = (text: string) => parseExpenseText(text, TEST_OPTS).movement?.kind;

describe('a given name and a surname', () => {
  it.each([
    ["Marie Dupont m'a remboursé 20 €", 'repayment'],
    ["Karim Benali m'a remboursé 15 €", 'repayment'],
    ["Jean Moreau m'a remboursé 30 €", 'repayment'],
    ['Sarah Johnson refunded me 40 euros', 'repayment'],
    ['Oliver Smith refunded me 25 pounds', 'repayment'],
    // A company, a shop or a brand whose first word is a first name too stays a refund.
    ["Free m'a remboursé 10 €", 'refund'],
    ["Leroy Merlin m'a remboursé 35 €", 'refund'],
    ["Yves Rocher m'a remboursé 12 €", 'refund'],
    ["Brico Dépôt m'a remboursé 18 €", 'refund'],
    ['Amazon refunded me 25 euros', 'refund'],
    ['John Lewis refunded me 60 pounds', 'refund'],
    // Two capitalised words joined: a company's name, unless both are given names.
    ["Nature et Découvertes m'a remboursé 20 €", 'refund'],
    ['Crabtree and Evelyn refunded me 18 pounds', 'refund'],
    ["Marie et Paul m'ont remboursé 40 €", 'repayment'],
    ['Tom and Lucy paid me back 30 euros', 'repayment'],
  ])('"%s" is a %s', (text, movement) => {
    expect(kind(text)).toBe(movement);
  });

  it('are read from a list of French and English given names, and only such names', () => {
    expect(GIVEN_NAMES.split('|').length).toBeGreaterThan(3000);
    for (const name of ['marie', 'karim', 'sarah', 'oliver', 'chloe']) expect(isGivenName(name)).toBe(true);
    for (const word of ['leroy merlin', 'amazon', 'free', 'refund', 'Marie'])
      expect(isGivenName(word)).toBe(false);
  });
});
