import { describe, expect, it } from 'vitest';
import type { Category } from '../categories.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { readLocally, settleLocally } from './settle-locally.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

/** A doubt that records what it was asked and answers `answer`. */
function recorder(answer: boolean) {
  const asked: [string, string, Category][] = [];
  const doubtCategory = (words: string, keyword: string, category: Category) => {
    asked.push([words, keyword, category]);
    return answer;
  };
  return { asked, doubtCategory };
}

describe('a doubt of the lexicon category (ParseOptions.doubtCategory)', () => {
  it('is asked with the expense’s own words, the keyword and its category, once per clear keyword', () => {
    const { asked, doubtCategory } = recorder(false);
    parseExpenseText('deux pizzas chez Picard 12 €, et un ticket de métro 2 €', {
      ...TEST_OPTS,
      doubtCategory,
    });
    // The pizzas at Picard are contested (dining against groceries): no clear keyword to doubt.
    expect(asked).toEqual([['un ticket de métro', 'ticket de métro', 'transport']]);
  });

  it('makes a clear keyword’s category unsure and leaves the amount, date, category and confidence', () => {
    const text = 'Nail Bar 35 euros hier';
    const plain = parseExpenseText(text, TEST_OPTS);
    const doubted = parseExpenseText(text, { ...TEST_OPTS, ...recorder(true) });
    expect(plain.expenses[0]?.categorySure).toBe(true);
    expect(doubted.expenses[0]?.categorySure).toBe(false);
    expect({ ...doubted, expenses: doubted.expenses.map(({ categorySure, ...e }) => e) }).toEqual({
      ...plain,
      expenses: plain.expenses.map(({ categorySure, ...e }) => e),
    });
    expect(doubted.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('is never asked of a learned word nor of a vague one', () => {
    const { asked, doubtCategory } = recorder(true);
    const memory = [{ phrase: 'nail bar', category: 'health' as const }];
    const learned = parseExpenseText('Nail Bar 35 euros', { ...TEST_OPTS, memory, doubtCategory });
    expect(learned.expenses[0]).toMatchObject({ category: 'health', categorySure: true });
    parseExpenseText('facture 40 €', { ...TEST_OPTS, doubtCategory });
    expect(asked).toEqual([]);
  });

  it('sends a sure reading to the model for its category only when there is a model to ask', () => {
    const local = readLocally('Nail Bar 35 euros', { ...TEST_OPTS, ...recorder(true) });
    expect(settleLocally('Nail Bar 35 euros', local, true)).toBeNull();
    expect(settleLocally('Nail Bar 35 euros', local, false)?.expenses).toMatchObject([
      { amount: '35.00', category: 'shopping', status: 'saved' },
    ]);
  });
});
