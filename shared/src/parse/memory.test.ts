import { describe, expect, it } from 'vitest';
import { learnFromCorrection, MAX_LEARNED, memoryKey, rememberWord } from './memory.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';
import type { LearnedWord } from './types.ts';

const parse = (text: string, memory: readonly LearnedWord[]) =>
  parseExpenseText(text, { ...TEST_OPTS, memory });

describe('memoryKey', () => {
  it.each([
    ['Le Petit Zinc', 'petit zinc'],
    ['chez le petit zinc', 'petit zinc'],
    ['au Petit Zinc', 'petit zinc'],
    ['at The Crown', 'crown'],
    ['Cafés Richard', 'cafe richard'],
    ['Épicerie Œufs', 'epicerie oeuf'],
    ['Resto (part de 86 €)', 'resto'],
    ['  ', ''],
  ])('"%s" → "%s"', (text, key) => {
    expect(memoryKey(text)).toBe(key);
  });
});

describe('learnFromCorrection', () => {
  it.each([
    [
      { description: 'Le Petit Zinc', category: 'other' },
      { category: 'dining' },
      { phrase: 'petit zinc', category: 'dining' },
    ],
    [
      { description: 'Dépense', category: 'other', transcript: 'le petit zinc 30 euros' },
      { description: 'Le Petit Zinc', category: 'dining' },
      { phrase: 'petit zinc', category: 'dining' },
    ],
    [
      { description: 'Zinc', category: 'other', transcript: 'zinc 30 euros' },
      { description: 'Bar le Zinc de la gare', category: 'dining' },
      { phrase: 'zinc', category: 'dining' },
    ],
    [
      { description: 'Pizza (part de 30 €)', category: 'dining' },
      { category: 'groceries' },
      { phrase: 'pizza', category: 'groceries' },
    ],
  ] as const)('%j fixed to %j teaches %j', (before, after, word) => {
    expect(learnFromCorrection(before, after)).toEqual(word);
  });

  it.each([
    [{ description: 'Le Petit Zinc', category: 'dining' }, { description: 'Petit Zinc' }],
    [{ description: 'Le Petit Zinc', category: 'dining' }, { category: 'dining' }],
    [{ description: 'Dépense', category: 'other' }, { category: 'dining' }],
    [{ description: '42', category: 'other' }, { category: 'dining' }],
  ] as const)('%j fixed to %j teaches nothing', (before, after) => {
    expect(learnFromCorrection(before, after)).toBeNull();
  });
});

describe('rememberWord', () => {
  it('lets a later correction of the same words win, and leaves other words alone', () => {
    let memory = rememberWord([], { phrase: 'Librairie Martin', category: 'leisure' });
    memory = rememberWord(memory, { phrase: 'Le Petit Zinc', category: 'other' });
    memory = rememberWord(memory, { phrase: 'chez le petit zinc', category: 'dining' });
    expect(memory).toEqual([
      { phrase: 'librairie martin', category: 'leisure' },
      { phrase: 'petit zinc', category: 'dining' },
    ]);
  });

  it('returns a new array and keeps the newest MAX_LEARNED words', () => {
    const before: LearnedWord[] = Array.from({ length: MAX_LEARNED }, (_, i) => ({
      phrase: `shop ${i}`,
      category: 'shopping',
    }));
    const after = rememberWord(before, { phrase: 'le petit zinc', category: 'dining' });
    expect(before).toHaveLength(MAX_LEARNED);
    expect(after).toHaveLength(MAX_LEARNED);
    expect(after[0]?.phrase).toBe('shop 1');
    expect(after.at(-1)).toEqual({ phrase: 'petit zinc', category: 'dining' });
  });
});

describe('parsing with learned words', () => {
  const memory: LearnedWord[] = [
    { phrase: 'le petit zinc', category: 'dining' },
    { phrase: 'pizza', category: 'groceries' },
  ];

  it.each([
    ['Le Petit Zinc 30 euros', 'dining'],
    ['chez le petit zinc, 12 €', 'dining'],
    ['Petits Zincs 8 euros', 'dining'],
    ['Pizza 9 euros', 'groceries'],
    ['Librairie Martin 20 euros', 'leisure'],
    ['Taxi 12 euros', 'transport'],
  ])('"%s" → %s', (text, category) => {
    const e = parse(text, memory).expenses[0];
    expect(e?.category).toBe(category);
  });

  it('is sure of a learned category', () => {
    expect(parse('Le Petit Zinc 30 euros', memory).expenses[0]?.categorySure).toBe(true);
    expect(parse('Le Petit Zinc 30 euros', []).expenses[0]?.categorySure).toBe(false);
  });

  it('learns from one correction and reads the next note with it, for that place only', () => {
    const word = learnFromCorrection(
      { description: 'Le Petit Zinc', category: 'other' },
      { category: 'dining' },
    );
    const learned = word ? rememberWord([], word) : [];
    expect(parse('Le petit zinc, 14 €', learned).expenses[0]?.category).toBe('dining');
    expect(parse('Librairie Martin, 14 €', learned).expenses[0]?.category).toBe('leisure');
  });
});
