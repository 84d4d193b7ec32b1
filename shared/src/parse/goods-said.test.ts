import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe('a French thing said with « un », « une », « des » that no table knows is goods', () => {
  it.each([
    ['une yaourtière, 30 €', 'shopping'],
    ['des espadrilles, 25 €', 'shopping'],
    ['une sacoche, 30 €', 'shopping'],
    // Past a hesitation or a buying verb said first.
    ['euh une sacoche, 30 €', 'shopping'],
    ["bon alors j'ai pris des espadrilles, 25 €", 'shopping'],
    ['j’ai acheté une yaourtière, 30 €', 'shopping'],
    ['je me suis offert une sacoche, 30 €', 'shopping'],
    ['on a aussi commandé des espadrilles, 25 €', 'shopping'],
  ])('"%s" is %s, and unsure', (text, category) => {
    expect(first(text)).toMatchObject({ category, categorySure: false });
  });

  it.each([
    // A service said by its act, a fine, a vague word (in English too), a service said with « le ».
    ['une réparation, 45 €', 'other'],
    ['un nettoyage, 45 €', 'other'],
    ['une amende, 135 €', 'other'],
    ['un truc, 14 €', 'other'],
    ['le parallélisme, 60 €', 'other'],
    ['a gizmo, 10 euros', 'other'],
    // The same past a lead-in; and what is paid may be a person or a service.
    ['euh une réparation, 45 €', 'other'],
    ["j'ai pris une amende, 135 €", 'other'],
    ["j'ai payé un truc, 14 €", 'other'],
    ["j'ai payé un gugusse, 20 €", 'other'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});
