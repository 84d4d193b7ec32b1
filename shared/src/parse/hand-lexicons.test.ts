import { describe, expect, it } from 'vitest';
import { EN_HAND, FR_HAND } from './hand-lexicons.ts';
import { BRANDS } from './lexicon-brands.ts';
import type { LexiconEntry } from './types.ts';

/** The phrases a language's lists name a second time with the same category and weight. */
function listedTwice(entries: readonly LexiconEntry[]): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const [category, weight, phrases] of entries)
    for (const phrase of phrases.split('|')) {
      const key = `${phrase} (${category}, ${weight})`;
      if (seen.has(key)) twice.push(key);
      seen.add(key);
    }
  return twice;
}

describe('the hand lexicons', () => {
  // A second listing changes nothing in the tables (the later one rewrites the same meaning) and
  // costs its bytes in the chunk a phone fetches to read a note offline.
  it.each([
    ['French', FR_HAND],
    ['English', EN_HAND],
    ['brand', BRANDS],
  ])('list each %s phrase once per category and weight', (_, entries) => {
    expect(listedTwice(entries)).toEqual([]);
  });
});
