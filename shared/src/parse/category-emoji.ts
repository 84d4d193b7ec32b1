/**
 * The weakest words of the category tables: everyday things from the emoji annotations
 * (lexicon-emoji.ts: « passoire », « louche », « cerf-volant », "colander", "beanie"). They are added
 * after every other list, and only where the table knows nothing of the phrase in any of its forms,
 * so a hand word, a preset, a brand or a WordNet noun always keeps its own meaning.
 */
import { plural, singularOf } from './phrase-inflections.ts';
import { type PhraseTable, phraseWords } from './phrase-table.ts';
import type { LexiconEntry } from './types.ts';

/** Adds each phrase, its plural and (French) its singular, as a plain thing bought (no place). */
export function addEmojiWords<T>(
  table: PhraseTable<T>,
  entries: readonly LexiconEntry[],
  french: boolean,
  hitOf: (category: LexiconEntry[0], weight: number) => T,
): void {
  const named = (words: readonly string[]) =>
    table.match(
      words.map((norm) => ({ norm })),
      0,
    )?.end === words.length;
  const adds: [string, T][] = [];
  for (const [category, weight, phrases] of entries)
    for (const phrase of phrases.split('|')) {
      const words = phraseWords(phrase);
      const forms = [words, plural(words), french ? singularOf(words) : null];
      // A phrase whose form another list names is that list's: the emoji's word is not added at all.
      if (forms.some((f) => f !== null && named(f))) continue;
      for (const f of forms) if (f) adds.push([f.join(' '), hitOf(category, weight)]);
    }
  for (const [phrase, hit] of adds) table.add(phrase, hit);
}
