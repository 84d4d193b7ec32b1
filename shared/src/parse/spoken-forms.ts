import type { Category } from '../categories.ts';
import { matchCurrency } from './currencies.ts';
import { numberWord, readNumberWords } from './number-words.ts';
import type { AmountRead } from './scan-types.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';
import { UNITS } from './word-sets.ts';

/* Spoken number forms read-amount.ts reads beside the number itself: decimals, a thousand then a unit, cents implied. */

/** "quarante-huit virgule cinquante", "forty-two point five", "douze virgule zéro cinq": spoken decimals. */
export function spokenDecimal(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): { cents: number; end: number } | null {
  // Stryker disable next-line StringLiteral: past the last token, any word that is no decimal point does
  if (!/^(virgule|point)$/.test(tokens[i]?.norm ?? '')) return null;
  // Stryker disable next-line StringLiteral: past the last token, any word that is no zero does
  const zero = /^(zero|oh)$/.test(tokens[i + 1]?.norm ?? '');
  const at = zero ? i + 2 : i + 1;
  const t = tokens[at];
  const figures = t?.kind === 'num' && /^\d{1,2}$/.test(t.norm) ? t.norm : null;
  const w = figures ? { value: Number(figures), end: at + 1 } : readNumberWords(tokens, at, lang);
  if (!w || w.value > 99) return null;
  // "point five" is half: one figure after the point is tenths, unless a zero came first;
  // written figures say it themselves ("virgule 05" is 5 cents, "virgule 5" 50).
  const oneFigure = !zero && (figures ? figures.length === 1 : w.value < 10);
  return { cents: oneFigure ? w.value * 10 : w.value, end: w.end };
}

/** "mille deux", "deux mille cinq": a thousand then one unit word, said as a price. */
export function thousandAndHundreds(tokens: readonly Token[], end: number, lang: Lang): boolean {
  if (lang !== 'fr' || tokens[end - 2]?.norm !== 'mille') return false;
  // Stryker disable next-line OptionalChaining,StringLiteral: a number was read up to end, so its last word exists
  const unit = numberWord(tokens[end - 1]?.norm ?? '', lang);
  // Stryker disable next-line OptionalChaining: the last word read as part of a number is a number word
  return unit?.kind === 'unit' && unit.value >= 1;
}

/** "twelve fifty", "one fifty", "one oh five": two spoken numbers with no currency are units and cents. */
export function impliedCents(
  tokens: readonly Token[],
  n: { words: boolean; int: number | null },
  end: number,
  lang: Lang,
) {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: words always give an integer, and a ten after a thousand is read as part of it
  if (!n.words || n.int === null || n.int < 1 || n.int > 999) return null;
  // "one oh five", « un zéro cinq »: digits said one by one after the units, a zero then one figure of cents.
  const oh = /^(oh|zero)$/.test(tokens[end]?.norm ?? '')
    ? numberWord(tokens[end + 1]?.norm ?? '', lang)
    : undefined;
  if (
    oh?.kind === 'unit' &&
    oh.value >= 1 &&
    !matchCurrency(tokens, end + 2) &&
    !UNITS.match(tokens, end + 2)
  )
    return { cents: n.int * 100 + oh.value, end: end + 2, alt: [n.int * 100, oh.value * 100] };
  // Stryker disable next-line StringLiteral: past the last token, any word that is no number does
  const first = numberWord(tokens[end]?.norm ?? '', lang);
  // "dix-neuf quatre-vingt-dix-neuf": French cents from 80 up begin with a unit ("quatre").
  const compound = first?.kind === 'unit' && first.value === 4;
  if (!first || (first.kind !== 'ten' && first.kind !== 'teen' && !compound)) return null;
  const c = readNumberWords(tokens, end, lang);
  if (!c || c.value < (compound ? 80 : 10) || c.value > 99 || matchCurrency(tokens, c.end)) return null;
  if (UNITS.match(tokens, c.end)) return null;
  return { cents: n.int * 100 + c.value, end: c.end, alt: [n.int * 100, c.value * 100] };
}

/** Things that cost hundreds, rarely one or two units: clothes for outdoors, shoes, devices, tools. */
const DEAR_GOODS =
  /^((coat|jacket|printer|drill|speaker|monitor|hoover)s?|(boot|shoe|trainer|sneaker|headphone|earbud)s|mattress)$/;
/** A trip's fare or stay: never a few euros, so any "four twenty" is hundreds. */
const TRIPS = /^(flights?|airfares?|hotels?)$/;
/** A show's seats: "concert tickets", "a festival pass". */
const SHOW = /^(concert|festival|gig)$/;
/** After the thing's word, words that leave it the head ("the boots were", "headphones for the gym"). */
const AFTER_HEAD = /^(was|were|is|are|costs?|came|for|at|from|in|on|and|to|with)$/;

/** The word at k heads its phrase: nothing, or a word that leaves it the head, follows. */
const headAt = (words: readonly Token[], k: number) => {
  const next = words[k + 1];
  return next?.kind !== 'word' || AFTER_HEAD.test(next.norm);
};

/**
 * "headphones, one fifty", "the boots were one twenty", "two fifty for the concert tickets": a thing
 * that costs hundreds said at "one" or "two" then tens is hundreds (150, 120, 250); socks, a pen, a
 * coffee or a bus ticket at "one fifty" stay units and cents, and so does a thing for one ("shoe
 * polish", "printer paper", "drill bits": the word is no head there). A flight or a hotel, never a
 * few euros, is hundreds from any figure ("four twenty for the flights" 420).
 */
export function hundredsOfGoods(
  a: AmountRead,
  words: readonly Token[],
  category: Category,
  lang: Lang,
): number | null {
  const [units = 0, tens = 0] = a.alt;
  const dear = words.some((t, k) => {
    const next = words[k + 1];
    if (SHOW.test(t.norm)) return /^(tickets?|pass)$/.test(next?.norm ?? '');
    return DEAR_GOODS.test(t.norm) && headAt(words, k);
  });
  const goods = a.impliedCents && lang === 'en' && !/^(dining|groceries|transport)$/.test(category);
  // "four twenty for the flights", "the hotel was three eighty": a fare or a stay, at any hundreds.
  const trip = words.some((t, k) => TRIPS.test(t.norm) && headAt(words, k));
  const top = trip ? 900 : dear ? 200 : 0;
  return goods && units <= top && tens >= 1000 ? units * 100 + tens : null;
}
