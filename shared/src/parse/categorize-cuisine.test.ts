import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const parse = (text: string) => parseExpenseText(text, TEST_OPTS);
const categoryOf = (text: string) => parse(text).expenses[0]?.category;

describe("the restaurant said by its cooking, from iD's cuisine labels", () => {
  it.each([
    ['des brochettes au japonais, 18 €', 'dining'],
    ['un bibimbap au coréen, 16 €', 'dining'],
    ["des raviolis à l'italien, 14 €", 'dining'],
    ['une assiette au péruvien, 19 €', 'dining'],
  ])('« %s » is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it.each([
    // The language, and the home country's cooking, name no restaurant.
    ['un cours de japonais, 20 €', 'education'],
  ])('« %s » stays %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});
