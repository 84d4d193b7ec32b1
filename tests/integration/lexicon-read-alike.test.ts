/**
 * The open brands `pnpm lexicon` leaves out because the parser reads them alike by their own words
 * (tools/lexicon/read-alike.ts), and those it keeps although their words would say the same.
 */
import { describe, expect, it } from 'vitest';

type Words = ReadonlyMap<string, { category: string | null; weight: number }>;
// tools/lexicon is no project the tests build against: its code is loaded as the build runs it.
const { brandsReadAlike } = (await import(
  new URL('../../tools/lexicon/read-alike.ts', import.meta.url).href
)) as {
  brandsReadAlike: (
    lists: {
      brands: readonly [Words, Words];
      presets: Record<'fr' | 'en', Words>;
      emoji: Record<'fr' | 'en', ReadonlyMap<string, string>>;
      nouns: ReadonlyMap<string, string>;
      ailments: ReadonlyMap<string, string>;
    },
    weights: { emoji: number; ailments: number },
    givenNames: ReadonlySet<string>,
    kept: ReadonlySet<string>,
  ) => Set<string>;
};

const brand = (category: string) => ({ category, weight: 3 });
const plain: Words = new Map([
  ['delhaize', brand('groceries')],
  ['ad delhaize', brand('groceries')],
  ['anytime fitness', brand('leisure')],
  ['virgin hotel', brand('travel')],
  ['pizza 73', brand('dining')],
  ['marie pizza', brand('dining')],
  ['kept pharmacy', brand('health')],
  ['tesco extra', brand('shopping')],
  ['zorgly ranch', brand('leisure')],
]);
const capitalised: Words = new Map([['dune shoes', brand('shopping')]]);
const empty = new Map();
const alike = brandsReadAlike(
  {
    brands: [plain, capitalised],
    presets: { fr: empty, en: empty },
    emoji: { fr: empty, en: empty },
    // A WordNet noun written with a capital, as a brand is, reads as a name: no cover.
    nouns: new Map([['ranch', 'leisure']]),
    ailments: empty,
  },
  { emoji: 0.5, ailments: 1.5 },
  new Set(['marie']),
  new Set(['kept pharmacy']),
);

describe('the open brands read alike by their own words', () => {
  it.each([
    ['ad delhaize', 'another brand of its kind inside it'],
    ['anytime fitness', 'a hand word of its category'],
    ['virgin hotel', 'a hand word of its category, last'],
    ['dune shoes', 'a brand counted only with a capital, by a hand word'],
  ])('leaves out « %s » (%s)', (name) => {
    expect(alike.has(name)).toBe(true);
  });

  it.each([
    ['delhaize', 'one word: nothing inside it reads'],
    ['pizza 73', 'its number is part of its name (brand-names.ts)'],
    ['marie pizza', 'it opens on a given name (person-or-body.ts)'],
    ['kept pharmacy', 'the build keeps it by name'],
    ['tesco extra', 'its words name another category'],
    ['zorgly ranch', 'its only cover is a WordNet noun'],
  ])('keeps « %s » (%s)', (name) => {
    expect(alike.has(name)).toBe(false);
  });
});
