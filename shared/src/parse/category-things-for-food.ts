/**
 * A thing said with the food or the meal it is for (« une nappe pour le repas de Noël », "a grinder
 * for the coffee beans", « un moule pour le gâteau »): when the word that named the category is the
 * food after « pour » / "for", and the thing before it is a noun no table knows, the thing is an
 * object for that food, not the food. The purpose says what it serves; the thing is what was bought.
 */
import type { Category } from '../categories.ts';
import type { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';

const FOOD = new Set<Category>(['groceries', 'dining']);
/**
 * An article before one thing (« une nappe », "a grinder"): an object is counted one by one, while
 * food unknown to the tables comes by the plural or the mass (« des cougnous pour le petit-déjeuner »),
 * and a person is said with a possessive (« ma voisine pour le pain »).
 */
const OPENS = /^(un|une|le|la|l'|a|an|the)$/;
const PURPOSE = /^(pour|for)$/;

/**
 * Whether the food word at tokens[start] follows « pour » / "for" (past an opener and up to two
 * describing words) said right after an unknown noun with its opener: « une nappe pour le repas ».
 */
export function objectForFood(
  table: PhraseTable<unknown>,
  tokens: readonly Token[],
  from: number,
  found: { category: Category; place: boolean; start: number },
  isWord: (i: number) => boolean,
): boolean {
  if (!FOOD.has(found.category) || found.place) return false;
  let k = found.start - 1;
  for (let words = 0; words < 3 && k > from && !PURPOSE.test(tokens[k]?.norm ?? ''); words++, k--)
    if (tokens[k]?.kind !== 'word') return false;
  if (!PURPOSE.test(tokens[k]?.norm ?? '') || k - 2 < from) return false;
  const thing = tokens[k - 1];
  // A paid verb (« j'ai payé pour le resto ») has no opener before it; a known word decided already.
  return (
    // "a fiver for the kebab": money said as a noun is the amount, not a thing (isWord is false).
    thing?.kind === 'word' &&
    isWord(k - 1) &&
    /^\p{Ll}/u.test(thing.raw) &&
    OPENS.test(tokens[k - 2]?.norm ?? '') &&
    !table.has(thing.norm)
  );
}
