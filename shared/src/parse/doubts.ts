/**
 * Properties of a reading that the parser's sure-and-wrong readings of unseen speech shared
 * (tests/fixtures/utterances-v10c.md): a reading with one of them is not sure, whatever the rest of
 * the sentence says, so the server asks the model. Each is a property of the reading, not of a
 * sentence: a number read as a count right after money, a category the parser is unsure of when
 * the words that name the purchase are words no lexicon knows, and dollars said in French with no
 * place to say whose.
 */
import type { CategoryMatch } from './categorize.ts';
import { wordsBetween } from './category-words.ts';
import type { CurrencyWord } from './currencies.ts';
import { placeCurrency, placeMoney } from './place-currency.ts';
import { type AmountItem, Role, type Scan } from './scan-types.ts';
import type { Token } from './tokenize.ts';
import type { Lang, ParseOptions } from './types.ts';
import { EDGE_STOPWORDS } from './word-sets.ts';

/**
 * « 3 euros 20 rue de la République », "16 dollars 49 Canadian": a bare number right after the
 * money's currency word, read as a count of what follows. Said there it is more often the cents.
 */
export function countAfterMoney(amounts: readonly AmountItem[]): boolean {
  return amounts.some(
    (q) =>
      q.quantity &&
      amounts.some((a) => !a.quantity && !a.dropped && a.currency !== null && a.end === q.start),
  );
}

/** Words that work one amount out of another: a percentage, a quarter, a third. */
const WORKING_WORDS = new Set([
  '%',
  'percent',
  'pourcent',
  'quart',
  'quarts',
  'tiers',
  'third',
  'thirds',
  'quarter',
  'quarters',
]);

/**
 * « soldes -20 %, le pull m'a coûté 32 € », « j'ai payé les trois quarts des 80 € », "20% off so it
 * came to 80": an amount worked out of another by a percentage or a fraction. Read unseen, such
 * sentences were the surest to be read wrong (4 of 9 sure readings with a percentage, 2 of 5 with a
 * quarter or a third, each set read by the parser it was first scored on), against 5 % of sure readings
 * overall; README « How it understands », calibration. « tiers payant » (the pharmacy's third-party payment) and a clock's
 * quarter work nothing out.
 */
export function workedOut(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      (WORKING_WORDS.has(t.norm) &&
        !(t.norm === 'tiers' && tokens[i + 1]?.norm === 'payant') &&
        // "quarter to eight", "a quarter past nine": a clock time (clock-times.ts) works nothing out.
        !(t.norm === 'quarter' && /^(past|to|after)$/.test(tokens[i + 1]?.norm ?? ''))) ||
      (t.norm === 'pour' && tokens[i + 1]?.norm === 'cent') ||
      (t.norm === 'per' && tokens[i + 1]?.norm === 'cent'),
  );
}

/** Words of three letters or fewer ("pub", "gym", "bd") are mostly abbreviations or words a lexicon files under longer ones. */
const SHORT = 3;

export interface UnknownWords {
  /** Words of tokens[from, to) that could name a purchase and that no lexicon knows. */
  count: number;
  /** The first word that could name the purchase is one of them: "socca and a glass of rosé". */
  first: boolean;
}

/**
 * The words of tokens[from, to) left free (not an amount, a date, a mark), longer than three
 * letters and not a stopword, that `isKeyword` does not know.
 */
export function unknownWords(
  scan: Scan,
  from: number,
  to: number,
  isKeyword: (i: number) => boolean,
): UnknownWords {
  let count = 0;
  let first: boolean | null = null;
  for (let i = from; i < to; i++) {
    const t = scan.tokens[i];
    if (scan.roles[i] !== Role.Free || t?.kind !== 'word' || EDGE_STOPWORDS.has(t.norm)) continue;
    const unknown = t.norm.length > SHORT && !isKeyword(i);
    first ??= unknown;
    if (unknown) count++;
  }
  return { count, first: first === true };
}

/**
 * « 97 dollars » said in French with no place named: in Québec they are Canadian, in Paris often
 * American; read as USD it is a guess. "dollars américains", « à New York », « à Montréal » say whose.
 */
export function unplacedDollar(tokens: readonly Token[], lang: Lang, word: CurrencyWord | null): boolean {
  return (
    lang === 'fr' &&
    word?.plain === true &&
    word.code === 'USD' &&
    placeCurrency(tokens, word) === null &&
    placeMoney(tokens) === null
  );
}

/**
 * English words said in two senses about as often, when the keyword is that word alone: "gas" is a
 * car's fuel in American speech and a home's supply in British ("the gas, 60 euros"). Read as the
 * table says, never sure, unless a word of the car says which (`CAR_CONTEXT`: "gas for the car").
 */
const TWO_SENSES = new Set(['gas']);
const CAR_CONTEXT = new Set(
  'car|cars|van|truck|suv|tank|pump|pumps|station|filled|fill|gallon|gallons|litre|litres|liter|liters|mpg|road|trip|drive|drove|commute'.split(
    '|',
  ),
);

function twoSensesAlone(
  keyword: CategoryMatch,
  tokens: readonly Token[],
  seg: { start: number; end: number },
) {
  if (keyword.end !== keyword.start + 1 || !TWO_SENSES.has(tokens[keyword.start]?.norm ?? '')) return false;
  for (let i = seg.start; i < seg.end; i++) if (CAR_CONTEXT.has(tokens[i]?.norm ?? '')) return false;
  return true;
}

/**
 * The caller's doubt of a clear lexicon word's category (ParseOptions.doubtCategory, given the
 * expense's words and the keyword's), and a word of two senses said alone (`TWO_SENSES`): a word
 * the person taught is never doubted.
 */
export function categoryDoubted(
  keyword: CategoryMatch,
  doubt: ParseOptions['doubtCategory'],
  tokens: readonly Token[],
  seg: { start: number; end: number },
  isWord: (i: number) => boolean,
): boolean {
  if (keyword.learned !== undefined) return false;
  if (twoSensesAlone(keyword, tokens, seg)) return true;
  if (!doubt) return false;
  const words = wordsBetween(tokens, seg.start, seg.end, isWord);
  return doubt(words, wordsBetween(tokens, keyword.start, keyword.end, isWord), keyword.category) === true;
}
