import { matchCurrency } from './currencies.ts';
import { numberWord } from './number-words.ts';
import { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';

/** « une vingtaine d'euros », « une centaine de balles »: round numbers said roughly. */
const ROUGH_NUMBERS = new Map(
  'dizaine:10|douzaine:12|quinzaine:15|vingtaine:20|trentaine:30|quarantaine:40|cinquantaine:50|soixantaine:60|centaine:100|millier:1000'
    .split('|')
    .flatMap((entry) => {
      const [word, n] = entry.split(':');
      return [
        [word, Number(n)],
        [`${word}s`, Number(n)],
      ] as [string, number][];
    }),
);

/**
 * A number said roughly at tokens[i], as money: « vingtaine d'euros » is 20, "couple hundred
 * bucks" and "a couple hundred on tyres" 200. Only before money: « une quinzaine de jours » is no amount. The caller marks the
 * parse a hedge, to be looked at.
 */
export function roughNumberAt(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): { value: number; end: number } | null {
  const word = tokens[i]?.norm ?? '';
  const value = ROUGH_NUMBERS.get(word);
  if (value !== undefined)
    return /^(de|d')$/.test(tokens[i + 1]?.norm ?? '') && matchCurrency(tokens, i + 2)
      ? { value, end: i + 1 }
      : null;
  // "a couple hundred bucks", "a couple of thousand", "a couple grand": two of the scale, money when
  // a currency follows or nothing is counted after it ("a couple hundred on tyres"; "a couple
  // hundred people" count people).
  if (word !== 'couple') return null;
  const at = tokens[i + 1]?.norm === 'of' ? i + 2 : i + 1;
  const scale = numberWord(tokens[at]?.norm ?? '', lang);
  if (!scale || (scale.kind !== 'hundred' && scale.kind !== 'scale')) return null;
  return matchCurrency(tokens, at + 1) || nothingCounted(tokens[at + 1])
    ? { value: 2 * scale.value, end: at + 1 }
    : null;
}

/** After a number, the end of the words, a pause or a preposition: nothing named is counted. */
const nothingCounted = (t: Token | undefined) =>
  t === undefined || t.kind === 'punct' || /^(on|for|at|in|to|from|with)$/.test(t.norm);

/** Said right before an amount, these make it rough: "close to 90 euros", « de l'ordre de 300 € ». */
const ROUGH_BEFORE = new PhraseTable<true>(
  (
    'close to|in the region of|in the neighbourhood of|in the neighborhood of|upwards of|somewhere near|' +
    "pres de|aux environs de|dans les environs de|de l'ordre de|de l ordre de|dans l'ordre de"
  )
    .split('|')
    .map((p) => [p, true]),
);

/**
 * "close to 90 euros", "in the region of 300 euros", "in the 30 euro range", « de l'ordre de 300 € »:
 * an amount framed by words of a rough figure, to be looked at, never saved sure.
 */
export function roughlyFramed(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[end]?.norm === 'range') return true;
  for (let k = Math.max(0, start - 5); k < start; k++)
    if (ROUGH_BEFORE.match(tokens, k)?.end === start) return true;
  return false;
}
