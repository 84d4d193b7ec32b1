import { describe, expect, it } from 'vitest';
import { categoryFeatures, categoryGuesser, guessCategory, readCategoryModel } from './category-model.ts';
import { trainCategoryModel } from './category-model-train.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const NOTES = [
  { text: 'pédicure 40 €', category: 'health' },
  { text: 'chez la pédicure', category: 'health' },
  { text: 'podologue', category: 'health' },
  // A word no lexicon knows (« perceuse » is read now, as the feminine of « perceur »).
  { text: 'une défonceuse', category: 'shopping' },
  { text: 'défonceuse sans fil', category: 'shopping' },
  { text: 'timbres à la poste', category: 'other' },
  { text: 'la poste', category: 'other' },
] as const;

describe('the learned category model', () => {
  it('reads words with accents folded, elisions split, plurals folded, and no amounts or small words', () => {
    const f = categoryFeatures("Pédicures à l'Institut, 40 € hier");
    expect(f).toContain('pedicure');
    expect(f).toContain('institut');
    expect(f).toContain('#<ped');
    expect(f).toContain('#ure>');
    expect(f.some((x) => /\d|euro|hier|^a$|^l$/.test(x))).toBe(false);
  });

  it('writes the same table whatever the order of its notes, leaving out features seen once', () => {
    const table = trainCategoryModel(NOTES);
    expect(trainCategoryModel([...NOTES].reverse())).toBe(table);
    expect(table).toContain('pedicure=5:2');
    expect(table).not.toContain('podologue=');
    expect(table.split(' ')[0]).toBe('0,0,0,0,0,3,2,0,0,0,0,2');
  });

  it('guesses a category from words it learned, in another form, and nothing from words it never saw', () => {
    const model = readCategoryModel(trainCategoryModel(NOTES));
    expect(guessCategory(model, 'les pédicures')?.category).toBe('health');
    expect(guessCategory(model, 'Défonceuses')?.category).toBe('shopping');
    expect(guessCategory(model, 'kettle')).toBeNull();
  });

  it('is the parser’s fallback only when given and when no lexicon word names a category', () => {
    const guess = categoryGuesser(readCategoryModel(trainCategoryModel(NOTES)));
    expect(parseExpenseText('défonceuse 79 €', TEST_OPTS).expenses[0]?.category).toBe('other');
    const guessed = parseExpenseText('défonceuse 79 €', { ...TEST_OPTS, guessCategory: guess }).expenses[0];
    expect(guessed?.category).toBe('shopping');
    expect(guessed?.categorySure).toBe(false);
    // A word of the lexicon decides before the model is asked.
    expect(
      parseExpenseText('défonceuse au resto 79 €', { ...TEST_OPTS, guessCategory: guess }).expenses[0]
        ?.category,
    ).toBe('dining');
  });
});
