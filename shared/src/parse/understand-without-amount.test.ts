import { describe, expect, it } from 'vitest';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';
import { understandWithoutAmount } from './understand-without-amount.ts';

const options = (locale?: string) => ({ ...TEST_OPTS, ...(locale ? { locale } : {}) });
const understand = (text: string, locale?: string) => understandWithoutAmount(text, options(locale));

describe('understandWithoutAmount', () => {
  it.each([
    ['taxi hier', 'transport', 'Taxi', '2026-11-23'],
    ['resto avec Paul ce midi', 'dining', 'Resto avec Paul', '2026-11-24'],
    ['pharmacie lundi', 'health', 'Pharmacie', '2026-11-23'],
    ['deux cafés au bar', 'dining', 'Deux cafés au bar', '2026-11-24'],
    ['taxi yesterday', 'transport', 'Taxi', '2026-11-23'],
    ['groceries at Lidl', 'groceries', 'Groceries at Lidl', '2026-11-24'],
  ])('reads "%s" as %s, "%s", on %s', (text, category, description, date) => {
    expect(understand(text)).toEqual({ category, description, date });
  });

  it.each([
    'blah blah',
    'rappelle-moi d’appeler maman',
    'remind me to call mum',
    'taxi demain',
    'combien j’ai dépensé en taxi ?',
    'on m’a remboursé le taxi',
    '',
    '   ',
  ])('finds no purchase to complete in "%s"', (text) => {
    expect(understand(text)).toBeNull();
  });

  it('leaves words with an amount to parseExpenseText, which reads them', () => {
    expect(understand('taxi 20 €')).toBeNull();
    expect(parseExpenseText('taxi 20 €', options()).expenses).toHaveLength(1);
  });

  it('uses what the person taught it before the lexicon', () => {
    const memory = [{ phrase: 'chez Marcel', category: 'dining' as const }];
    expect(understandWithoutAmount('courses chez Marcel', { ...options(), memory })?.category).toBe('dining');
    expect(understand('courses chez Marcel')?.category).toBe('groceries');
  });

  it('writes the day in the speaker’s zone, not UTC’s', () => {
    // 00:30 in Paris on the 25th is still the 24th in UTC.
    const late = { ...options(), now: new Date('2026-11-25T00:30:00+01:00') };
    expect(understandWithoutAmount('taxi', late)?.date).toBe('2026-11-25');
  });
});
