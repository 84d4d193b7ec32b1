import { describe, expect, it } from 'vitest';
import { addEmojiWords } from './category-emoji.ts';
import type { Hit } from './category-tables.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { PhraseTable } from './phrase-table.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];
const hit = (category: Hit['category'], weight: number): Hit => ({ category, weight, place: false });

describe('everyday things from the emoji annotations (lexicon-emoji.ts)', () => {
  it.each([
    ['une théière en terre cuite, 32 €', 'housing'],
    ['un cerf-volant pour la plage, 18 €', 'leisure'],
    ['une paire de béquilles, 40 €', 'health'],
    ["un accordéon d'occasion, 380 €", 'leisure'],
    ['une ventouse pour l’évier, 7 €', 'housing'],
    ['a mouse trap, 6 euros', 'housing'],
    ['a couple of kiwi fruit and a watermelon, 7 euros', 'groceries'],
    ['a pair of ice skates, 70 euros', 'leisure'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // « baguettes » are chopsticks to the emoji, bread to the hand lexicon: the bread.
    ['deux baguettes, 2,40 €', 'groceries'],
    // « avocat » is the lawyer of a hand phrase too: the emoji's avocado is left out.
    ["l'avocat pour le divorce, 900 €", 'other'],
  ])('leaves « %s » to the word another list gives (%s)', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it('reads a son as no thread, and « réglé » as no ruler', () => {
    expect(parseExpenseText("j'ai viré 200 € à mon fils", TEST_OPTS).expenses).toEqual([]);
    expect(first("j'ai réglé le plombier, 90 €")?.category).toBe('housing');
  });

  it.each([
    ['une tasse au salon de thé, 4 €', 'dining'],
    ['a teacup and a slice of cake at the cafe, 6 euros', 'dining'],
  ])('keeps the place that decides in « %s » (%s)', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it('adds a phrase only where the table names none of its forms, under the weakest weight', () => {
    const table = new PhraseTable<Hit>();
    table.add('baguette', hit('groceries', 2));
    table.add('papier peint', hit('housing', 2));
    addEmojiWords(
      table,
      [
        ['housing', 0.5, 'baguettes|tasse'],
        ['leisure', 0.5, 'cerf volant'],
      ],
      true,
      hit,
    );
    const at = (phrase: string) =>
      table.match(
        phrase.split(' ').map((norm) => ({ norm })),
        0,
      )?.value;
    expect(at('baguettes')).toBeUndefined();
    expect(at('baguette')).toEqual(hit('groceries', 2));
    expect(at('tasse')).toEqual(hit('housing', 0.5));
    expect(at('tasses')).toEqual(hit('housing', 0.5));
    expect(at('cerf volants')).toEqual(hit('leisure', 0.5));
    expect(at('papier peint')).toEqual(hit('housing', 2));
  });
});
