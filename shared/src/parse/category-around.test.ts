import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const category = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0]?.category;

describe('a thing for the car « la » names by its number (category-around.ts)', () => {
  it.each([
    ["de l'huile pour la 308, 30 €"],
    ['des ampoules pour la 208, 18 €'],
    ['des ampoules de phare pour la 208, 18 €'],
  ])('reads « %s » as the car’s', (text) => {
    expect(category(text)).toBe('transport');
  });

  it.each([
    // A line's or a room's number of one or two figures, a room said, and a thing named strongly stay.
    ['le ménage pour la 12, 30 €', 'housing'],
    ['un lit pour la chambre 208, 200 €', 'housing'],
    ["de l'huile pour la friteuse, 9 €", 'groceries'],
    ['un ticket pour la 14, 2 €', 'transport'],
  ])('leaves « %s » to its words (%s)', (text, expected) => {
    expect(category(text)).toBe(expected);
  });
});
