import { englishSpacingFaults, formatPercent, frenchSpacingFaults } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_STRINGS } from './account.ts';
import { ACTION_STRINGS } from './actions.ts';
import { BANK_STRINGS } from './bank.ts';
import { DOORS_STRINGS } from './doors.ts';
import { HOUSEHOLD_STRINGS } from './households.ts';
import { STRINGS } from './index.ts';
import { MONEY_STRINGS, ordinal } from './money.ts';

/** Every text a word list can show: strings, and functions called with a sample argument. */
function texts(words: unknown): string[] {
  if (typeof words === 'string') return [words];
  if (typeof words === 'function') return texts((words as (...a: unknown[]) => unknown)(2, 3));
  if (words && typeof words === 'object') return Object.values(words).flatMap(texts);
  return [];
}

const LISTS = {
  fr: [
    STRINGS.fr,
    ACTION_STRINGS.fr,
    ACCOUNT_STRINGS.fr,
    MONEY_STRINGS.fr,
    DOORS_STRINGS.fr,
    BANK_STRINGS.fr,
    HOUSEHOLD_STRINGS.fr,
  ],
  en: [
    STRINGS.en,
    ACTION_STRINGS.en,
    ACCOUNT_STRINGS.en,
    MONEY_STRINGS.en,
    DOORS_STRINGS.en,
    BANK_STRINGS.en,
    HOUSEHOLD_STRINGS.en,
  ],
};

describe('French that reads French, English that reads English', () => {
  it('puts a no-break space before : ; ! ? and inside « » in every French word', () => {
    const all = LISTS.fr.flatMap(texts);
    expect(all.length).toBeGreaterThan(100);
    expect(all.flatMap(frenchSpacingFaults)).toEqual([]);
    expect(all.filter((t) => /«(?!\u00a0)|(?<!\u00a0)»/.test(t))).toEqual([]);
  });

  it('says no developer word: no command to run, no backtick', () => {
    const all = [...LISTS.fr, ...LISTS.en].flatMap(texts);
    expect(all.filter((t) => /`|\bpnpm\b|\bnpm\b|\bPAIRING\b/.test(t))).toEqual([]);
  });

  it('puts no space before : ; ! ? in English', () => {
    expect(LISTS.en.flatMap(texts).flatMap(englishSpacingFaults)).toEqual([]);
  });

  it('writes the separators the lists and the dialog use in each language', () => {
    expect(`${STRINGS.fr.transcript}${STRINGS.fr.colon}`).toBe('Ce qui a été dit\u00a0:');
    expect(`${STRINGS.en.transcript}${STRINGS.en.colon}`).toBe('What was said:');
    expect(`${STRINGS.fr.quoteOpen}blah${STRINGS.fr.quoteClose}`).toBe('«\u00a0blah\u00a0»');
  });

  it('elides "de" before a vowel in the month’s title', () => {
    expect(STRINGS.fr.monthTitle('octobre 2026')).toBe('Dépenses d’octobre 2026');
    expect(STRINGS.fr.monthTitle('novembre 2026')).toBe('Dépenses de novembre 2026');
  });

  it('names categories as the report and the CSV do', async () => {
    const { CATEGORY_LABELS } = await import('@voicetrack/shared');
    expect(STRINGS.fr.categories).toEqual(CATEGORY_LABELS.fr);
    expect(STRINGS.en.categories).toEqual(CATEGORY_LABELS.en);
  });

  it('says every action word in both languages', () => {
    expect(Object.keys(ACTION_STRINGS.en).sort()).toEqual(Object.keys(ACTION_STRINGS.fr).sort());
  });

  it('writes a percent with a narrow no-break space in French, none in English', () => {
    expect(MONEY_STRINGS.fr.warning(formatPercent(85, 'fr'))).toBe('Attention\u00a0: 85\u202f% du budget');
    expect(MONEY_STRINGS.en.warning(formatPercent(85, 'en'))).toBe('Warning: 85% of budget');
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [30, '30th'],
    [31, '31st'],
  ])('says the %ith day of a month in English as %s', (n, said) => {
    expect(ordinal(n)).toBe(said);
  });
});
