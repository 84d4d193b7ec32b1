import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const categoryOf = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0]?.category;

describe('a chain named without its apostrophe', () => {
  it.each([
    ['Supermacs on the way home, 11 euros', 'dining'],
    ['Applebees with the kids, 48 euros', 'dining'],
    ['a drill at Lowes, 50 euros', 'housing'],
    ['Macys, 90 euros', 'shopping'],
  ])('"%s" is %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it('counts only written with a capital', () => {
    expect(categoryOf('lowes and highs, 5 euros')).not.toBe('housing');
  });
});
