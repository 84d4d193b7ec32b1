import { describe, expect, it } from 'vitest';
import { DOUBTED_CONFIDENCE, type ExpenseSignals, PARSER_CONFIDENT, scoreConfidence } from './confidence.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { readLocally, settleLocally } from './settle-locally.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const confidence = (text: string) => parseExpenseText(text, TEST_OPTS).confidence;

const plainExpense: ExpenseSignals = {
  bare: false,
  impliedCents: false,
  ambiguousCurrency: false,
  categoryWeight: 2,
  multiplied: false,
  each: false,
  weakDate: false,
  wordy: false,
  guessedShare: false,
};
const plainSentence = {
  hedge: false,
  filler: false,
  corrected: false,
  leftovers: 0,
  droppedClauses: 0,
  expenses: 1,
};

describe('doubts that make a plain-looking reading unsure', () => {
  it.each([
    // A bare number right after the money, read as a count of what follows.
    ['parking 4 euros 30 avenue Foch'],
    ['abonnement 12 dollars 99 canadiens'],
    // A category the parser is unsure of, and what was bought is words no lexicon knows.
    ['des patins et une crosse au club 45 euros'],
    ['bought some freekeh flakes and tahini at the Eymet shop 14 euros'],
    // Dollars said in French with no place to say whose: Québec's are Canadian.
    ['le taxi 22 dollars'],
    ['ma passe de bus 60 dollars'],
    // An amount worked out of another by a percentage or a fraction.
    ['le manteau 120 euros moins 25 %'],
    ['les chaussures 90 euros avec 10 pour cent de remise'],
    ['shoes 90 euros with 10 percent off'],
    ["j'ai payé le quart des 60 euros de courses"],
    ['groceries 90 euros, I paid a third'],
    // Several expenses read from one sentence.
    ['pizza 13 € et une bière à 5'],
    ['le pain 1,30 € et le journal 2,50 €'],
  ])('%s is below PARSER_CONFIDENT', (text) => {
    expect(confidence(text)).toBeLessThan(PARSER_CONFIDENT);
  });

  it.each([
    ['taxi 15 euros'],
    ['deux baguettes 3 euros au boulanger'],
    ['le coiffeur 25 euros rue Victor Hugo'],
    ['bought 2 pounds of apples 3 euros'],
    ['20 dollars de taxi à New York'],
    ['30 dollars le taxi à Montréal'],
    ['a taxi ride 20 dollars'],
    ['le manteau 120 euros'],
    ['pharmacie 12 euros avec le tiers payant'],
  ])('%s stays sure', (text) => {
    expect(confidence(text)).toBeGreaterThanOrEqual(PARSER_CONFIDENT);
  });

  it('caps a doubted score at DOUBTED_CONFIDENCE and never lowers one already below it', () => {
    const unsureCategory = { ...plainExpense, categorySure: false, unknownWords: 2 };
    expect(scoreConfidence(plainSentence, [plainExpense])).toBe(0.95);
    expect(scoreConfidence(plainSentence, [unsureCategory])).toBe(DOUBTED_CONFIDENCE);
    expect(scoreConfidence({ ...plainSentence, countAfterMoney: true }, [plainExpense])).toBe(
      DOUBTED_CONFIDENCE,
    );
    expect(scoreConfidence(plainSentence, [{ ...plainExpense, unplacedDollar: true }])).toBe(
      DOUBTED_CONFIDENCE,
    );
    expect(scoreConfidence({ ...plainSentence, hedge: true }, [unsureCategory])).toBe(0.65);
    // One unknown word that is not the first, or a sure category, is no doubt.
    expect(scoreConfidence(plainSentence, [{ ...unsureCategory, unknownWords: 1 }])).toBe(0.95);
    expect(
      scoreConfidence(plainSentence, [{ ...unsureCategory, categorySure: true, unknownFirst: true }]),
    ).toBe(0.95);
  });

  it('sends a doubted reading to the model, and saves it as read when there is none', () => {
    const text = 'parking 4 euros 30 avenue Foch';
    const local = readLocally(text, TEST_OPTS);
    expect(settleLocally(text, local, true)).toBeNull();
    expect(settleLocally(text, local, false)?.outcome).toBe('saved');
  });
});
