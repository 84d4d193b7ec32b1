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
    "pres de|aux environs de|dans les environs de|de l'ordre de|de l ordre de|dans l'ordre de|" +
    // A bound, not the amount: « plus de 50 € », "over 100 euros", « jusqu'à 40 € », "max 30".
    "plus de|moins de|pas plus de|more than|less than|no more than|over|under|jusqu' a|jusqu'a|up to|" +
    'max|au max|au maximum|maximum'
  )
    .split('|')
    .map((p) => [p, true]),
);

/** Said right after an amount: "the 30 euro range", « 30 euros max », « 40 balles à tout casser », "20 quid tops". */
const ROUGH_AFTER = new PhraseTable<true>(
  'range|max|maximum|grand max|au max|au maximum|a tout casser|tops|at most|at the most|or more|ou plus|or less|ou moins'
    .split('|')
    .map((p) => [p, true]),
);
/** A word after « et quelques » that names what is counted (« 3 euros et quelques pommes »). */
const countedAfter = (t: Token | undefined) =>
  t !== undefined &&
  t.kind === 'word' &&
  !/^(le|la|les|l'|pour|de|chez|au|a|the|for|at|dans|en)$/.test(t.norm);

/**
 * "close to 90 euros", "in the region of 300 euros", "in the 30 euro range", « de l'ordre de 300 € »:
 * an amount framed by words of a rough figure, to be looked at, never saved sure.
 */
export function roughlyFramed(tokens: readonly Token[], start: number, end: number): boolean {
  if (ROUGH_AFTER.match(tokens, end)) return true;
  // « mille euros et quelques la moto »: « et quelques » with nothing counted after it.
  if (tokens[end]?.norm === 'et' && tokens[end + 1]?.norm === 'quelques' && !countedAfter(tokens[end + 2]))
    return true;
  // « soit 12 soit 15 euros », "either 12 or 15 euros": one of two figures, not known which.
  if (tokens[start - 1]?.norm === 'soit' && tokens[start - 3]?.norm === 'soit') return true;
  for (let k = Math.max(0, start - 5); k < start; k++) {
    if (ROUGH_BEFORE.match(tokens, k)?.end !== start) continue;
    // "HBO Max 9,99 €" is a name; « 28 €, soit plus de 180 francs » a conversion, the money said before.
    return !/^\p{Lu}/u.test(tokens[k]?.raw ?? '') || k === 0 ? tokens[k - 1]?.norm !== 'soit' : false;
  }
  return false;
}
