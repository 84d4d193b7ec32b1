/**
 * Figures the scan reads before it takes one for money: a thousand written in groups (« 1 060 € »),
 * counting aloud (« un, deux, trois »), a floor or street numbered already. Apart from scan.ts for
 * its length; each is asked at one token.
 */
import { matchCurrency } from './currencies.ts';
import { readAmount } from './read-amount.ts';
import { Role } from './scan-types.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';

/**
 * « ticket de métro 1 060 € »: figures in groups of three that end in money are one amount, as
 * Whisper writes a thousand; a line's or a room's number stands alone.
 */
export function groupedMoney(tokens: readonly Token[], i: number, lang: Lang): boolean {
  const next = tokens[i + 1];
  // "PS4 150 balles": figures written against a word are its name, never a thousand.
  if (!tokens[i]?.spaced || next?.kind !== 'num' || !next.spaced || !/^\d{3}(,\d{1,2})?$/.test(next.norm))
    return false;
  const amount = readAmount(tokens, i, lang);
  return amount !== null && amount.currency !== null && amount.end > i + 1;
}

const COUNT_ALOUD = [
  ['un', 'deux', 'trois'],
  ['one', 'two', 'three'],
];

/** Past "un deux (trois)" / "one two (three)" at tokens[i], commas between allowed; i when none. */
export function countingAloud(tokens: readonly Token[], i: number): number {
  for (const words of COUNT_ALOUD) {
    let j = i;
    let k = 0;
    while (k < words.length && tokens[j]?.norm === words[k]) {
      j++;
      k++;
      if (tokens[j]?.norm === ',' && tokens[j + 1]?.norm === words[k]) j++;
    }
    if (k >= 2 && !matchCurrency(tokens, j)) return j;
  }
  return i;
}

/**
 * « au 3e étage 3 cafés », "at 221 Baker Street 4 tickets", "the number 38 bus 6 tickets": a
 * floor, a street or a bus numbered already before its word names nothing after it.
 */
export function numberedAlready(
  tokens: readonly Token[],
  roles: Uint8Array,
  word: number,
  lang: Lang,
): boolean {
  if (tokens[word - 1]?.kind === 'ordinal') return true;
  // The number, then the street's name in capitals ("221 Baker Street"), or an English bus's ("38 bus").
  let k = word - 1;
  while (k > word - 3 && tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k]?.raw ?? '')) k--;
  const named = k < word - 1 || (lang === 'en' && /^(bus|tram|line|route)$/.test(tokens[word]?.norm ?? ''));
  return named && roles[k] === Role.Reference && tokens[k + 1]?.spaced === true;
}
