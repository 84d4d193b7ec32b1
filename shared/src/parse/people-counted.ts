import { countThen, readCount } from './share-counts.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';

// Counts of people, not of parts: "four people", « pour deux » at a table, "with two friends".
// A divisor when the bill is split (shares.ts), and never money.

const PEOPLE_NOUNS = new Set(['personnes', 'people', 'persons', 'pers']);

/** "four people", « 4 personnes »: a count of people, named as people. */
export function peopleCounted(tokens: readonly Token[], i: number, lang: Lang) {
  const c = readCount(tokens, i, lang);
  return c && PEOPLE_NOUNS.has(tokens[c.end]?.norm ?? '') ? { n: c.n, end: c.end + 1 } : null;
}

/**
 * "Dinner for four, 160 euros", « dîner pour deux, 60 € », "table for 6": after « pour », "for",
 * a count that ends its clause while the sentence names its money elsewhere is the people the
 * thing was for, not money. Said in words, or in figures after "table" or before a figure alone
 * ending the note; « pour 12 » alone, "for two nights", « pour deux euros » and a count another
 * thing follows stay what they were.
 */
export function guestsCounted(tokens: readonly Token[], at: number, lang: Lang, moneyNamed = true) {
  const spelled = tokens[at]?.kind === 'word' || /^(table|tables)$/.test(tokens[at - 2]?.norm ?? '');
  const c = countThen(tokens, at, lang, false);
  // "dinner for 6, 180", « un gâteau pour 10, 35 »: in figures too when a figure alone ends the note.
  if (!c || !(spelled || priceEnds(tokens, c.end))) return null;
  // « un livre pour douze, et un stylo pour deux euros »: another thing follows, priced on its own;
  // the figure may be the book's price.
  const next = tokens[c.end]?.norm === ',' ? c.end + 1 : c.end;
  if (/^(et|and|puis|then)$/.test(tokens[next]?.norm ?? '')) return null;
  return moneyNamed || priceEnds(tokens, c.end) ? c : null;
}

/**
 * "a table for two at Luigi's, 64", « un dîner pour deux chez Paul, 80 »: with no money named, the
 * count is people only when a figure alone ends the note after a pause (and the place, capitalised).
 */
function priceEnds(tokens: readonly Token[], k: number): boolean {
  if (/^(at|chez|au|a)$/.test(tokens[k]?.norm ?? '')) {
    // "a table for 6 at 8:30, 150", « une table pour 6 à 20h, 150 »: the hour booked, or the place.
    k += tokens[k + 1]?.kind === 'time' ? 2 : 1;
    while (tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k]?.raw ?? '')) k++;
  }
  return (
    tokens[k]?.norm === ',' &&
    tokens[k + 1]?.kind === 'num' &&
    tokens.slice(k + 2).every((t) => t.kind === 'punct')
  );
}

/** « avec trois potes », "with two friends": people met, never things priced. */
export const FRIENDS = new Set(
  'friends|mates|pals|colleagues|people|others|amis|amies|potes|copains|copines|collegues|autres'.split('|'),
);

/** "with two friends", « avec trois potes »: they and the speaker, so one more than counted. */
export function withFriends(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): { start: number; end: number; people: number } | null {
  if (!/^(with|avec)$/.test(tokens[i]?.norm ?? '')) return null;
  const at = /^(my|mes)$/.test(tokens[i + 1]?.norm ?? '') ? i + 2 : i + 1;
  const c = readCount(tokens, at, lang);
  if (!c || !FRIENDS.has(tokens[c.end]?.norm ?? '')) return null;
  return { start: i, end: c.end + 1, people: c.n + 1 };
}
