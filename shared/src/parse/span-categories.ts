import { type CategoryMatch, findCategory, findLearned } from './categorize.ts';
import { memoryTable, singular } from './memory.ts';
import type { Token } from './tokenize.ts';
import type { Lang, LearnedWord } from './types.ts';

/** What the words of a span name, asked by the readers of one parse. */
export interface SpanCategories {
  /** The category tokens[from, to) name: a word the person taught first, then the lexicons. */
  keywordIn(from: number, to: number): CategoryMatch | null;
  /** Whether tokens[i] alone names a category in the lexicons. */
  isKeyword(i: number): boolean;
  /** Forgets every answer: the roles isWord reads have changed. */
  forget(): void;
}

/**
 * The readers of a parse ask again and again for the same spans' category (each token, each
 * segment, the whole note): each span is read once, where asking again took a seventh of a parse's
 * CPU. The answers hold while the roles isWord reads stay as they were (see forget).
 */
export function spanCategories(
  tokens: readonly Token[],
  lang: Lang,
  isWord: (i: number) => boolean,
  memory: readonly LearnedWord[] | undefined,
): SpanCategories {
  const learned = memory?.length ? memoryTable(memory) : null;
  const learnedWords = learned ? tokens.map((t) => ({ norm: singular(t.norm) })) : [];
  const spans = new Map<number, CategoryMatch | null>();
  const words = new Map<number, boolean>();
  return {
    keywordIn(from, to) {
      const key = from * 65_536 + to; // a parsed text of at most 2,000 characters has fewer tokens
      let found = spans.get(key);
      if (found === undefined) {
        found =
          (learned && findLearned(learnedWords, from, to, learned)) ||
          findCategory(tokens, from, to, lang, isWord);
        spans.set(key, found);
      }
      return found;
    },
    isKeyword(i) {
      let known = words.get(i);
      if (known === undefined) {
        known = findCategory(tokens, i, i + 1, lang, isWord) !== null;
        words.set(i, known);
      }
      return known;
    },
    forget() {
      spans.clear();
      words.clear();
    },
  };
}
