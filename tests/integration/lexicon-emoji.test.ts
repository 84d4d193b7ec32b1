/**
 * The reviewed table from emoji subgroups to categories (tools/lexicon/emoji-categories.ts) and the
 * words `pnpm lexicon` kept from it (shared/src/parse/lexicon-emoji.ts).
 */
import { describe, expect, it } from 'vitest';

type Rows = readonly (readonly [string, number, string])[];
// The generated words and the hand lexicons, read as the parser's tables read them (the package
// exports no data file).
const { EMOJI_EN, EMOJI_FR } = (await import(
  new URL('../../shared/src/parse/lexicon-emoji.ts', import.meta.url).href
)) as { EMOJI_EN: Rows; EMOJI_FR: Rows };
const { EN_HAND, FR_HAND } = (await import(
  new URL('../../shared/src/parse/hand-lexicons.ts', import.meta.url).href
)) as { EN_HAND: Rows; FR_HAND: Rows };

// tools/lexicon is no project the tests build against: its table is loaded as the build runs it.
const { emojiCategory, EMOJI_WORDS_LEFT_OUT } = (await import(
  new URL('../../tools/lexicon/emoji-categories.ts', import.meta.url).href
)) as {
  emojiCategory: (label: string, subgroup: string | undefined) => string | null;
  EMOJI_WORDS_LEFT_OUT: ReadonlySet<string>;
};

const words = (rows: Rows) =>
  new Map(rows.flatMap(([category, , phrases]) => phrases.split('|').map((p) => [p, category] as const)));

describe('the emoji table', () => {
  it.each([
    ['watermelon', 'food-fruit', 'groceries'],
    ['bread', 'food-prepared', 'groceries'],
    ['pizza', 'food-prepared', 'dining'],
    ['ramen', 'food-asian', 'dining'],
    ['teapot', 'drink', 'housing'],
    ['hot beverage', 'drink', null],
    ['kitchen knife', 'dishware', 'housing'],
    ['kite', 'game', 'leisure'],
    ['spade suit', 'game', null],
    ['necktie', 'clothing', 'shopping'],
    ['glasses', 'clothing', null],
    ['hammer', 'tool', 'shopping'],
    ['dagger', 'tool', null],
    ['pill', 'medical', 'health'],
    ['broom', 'household', 'housing'],
    ['door', 'household', null],
    ['shrimp', 'animal-marine', 'groceries'],
    ['dolphin', 'animal-marine', null],
    ['one o’clock', 'time', null],
    ['grinning face', 'face-smiling', null],
    ['flag: France', 'country-flag', null],
  ])('maps %s (%s) to %s', (label, subgroup, category) => {
    expect(emojiCategory(label, subgroup)).toBe(category);
  });
});

describe('the emoji words kept', () => {
  it('keeps the everyday things no other list names', () => {
    const fr = words(EMOJI_FR);
    expect(fr.get('theiere')).toBe('housing');
    expect(fr.get('cerf volant')).toBe('leisure');
    expect(words(EMOJI_EN).get('broom')).toBe('housing');
  });

  it('keeps no word left out, and no phrase a hand lexicon of the same language names', () => {
    const hand = (rows: Rows) => new Set(rows.flatMap(([, , p]) => p.split('|')));
    for (const [rows, own] of [
      [EMOJI_FR, hand(FR_HAND)],
      [EMOJI_EN, hand(EN_HAND)],
    ] as const)
      for (const phrase of words(rows).keys()) {
        expect(EMOJI_WORDS_LEFT_OUT.has(phrase), phrase).toBe(false);
        expect(own.has(phrase), phrase).toBe(false);
      }
  });

  it('weighs every word below the vague words (1)', () => {
    for (const [, weight] of [...EMOJI_FR, ...EMOJI_EN]) expect(weight).toBeLessThan(1);
  });
});
