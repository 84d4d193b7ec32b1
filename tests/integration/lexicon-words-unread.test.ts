/**
 * The preset, WordNet and emoji phrases `pnpm lexicon` leaves out because the parser's tables hold
 * the same without them (tools/lexicon/words-unread.ts), and those it keeps.
 */
import { describe, expect, it } from 'vitest';

type Row = readonly [string, number, string];
interface Lists {
  brands: readonly [readonly Row[], readonly Row[]];
  presets: Record<'fr' | 'en', readonly Row[]>;
  emoji: Record<'fr' | 'en', readonly Row[]>;
  wordnet: readonly Row[];
}
type Unread = Record<'fr' | 'en' | 'wordnet' | 'emojiFr' | 'emojiEn', Set<string>>;
// tools/lexicon is no project the tests build against: its code is loaded as the build runs it.
const { wordsUnread } = (await import(
  new URL('../../tools/lexicon/words-unread.ts', import.meta.url).href
)) as {
  wordsUnread: (lists: Lists) => Unread;
};

const unread = wordsUnread({
  brands: [[], []],
  presets: {
    // « place de parking »: its words read it alike, but the description is the keyword's span.
    fr: [
      ['transport', 2, 'place de parking'],
      ['groceries', 2, 'zorgloub'],
    ],
    // "zorgly bar": WordNet names it after the presets (and its plural, its closed form).
    en: [
      ['dining', 2, 'zorgly bar'],
      ['leisure', 2, 'plonkety court'],
    ],
  },
  // An emoji's word is added only where no list names it: « zorgloub » is the preset's.
  emoji: { fr: [['groceries', 0.5, 'zorgloub|frobnicette']], en: [] },
  wordnet: [['dining', 2, 'zorgly bar']],
});

describe('the open words the tables hold alike without them', () => {
  it.each([
    ['en', 'zorgly bar', 'a preset WordNet names after it, with every form'],
    ['emojiFr', 'zorgloub', 'an emoji word a preset names'],
  ] as const)('leaves out %s « %s » (%s)', (list, phrase, _why) => {
    expect(unread[list].has(phrase)).toBe(true);
  });

  it.each([
    ['wordnet', 'zorgly bar', 'the last to name it: the table holds its meaning'],
    ['fr', 'place de parking', 'its words read it alike, over a shorter span'],
    ['fr', 'zorgloub', 'the one list that names it'],
    ['en', 'plonkety court', 'the one list that names it'],
    ['emojiFr', 'frobnicette', 'the one list that names it'],
  ] as const)('keeps %s « %s » (%s)', (list, phrase, _why) => {
    expect(unread[list].has(phrase)).toBe(false);
  });
});
