import { EN_NUMBER_WORDS } from './numbers-en.ts';
import { FR_NUMBER_WORDS } from './numbers-fr.ts';
import type { Normed } from './phrase-table.ts';
import type { Lang, NumberWord } from './types.ts';

export interface WordNumber {
  value: number;
  /** Index just past the last number word. */
  end: number;
  /** How many tokens were read ("vingt et un" → 3). */
  words: number;
}

// Words that mean a number in one language only: "grand" is "big" in French, "cent" is a
// hundredth of a dollar in English.
const NOT_IN_FR = new Set(['grand']);
const NOT_IN_EN = new Set(['cent', 'cents', 'un', 'une', 'mil']);

export function numberWord(word: string, lang: Lang): NumberWord | undefined {
  if (lang === 'fr')
    return FR_NUMBER_WORDS.get(word) ?? (NOT_IN_FR.has(word) ? undefined : EN_NUMBER_WORDS.get(word));
  return EN_NUMBER_WORDS.get(word) ?? (NOT_IN_EN.has(word) ? undefined : FR_NUMBER_WORDS.get(word));
}

type Last = 'none' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'and';

/**
 * Reads the longest well-formed spoken number at tokens[i]: "quatre vingt dix neuf" → 99,
 * "soixante et onze" → 71, "a hundred and twenty" → 120, "mille deux cents" → 1200.
 * Stops where a number would become ill-formed, so "douze cinquante" reads as 12 then 50
 * (the caller decides whether that is 12.50).
 */
export function readNumberWords(tokens: readonly Normed[], i: number, lang: Lang): WordNumber | null {
  let total = 0;
  let group = 0;
  let last: Last = 'none';
  let lastValue = 0;
  let lastScale = Number.POSITIVE_INFINITY;
  let end = i;
  let words = 0;
  let j = i;
  // "a hundred", "a thousand": the article counts as one only before a scale word.
  const first = tokens[i]?.norm;
  if ((first === 'a' || first === 'an') && lang === 'en') {
    const next = numberWord(tokens[i + 1]?.norm ?? '', lang);
    if (!next || (next.kind !== 'hundred' && next.kind !== 'scale')) return null;
    group = 1;
    last = 'unit';
    lastValue = 1;
    j = i + 1;
  }
  for (; j < tokens.length; j++) {
    const norm = tokens[j]?.norm ?? '';
    if (norm === 'et' || norm === 'and') {
      const next = numberWord(tokens[j + 1]?.norm ?? '', lang);
      const tens = group % 100;
      const frJoin =
        norm === 'et' && (next?.value === 1 || next?.value === 11) && tens >= 20 && tens % 10 === 0;
      const enJoin =
        norm === 'and' &&
        next !== undefined &&
        (last === 'hundred' || last === 'scale') &&
        next.kind !== 'scale';
      if (!frJoin && !enJoin) break;
      last = 'and';
      continue;
    }
    const w = numberWord(norm, lang);
    if (!w) break;
    const tens = group % 100;
    if (w.kind === 'unit') {
      const afterTen = last === 'ten' && tens % 10 === 0 && w.value > 0;
      const afterDix =
        last === 'teen' &&
        lastValue === 10 &&
        w.value >= 7 &&
        (group % 100 === 10 || tens === 70 || tens === 90);
      if (
        !(last === 'none' || last === 'hundred' || last === 'scale' || last === 'and' || afterTen || afterDix)
      )
        break;
      if (w.value === 0 && last !== 'none') break;
      group += w.value;
    } else if (w.kind === 'teen') {
      // soixante-dix, quatre-vingt-onze, soixante et onze
      const afterSixtyOrEighty = (last === 'ten' || last === 'and') && (tens === 60 || tens === 80);
      const afterAnd = last === 'and' && tens === 0;
      if (!(last === 'none' || last === 'hundred' || last === 'scale' || afterAnd || afterSixtyOrEighty))
        break;
      group += w.value;
    } else if (w.kind === 'ten') {
      if (w.value === 20 && last === 'unit' && lastValue === 4 && tens === 4) {
        group += 76; // quatre-vingt: the 4 already counted becomes 80
      } else if (last === 'none' || last === 'hundred' || last === 'scale' || last === 'and') {
        group += w.value;
      } else break;
    } else if (w.kind === 'hundred') {
      if (!(last === 'none' || last === 'unit' || last === 'teen') || group >= 100) break;
      group = (group === 0 ? 1 : group) * 100;
    } else {
      if (w.value >= lastScale) break;
      if (last === 'and') break;
      total += (group === 0 ? 1 : group) * w.value;
      group = 0;
      lastScale = w.value;
    }
    last = w.kind;
    lastValue = w.value;
    words++;
    end = j + 1;
  }
  if (words === 0) return null;
  return { value: total + group, end, words: end - i };
}
