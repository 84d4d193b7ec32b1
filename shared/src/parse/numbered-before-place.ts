import { TABLES } from './category-tables.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';
import { EDGE_STOPWORDS } from './word-sets.ts';

/** Where a place is said after a number: « casier 18 à la salle », "booth 9 at the diner". */
const AT = /^(au|aux|chez|at)$/;

/**
 * « caisse 6 à Carrefour, 43,20 de courses », "locker 33 at the gym, membership 29", "extension 4410
 * at the dentist, 80": a number after a bare noun that opens the clause, then a place, while a figure
 * is said in a later clause, names the noun. A noun the lexicon prices (« thé 3 en terrasse, madeleine 2 »,
 * "parking 5 at the beach, ice cream 4") is a list of prices instead: only a noun no category knows
 * (a till, a locker, a booth, a phone's extension) is numbered so.
 */
export function isNumberedBeforePlace(tokens: readonly Token[], i: number, lang: Lang): boolean {
  const noun = tokens[i - 1];
  const before = tokens[i - 2];
  const at = tokens[i + 1]?.norm ?? '';
  return (
    noun?.kind === 'word' &&
    // « de 15 à 20 euros »: a range, no noun.
    !EDGE_STOPWORDS.has(noun.norm) &&
    (before === undefined || before.kind === 'punct') &&
    (AT.test(at) || (lang === 'fr' && at === 'a')) &&
    // The price comes in a clause of its own: « … sorry 52 at platform 9 » corrects a price.
    priceInALaterClause(tokens, i) &&
    !TABLES[lang].match(tokens, i - 1, i)
  );
}

/** A figure after the first punctuation past tokens[i + 1] (the earliest such clause holds them all). */
function priceInALaterClause(tokens: readonly Token[], i: number): boolean {
  const cut = tokens.findIndex((t, k) => k > i + 1 && t.kind === 'punct');
  return cut >= 0 && tokens.some((t, k) => k > cut && t.kind === 'num');
}
