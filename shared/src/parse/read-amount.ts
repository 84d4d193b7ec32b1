import { type CurrencyWord, isLeadingCurrency, matchCurrency, symbolLeadsNext } from './currencies.ts';
import { readDigits } from './digits.ts';
import { halfAt, halfOfScale, halfSaid } from './half-numbers.ts';
import { MARKERS } from './markers.ts';
import { noteNicknameAt } from './note-nicknames.ts';
import { numberWord, readNumberWords } from './number-words.ts';
import { placeCurrency } from './place-currency.ts';
import { matchDate } from './relative-dates.ts';
import { roughNumberAt } from './rough-numbers.ts';
import type { AmountRead } from './scan-types.ts';
import { thingCounted } from './slang-money.ts';
import { impliedCents, spokenDecimal, thousandAndHundreds } from './spoken-forms.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';
import { EDGE_STOPWORDS, NOT_COUNTED, packSizeAt, UNITS } from './word-sets.ts';

interface NumberAt {
  cents: number;
  int: number | null;
  end: number;
  words: boolean;
  /** "un", "une", "one", "a": an article unless money follows. */
  article: boolean;
  /** « une vingtaine », "a couple hundred": a number said roughly. */
  rough?: boolean;
}

const THOUSANDS_GROUP = /^\d{3}(?:,\d{1,2})?$/;

function numberAt(tokens: readonly Token[], i: number, lang: Lang): NumberAt | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'num') {
    let raw = t.norm;
    let end = i + 1;
    // "1 200 €": Whisper writes French thousands with a space; join groups of exactly three digits.
    if (/^\d{1,3}$/.test(raw)) {
      for (let next = tokens[end]; next?.kind === 'num' && next.spaced; next = tokens[end]) {
        const prev = tokens[end - 1];
        if (!prev || next.start - prev.end !== 1 || !THOUSANDS_GROUP.test(next.norm)) break;
        raw += next.norm;
        end += 1;
        if (next.norm.includes(',')) break;
      }
    }
    const digits = readDigits(raw);
    if (!digits) return null;
    const scaled = digitsTimesWord(tokens, end, digits.int, lang);
    if (scaled)
      return { cents: scaled.value * 100, int: scaled.value, end: scaled.end, words: true, article: false };
    return { cents: digits.cents, int: digits.int, end, words: false, article: false };
  }
  // Stryker disable next-line ConditionalExpression: readNumberWords reads no number from a symbol or punctuation either
  if (t.kind !== 'word') return null;
  const note = noteNicknameAt(tokens, i, lang);
  if (note) return { cents: note.value * 100, int: note.value, end: note.end, words: true, article: false };
  // "a pound fifty", "a euro twenty": the article before money is one of it; "couple of quid" is two.
  // A code is written before its figures ("a USD 3 tip"): the article is the tip's, not one dollar.
  const code = /^[A-Z]{3}$/.test(tokens[i + 1]?.raw ?? '') && tokens[i + 2]?.kind === 'num';
  const one = lang === 'en' && (t.norm === 'a' || t.norm === 'an') && !code && majorMoneyAt(tokens, i + 1);
  if (one) return { cents: 100, int: 1, end: i + 1, words: true, article: false };
  if (t.norm === 'couple' && tokens[i + 1]?.norm === 'of' && majorMoneyAt(tokens, i + 2))
    return { cents: 200, int: 2, end: i + 2, words: true, article: false };
  const rough = roughNumberAt(tokens, i, lang);
  if (rough)
    return {
      cents: rough.value * 100,
      int: rough.value,
      end: rough.end,
      words: true,
      article: false,
      rough: true,
    };
  const half = halfOfScale(tokens, i, lang);
  if (half) return { cents: half * 100, int: half, end: i + 3, words: true, article: false };
  const w = readNumberWords(tokens, i, lang);
  if (!w) return null;
  const halved = halfSaid(tokens, w, lang);
  if (halved) return { ...halved, words: true, article: false };
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a number of value 1 is always said in one word
  const article = w.words === 1 && w.value === 1;
  return { cents: w.value * 100, int: w.value, end: w.end, words: true, article };
}

/**
 * "3 mille", "2 cent cinquante", "5 thousand": figures then a scale word, as Whisper writes a
 * number said half in words. The figures count the scale; words after it are read below it.
 */
function digitsTimesWord(tokens: readonly Token[], i: number, int: number | null, lang: Lang) {
  const t = tokens[i];
  if (int === null || int < 1 || t?.kind !== 'word') return null;
  const w = numberWord(t.norm, lang);
  // "2 cents" is money in English; "12 cent" is no French number: a hundred takes one figure.
  const hundred = w?.kind === 'hundred' && int <= 9;
  const scale = w?.kind === 'scale' && int <= 999;
  if (!w || !(hundred || scale)) return null;
  let value = int * w.value;
  let end = i + 1;
  const rest = readNumberWords(tokens, end, lang);
  if (rest && rest.value < w.value) {
    value += rest.value;
    end = rest.end;
  }
  return { value, end };
}

/** Said right after a number and before its money: "forty-something quid", "thirty-odd euros", "20-ish". */
const ROUGH_SUFFIXES = new Set(['something', 'odd', 'ish']);

/** A currency word that counts whole money ("pound", "quid", "euro", "buck"), not cents. */
function majorMoneyAt(tokens: readonly Token[], i: number): boolean {
  const m = matchCurrency(tokens, i);
  // "a pound of apples" is a weight.
  return (
    m !== null &&
    !m.word.minor &&
    tokens[i]?.kind === 'word' &&
    (!m.word.ambiguous || m.word.bucks === true) &&
    tokens[m.end]?.norm !== 'of'
  );
}

/** After "douze euros", a number of cents: "cinquante", "50", "et cinquante centimes". */
function centsAfter(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
  major: { int: number; priced: () => boolean; opens: boolean },
): { cents: number; end: number } | null {
  const joined = tokens[i]?.norm === 'et' || tokens[i]?.norm === 'and';
  const at = joined ? i + 1 : i;
  // « douze euros zéro cinq »: a zero then one figure is that many cents.
  const zero =
    !joined && tokens[at]?.norm === 'zero' ? numberWord(tokens[at + 1]?.norm ?? '', lang) : undefined;
  if (zero?.kind === 'unit' && zero.value >= 1) return { cents: zero.value, end: at + 2 };
  const n = numberAt(tokens, at, lang);
  if (!n || n.int === null || n.int < 1 || n.int > 99) return null;
  // Stryker disable next-line OptionalChaining,StringLiteral: a number was read at `at`, so its token exists
  if (!n.words && !/^\d{1,2}$/.test(tokens[at]?.norm ?? '')) return null;
  const cur = matchCurrency(tokens, n.end);
  if (cur?.word.minor) return { cents: n.int, end: cur.end };
  // « quinze euros cinquante et une pizza », « et un livre »: « et un(e) » before a thing is its
  // article, not 51 cents.
  const article = n.words && tokens[n.end - 2]?.norm === 'et' && /^une?$/.test(tokens[n.end - 1]?.norm ?? '');
  if (!joined && article && tokens[n.end]?.kind === 'word' && (!cur || cur.word.ambiguous))
    return { cents: n.int - 1, end: n.end - 2 };
  // « douze euros et 50 », « douze euros et 50 le ciné »: cents, when nothing follows or a thing's
  // article does with no thing named before (« le taxi 20 euros et 50 le resto », « et 2 cafés »: two).
  const next = tokens[n.end];
  const ends = !next || next.kind === 'punct' || (major.opens && /^(le|la|l'|les|au|the)$/.test(next.norm));
  if (cur || (joined && !(ends && n.int > 9))) return null;
  if (joined) return { cents: n.int, end: n.end };
  // "a 20 dollar one", "the 35 euro one": "one" alone after the money is the thing, not a cent.
  if (tokens[at]?.norm === 'one' && n.end === at + 1) return null;
  // "douze euros cinquante au resto": fine; "20 euros deux cafés" or "10 euros 3 fois": not cents.
  if (!next || next.kind === 'punct') return { cents: n.int, end: n.end };
  if (next.kind !== 'word' || UNITS.match(tokens, n.end)) return null;
  const mark = MARKERS.match(tokens, n.end)?.value;
  // "two tickets at 18 pounds 36 total": after a price of one, a total of a few is no cents of it.
  const times = n.int / major.int;
  if (mark === 'total' && Number.isInteger(times) && times >= 2 && times <= 20 && major.priced()) return null;
  // "4 euros 20 comes to 21": the cents, then the total worked out.
  if (
    EDGE_STOPWORDS.has(next.norm) ||
    NOT_COUNTED.has(next.norm) ||
    mark ||
    /^(comes|came|makes)$/.test(next.norm)
  )
    return { cents: n.int, end: n.end };
  // "23 euros 40 hier soir": a date may follow the cents. Any fixed day serves to recognise one.
  if (matchDate(tokens, n.end, { today: '2000-01-01', lang })) return { cents: n.int, end: n.end };
  return null;
}

/** Reads "12,50 €", "€12", "douze euros cinquante", "vingt balles", "3k", "twelve fifty" at tokens[i]. */
export function readAmount(tokens: readonly Token[], i: number, lang: Lang): AmountRead | null {
  let lead: CurrencyWord | null = null;
  let at = i;
  if (isLeadingCurrency(tokens, i)) {
    const m = matchCurrency(tokens, i);
    if (m && tokens[m.end]?.kind === 'num') {
      lead = m.word;
      at = m.end;
    }
  }
  const n = numberAt(tokens, at, lang);
  if (!n) return null;
  let { cents, end } = n;
  // "forty-something quid", "thirty-odd euros", "twenty-ish quid": said roughly, the money after the
  // word is still the number's own; in words with no money after ("forty-odd for the taxi") too.
  const roughWord =
    ROUGH_SUFFIXES.has(tokens[n.end]?.norm ?? '') &&
    n.int !== null &&
    (n.words || majorMoneyAt(tokens, n.end + 1));
  if (roughWord) end += 1;
  const roughly = n.rough || roughWord ? { rough: true } : {};
  let int = n.int;
  const decimal = n.int !== null ? spokenDecimal(tokens, end, lang) : null;
  if (decimal) {
    cents += decimal.cents;
    end = decimal.end;
    int = null;
  }
  if (tokens[end]?.norm === 'k' && !n.words) {
    cents *= 1000;
    int = int === null ? null : int * 1000;
    end += 1;
    // « 1k5 », « 2k3 »: a figure written against the "k" is its hundreds (1 500, 2 300).
    const hundreds = tokens[end];
    if (int !== null && hundreds?.kind === 'num' && hundreds.spaced === false && /^\d$/.test(hundreds.norm)) {
      int += Number(hundreds.norm) * 100;
      cents = int * 100;
      end += 1;
    }
  }
  // "un million d'euros", "deux millions de dollars": French puts "de" after million.
  const ofCurrency =
    // Stryker disable next-line Regex,OptionalChaining,StringLiteral: no number word or other token merely contains "million", "de" or "d'"
    (n.rough === true || /^millions?$/.test(tokens[end - 1]?.norm ?? '')) &&
    /^(de|d')$/.test(tokens[end]?.norm ?? '');
  const matched =
    ofCurrency || !symbolLeadsNext(tokens, end) ? matchCurrency(tokens, ofCurrency ? end + 1 : end) : null;
  // "deux couronnes chez le dentiste" are crowns of teeth: crowns are money only where a place says whose.
  const found = matched?.word.crown && placeCurrency(tokens, matched.word) === null ? null : matched;
  // Stryker disable next-line StringLiteral: past the last token, any word that is not "de" or "d'" does
  // « un rouleau de 50 sacs poubelle »: after a pack's word and « de », the things it holds.
  const post =
    found?.word.thing && (thingCounted(tokens, found.end) || packSizeAt(tokens, at)) ? null : found;
  if (post && ofCurrency) end += 1;
  if (post?.word.times) {
    cents *= post.word.times;
    int = int === null ? null : int * post.word.times;
  }
  const currency = lead ?? post?.word ?? null;
  // "un livre" is a book; "une livre" could be a pound, but "un"/"une" before a word is an article.
  // "a buck", "one buck" are money: what "bucks" leave open is which dollar, not whether it is one.
  if (n.article && currency?.ambiguous && !currency.bucks) return null;
  const currencyAt = post ? end : -1;
  if (post) end = post.end;
  if (currency === null && n.words && thousandAndHundreds(tokens, n.end, lang)) {
    // "mille deux pour le frigo": a price said short is 1 200, not 1 002.
    // Stryker disable next-line OptionalChaining,StringLiteral: thousandAndHundreds found a unit word at n.end - 1
    const unit = numberWord(tokens[n.end - 1]?.norm ?? '', lang)?.value ?? 0;
    cents += unit * 9900;
    int = int === null ? null : int + unit * 99;
  }
  if (currency === null) {
    const implied = impliedCents(tokens, n, end, lang);
    if (implied)
      return {
        start: i,
        end: implied.end,
        cents: implied.cents,
        currency: null,
        impliedCents: true,
        int: null,
        alt: implied.alt,
        currencyAt,
      };
    if (n.article) return null;
    return {
      start: i,
      end,
      cents,
      currency: null,
      impliedCents: false,
      int,
      alt: [],
      currencyAt,
      ...roughly,
    };
  }
  if (currency.minor) {
    if (int === null || int > 99_999) return null;
    return { start: i, end, cents: int, currency, impliedCents: false, int: null, alt: [], currencyAt };
  }
  const alt: number[] = [];
  if (int !== null) {
    const half = halfAt(tokens, end);
    const extra =
      half > 0
        ? // « une brique et demie »: half of what the word counts, 5 000.
          { cents: 50 * (post?.word.times ?? 1), end: end + half }
        : centsAfter(tokens, end, lang, { int, priced: () => countedAt(tokens, i, lang), opens: !i });
    if (extra) {
      alt.push(cents, extra.cents * 100);
      cents += extra.cents;
      end = extra.end;
      int = null;
    }
  }
  return { start: i, end, cents, currency, impliedCents: false, int, alt, currencyAt, ...roughly };
}

/** "two tickets at 18": a price of one after a count of things. */
function countedAt(tokens: readonly Token[], i: number, lang: Lang): boolean {
  const count = tokens[i - 3];
  const n = count?.kind === 'num' ? Number(count.norm) : numberWord(count?.norm ?? '', lang)?.value;
  return /^(a|at)$/.test(tokens[i - 1]?.norm ?? '') && n !== undefined && n >= 2;
}
