/**
 * What categorize.ts finds (a keyword and where it is), and the phrases a person taught, which
 * beat every keyword (memory.ts builds their table).
 */
import type { Hit } from './category-tables.ts';
import type { Normed, PhraseTable } from './phrase-table.ts';
import type { LearnedWord } from './types.ts';

export interface CategoryMatch extends Hit {
  /** Token index where the keyword starts: the description is built around it. */
  start: number;
  end: number;
  /** Another clear keyword of the same words names another category ("pizza chez Picard"). */
  contested: boolean;
  /** The word the person taught, when the category comes from it. */
  learned?: LearnedWord;
}

/** The learned phrase in words[from, to), longest first, as a match that beats every keyword. */
export function findLearned(
  words: readonly Normed[],
  from: number,
  to: number,
  table: PhraseTable<LearnedWord>,
): CategoryMatch | null {
  for (let i = from; i < to; i++) {
    const hit = table.match(words, i, to);
    if (hit)
      return {
        category: hit.value.category,
        weight: 5,
        place: false,
        start: i,
        end: hit.end,
        contested: false,
        learned: hit.value,
      };
  }
  return null;
}
