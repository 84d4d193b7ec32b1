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
export function readNumberWords(
  tokens: readonly (Normed & { spaced?: boolean })[],
  i: number,
  lang: Lang,
): WordNumber | null {
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
    // Stryker disable next-line StringLiteral: past the last token, any word that is no number does
    const next = numberWord(tokens[i + 1]?.norm ?? '', lang);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: "a" then anything but a scale reads no word below either (a unit cannot follow a unit)
    if (!next || (next.kind !== 'hundred' && next.kind !== 'scale')) return null;
    group = 1;
    last = 'unit';
    lastValue = 1;
    j = i + 1;
  }
  // Stryker disable next-line EqualityOperator: one step past the last token reads no number and stops the same
  for (; j < tokens.length; j++) {
    // Stryker disable next-line OptionalChaining,StringLiteral: the loop stays within the tokens
    const norm = tokens[j]?.norm ?? '';
    if (norm === 'et' || norm === 'and') {
      // Stryker disable next-line StringLiteral: past the last token, any word that is no number does
      const next = numberWord(tokens[j + 1]?.norm ?? '', lang);
      const tens = group % 100;
      // « vingt et un », « soixante et onze »; « quatre-vingts » with its s is whole, so « quatre-vingts
      // et un euro de pourboire » is 80 and one more.
      const frJoin =
        norm === 'et' &&
        (next?.value === 1 || next?.value === 11) &&
        tens >= 20 &&
        tens % 10 === 0 &&
        tokens[j - 1]?.norm !== 'vingts';
      const enJoin =
        norm === 'and' &&
        next !== undefined &&
        (last === 'hundred' || last === 'scale') &&
        // Stryker disable next-line ConditionalExpression,StringLiteral: a scale after "and" is refused below too
        next.kind !== 'scale';
      if (!frJoin && !enJoin) break;
      last = 'and';
      continue;
    }
    const w = numberWord(norm, lang);
    if (!w) break;
    const tens = group % 100;
    if (w.kind === 'unit') {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: after a ten the tens are round, and a zero is refused below
      // « trente quatre-vingt-dix » is 30 then 90 (cents): a « quatre » apart from the ten and
      // written against « vingt » begins « quatre-vingts ».
      const fourScore =
        w.value === 4 &&
        tokens[j]?.spaced === true &&
        /^vingts?$/.test(tokens[j + 1]?.norm ?? '') &&
        tokens[j + 1]?.spaced === false;
      const afterTen = last === 'ten' && tens % 10 === 0 && w.value > 0 && !fourScore;
      const afterDix =
        last === 'teen' &&
        lastValue === 10 &&
        w.value >= 7 &&
        // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: after "dix" the tens are 10, 70 or 90 whatever came before
        (group % 100 === 10 || tens === 70 || tens === 90);
      if (
        !(last === 'none' || last === 'hundred' || last === 'scale' || last === 'and' || afterTen || afterDix)
      )
        break;
      if (w.value === 0 && last !== 'none') break;
      group += w.value;
    } else if (w.kind === 'teen') {
      // soixante-dix, quatre-vingt-onze, soixante et onze
      // Stryker disable next-line ConditionalExpression,LogicalOperator: round sixty or eighty tens only follow a ten or "et"
      // (French only: "sixty ten" is no seventy.)
      const afterSixtyOrEighty =
        lang === 'fr' && (last === 'ten' || last === 'and') && (tens === 60 || tens === 80);
      const afterAnd = last === 'and' && tens === 0;
      if (!(last === 'none' || last === 'hundred' || last === 'scale' || afterAnd || afterSixtyOrEighty))
        break;
      group += w.value;
    } else if (w.kind === 'ten') {
      // (French only: "four twenty" is 4.20 said short, not eighty.)
      if (lang === 'fr' && w.value === 20 && last === 'unit' && lastValue === 4 && tens === 4) {
        group += 76; // quatre-vingt: the 4 already counted becomes 80
      } else if (last === 'none' || last === 'hundred' || last === 'scale' || last === 'and') {
        group += w.value;
      } else break;
    } else if (w.kind === 'hundred') {
      // "mille cent quatre-vingts": a hundred straight after a thousand is 1 100.
      const afterScale = last === 'scale' && group === 0;
      if (!(last === 'none' || last === 'unit' || last === 'teen' || afterScale) || group >= 100) break;
      group = (group === 0 ? 1 : group) * 100;
    } else {
      if (w.value >= lastScale) break;
      // Stryker disable next-line ConditionalExpression,StringLiteral: "and" is only joined to what is no scale (above)
      if (last === 'and') break;
      total += (group === 0 ? 1 : group) * w.value;
      group = 0;
      lastScale = w.value;
    }
    last = w.kind;
    lastValue = w.value;
    // Stryker disable next-line UpdateOperator: only whether a word was read counts
    words++;
    end = j + 1;
  }
  if (words === 0) return null;
  return { value: total + group, end, words: end - i };
}
