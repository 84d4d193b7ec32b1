import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe("a French sport named by iD's sport field is leisure, and so is its gear", () => {
  it.each([
    ["des chaussons d'escalade, 80 €", 'leisure'],
    ['une raquette de badminton, 25 €', 'leisure'],
    ['des palmes de plongée, 30 €', 'leisure'],
    ['un filet de padel, 40 €', 'leisure'],
    ['des fléchettes, 12 €', 'leisure'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // Labels left out: « Boules » (of ice cream), « Pelote » (of wool).
    ['deux boules de glace, 5 €', 'dining'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});
