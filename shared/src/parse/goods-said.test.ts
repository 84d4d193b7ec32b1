import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe('a French thing said with « un », « une », « des » that no table knows is goods', () => {
  it.each([
    ['une yaourtière, 30 €', 'shopping'],
    ['des espadrilles, 25 €', 'shopping'],
    ['une sacoche, 30 €', 'shopping'],
  ])('"%s" is %s, and unsure', (text, category) => {
    expect(first(text)).toMatchObject({ category, categorySure: false });
  });

  it.each([
    // A service said by its act, a fine, a vague word, a service said with « le », English.
    ['une réparation, 45 €', 'other'],
    ['un nettoyage, 45 €', 'other'],
    ['une amende, 135 €', 'other'],
    ['un truc, 14 €', 'other'],
    ['le parallélisme, 60 €', 'other'],
    ['a gizmo, 10 euros', 'other'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});
