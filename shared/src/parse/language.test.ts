import { describe, expect, it } from 'vitest';
import { ONE_LANGUAGE_WORDS } from './categorize.ts';
import { detectLanguage } from './language.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';
import { cleanText, tokenize } from './tokenize.ts';

const language = (text: string, locale?: string) => {
  const clean = cleanText(text);
  return detectLanguage(clean, tokenize(clean), locale, ONE_LANGUAGE_WORDS);
};
const read = (text: string, locale: string) =>
  parseExpenseText(text, { ...TEST_OPTS, locale }).expenses.map((e) => `${e.amount} ${e.description}`);

describe('the language of a note', () => {
  it.each([
    // English said on a phone set to French: the words say it, the locale does not decide.
    ['Pizza, 30 euros, split in two', 'fr-FR', 'en'],
    ['Sushi, 42 euros, half each', 'fr-FR', 'en'],
    ['Coffee 3 euros', 'fr-FR', 'en'],
    ['Gym membership 30 euros on December 3rd', 'fr-FR', 'en'],
    ['about 30 bucks on gas', 'fr-FR', 'en'],
    // French said on a phone set to English.
    ['Resto avec Julie, 64 €, on partage', 'en-GB', 'fr'],
    ['Pizzas, 36 euros, on divise en trois', 'en-GB', 'fr'],
    ['17 euros en liquide', 'en-GB', 'fr'],
    // A note of nouns: a word only one language's lexicon knows.
    ['Pain 3 euros', 'en-GB', 'fr'],
    ['crutches, 35 euros', 'fr-FR', 'en'],
    // Else a word no lexicon knows, spelt as French spells none: "towels", "maker".
    ['tea towels, 12 euros', 'fr-FR', 'en'],
    ['bread maker, 60', 'fr-FR', 'en'],
    ['sac poubelle, 3', 'fr-FR', 'fr'],
    // « eau » is French spelling: « cerceau », « traîneau » unknown lean nowhere; "beanie" still English.
    ['cerceau, 8', 'fr-FR', 'fr'],
    ['traineau, 60', 'fr-FR', 'fr'],
    ['beanie, 12', 'fr-FR', 'en'],
    // A nationality's English ending (-ian, -ish) leans English; French says « italien », « anglais ».
    ['Italian course, 200 euros', 'fr-FR', 'en'],
    ['Spanish lessons, 120', 'fr-FR', 'en'],
    ['cours d’italien, 200 euros', 'fr-FR', 'fr'],
  ])('"%s" on a %s phone is %s', (text, locale, lang) => {
    expect(language(text, locale)).toBe(lang);
  });

  it.each([
    ['taxi 12', 'fr'],
    ['taxi 12', 'en'],
    ['Parking 5 euros', 'fr'],
    ['Parking 5 euros', 'en'],
    // Known to both lexicons, its spelling says nothing.
    ['kebab 8', 'fr'],
  ])('"%s" has no language of its own: the %s locale decides', (text, lang) => {
    expect(language(text, lang)).toBe(lang);
  });

  it('goes to French when neither the words nor a locale say', () => {
    expect(language('taxi 12')).toBe('fr');
  });
});

describe('the words the parser adds, in the note’s own language', () => {
  it.each([
    ['Taxi, 24 euros, split three ways', 'fr-FR', '8.00 Taxi (share of €24)'],
    ['Sushi, 42 euros, half each', 'fr-FR', '21.00 Sushi (share of €42)'],
    ['Resto avec Julie, 64 €, on partage', 'en-GB', '32.00 Resto avec Julie (part de 64 €)'],
    ['40 euros', 'fr-FR', '40.00 Dépense'],
    ['40 euros', 'en-GB', '40.00 Expense'],
  ])('"%s" on a %s phone reads %s', (text, locale, reading) => {
    expect(read(text, locale)).toEqual([reading]);
  });
});

describe('a note of nouns read in the language its spelling leans to', () => {
  const category = (text: string) => parseExpenseText(text, TEST_OPTS).expenses.map((e) => e.category);
  it.each([
    ['tea towels, 12 euros', 'shopping'],
    ['bread maker, 60', 'shopping'],
    // The bus companies are brands: "Stagecoach", "Arriva", "Megabus" (lexicon-brands.ts).
    ['weekly Stagecoach ticket, 20', 'transport'],
    ['kebab 8', 'dining'],
    // « course » is a ride in French: "Italian course" said in English is a class.
    ['Italian course, 200 euros', 'education'],
  ])('%s → %s', (text, want) => expect(category(text)).toEqual([want]));
});
