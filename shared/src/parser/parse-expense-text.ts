/**
 * The deterministic fr/en expense parser: words → zero or more expenses and a confidence.
 * Pure: `now`, the time zone and the default currency come in as arguments.
 */
import type { Category } from '../categories.ts';
import { localDate } from '../dates.ts';
import { centsToDecimal, MAX_CENTS } from '../money.ts';
import { type Amount, scanAmounts } from './amounts.ts';
import { isCurrencyWord } from './currencies.ts';
import { findDate } from './dates.ts';
import { describe } from './describe.ts';
import { intentOf } from './intent.ts';
import { detectLanguage } from './language.ts';
import { categorize } from './lexicon.ts';
import { mergeNumberWords } from './numbers.ts';
import { fold, type Token, tokenize } from './text.ts';

export interface ParseOptions {
  now: Date;
  timeZone: string;
  /** The user's default currency, when the words name none. */
  currency: string;
  /** 'fr', 'en', 'fr-FR'…; detected from the words when absent. */
  locale?: string;
}

export interface ParsedExpense {
  amount: string;
  currency: string;
  category: Category;
  description: string;
  date: string;
}

export interface ParseResult {
  expenses: ParsedExpense[];
  confidence: number;
}

/** At or above this, the server saves without asking the LLM. */
export const PARSER_CONFIDENT = 0.8;

const MAX_INPUT = 2000;
const HEDGES =
  /\b(?:euh|heu|je crois|je pense|il me semble|environ|a peu pres|genre|disons|peut-etre|je sais plus|je sais pas|i think|maybe|about|around|roughly|something like|or so|i guess)\b/;
const COMPLEX = /\b(?:dont|sur les|partage|partag|divis|moitie|half|split|rendu la monnaie|change)\b/;
const EACH = new Set(['chacun', 'chacune', 'each', 'piece', 'apiece', 'unite']);
const SEPARATORS = new Set(['et', 'and', 'plus', 'puis', 'then', ',', ';', 'aussi', 'also']);

const PENALTY: Record<Amount['kind'], number> = {
  strong: 0,
  decimal: 0.1,
  pair: 0.25,
  context: 0.3,
  bare: 0.45,
};

interface Prepared {
  tokens: Token[];
  lang: 'fr' | 'en';
}

/** "06 12 34 56 78": four or more short numbers in a row are a phone number, not money. */
function maskPhoneNumbers(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (tokens[j]?.kind === 'num' && /^\d{2,4}$/.test(tokens[j]?.text ?? '')) j++;
    if (j - i >= 4) {
      out.push({
        kind: 'punct',
        text: '#',
        start: (tokens[i] as Token).start,
        end: (tokens[j - 1] as Token).end,
      });
      i = j;
    } else {
      out.push(tokens[i] as Token);
      i++;
    }
  }
  return out;
}

function prepare(text: string, locale: string | undefined): Prepared {
  const raw = maskPhoneNumbers(tokenize(text.slice(0, MAX_INPUT)));
  const lang = detectLanguage(raw, locale);
  return { tokens: mergeNumberWords(raw, lang, isCurrencyWord), lang };
}

const TRAILING_CORRECTIONS = new Set(['actually', 'plutot', 'pardon', 'sorry']);

/** Drops each amount that a later one corrects ("15 euros, non pardon, 18", "11 euros, uh, 12 actually"). */
function applyCorrections(
  tokens: readonly Token[],
  amounts: Amount[],
): { amounts: Amount[]; corrected: boolean } {
  const out: Amount[] = [];
  let corrected = false;
  for (const a of amounts) {
    const previous = out[out.length - 1];
    const trailing =
      previous !== undefined &&
      TRAILING_CORRECTIONS.has(tokens[a.last + 1]?.text ?? '') &&
      !tokens.slice(previous.last + 1, a.first).some((t) => t.kind === 'word' && SEPARATORS.has(t.text));
    if ((a.corrects || trailing) && previous) {
      out.pop();
      corrected = true;
      out.push({
        ...a,
        currency: a.currency ?? previous.currency,
        kind: previous.kind === 'strong' ? 'strong' : a.kind,
      });
    } else out.push(a);
  }
  return { amounts: out, corrected };
}

/** Token ranges, one per amount, split at the separator between neighbours. */
function segments(tokens: readonly Token[], amounts: readonly Amount[]): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  amounts.forEach((a, k) => {
    const next = amounts[k + 1];
    if (!next) {
      ranges.push([start, tokens.length - 1]);
      return;
    }
    let cut = -1;
    for (let j = next.first - 1; j > a.last; j--) {
      if (SEPARATORS.has((tokens[j] as Token).text)) {
        cut = j;
        break;
      }
    }
    const end = cut >= 0 ? cut - 1 : a.last;
    ranges.push([start, end]);
    start = cut >= 0 ? cut + 1 : a.last + 1;
  });
  return ranges;
}

const singular = (w: string) => (w.length > 3 && /[sx]$/.test(w) ? w.slice(0, -1) : w);

/**
 * How many times the amount counts: "trois bières à 6 € chacune", "2 baguettes à 1,10",
 * "110 euros per night for 2 nights". 1 when the amount is already the total ("3 places pour 30 €").
 */
function unitPriceFactor(
  tokens: readonly Token[],
  a: Amount,
  from: number,
  to: number,
  quantities: ReadonlyMap<number, number>,
): number {
  const after = tokens[a.last + 1]?.text ?? '';
  const before = tokens[a.first - 1]?.text ?? '';
  const inRange = [...quantities].filter(([i]) => i >= from && i <= to);
  // "per night … for 2 nights", "par nuit … 3 nuits"
  if (after === 'per' || after === 'par' || after === 'la' || after === 'le') {
    const unit = singular(tokens[a.last + 2]?.text ?? '');
    const match = inRange.find(([i]) => singular(tokens[i + 1]?.text ?? '') === unit);
    if (unit && match && match[1] > 1) return match[1];
  }
  const eachAfter = EACH.has(after) || (after === 'l' && tokens[a.last + 2]?.text === 'unite');
  const unitBefore = before === 'a' || before === 'at';
  const counted = inRange.filter(([i]) => i < a.first).map(([, q]) => q)[0];
  if ((eachAfter || unitBefore) && counted && counted > 1 && counted <= 100) return counted;
  return 1;
}

export function parseExpenseText(text: string, options: ParseOptions): ParseResult {
  if (typeof text !== 'string' || text.trim() === '') return { expenses: [], confidence: 1 };
  const folded = fold(text);
  const { tokens, lang } = prepare(text, options.locale);
  const hasNumber = tokens.some((t) => t.kind === 'num');
  const intent = intentOf(folded);
  if (intent === 'not_spent') return { expenses: [], confidence: 0.9 };

  const today = localDate(options.now, options.timeZone);
  const when = findDate(tokens, today);
  const scan = scanAmounts(tokens, when.covers, lang, options.currency);
  const { amounts, corrected } = applyCorrections(tokens, scan.amounts);
  if (amounts.length === 0) return { expenses: [], confidence: hasNumber ? 0.5 : 0.95 };

  const ranges = segments(tokens, amounts);
  const skip = new Set<number>(when.covers);
  for (const a of scan.amounts) for (let k = a.first; k <= a.last; k++) skip.add(k);
  for (const i of scan.quantities.keys()) skip.add(i);
  for (const i of scan.notMoney) skip.add(i);

  let confidence = intent === 'maybe_not' ? 0.5 : 1;
  let multiplied = false;
  // The words that name the thing: not the amount, its currency ("livres"), or the date.
  const words = (from: number, to: number) =>
    tokens
      .slice(from, to + 1)
      .filter((t, k) => t.kind === 'word' && !skip.has(from + k))
      .map((t) => t.text);
  const expenses: ParsedExpense[] = [];
  amounts.forEach((a, k) => {
    const [from, to] = ranges[k] as [number, number];
    const factor = unitPriceFactor(tokens, a, from, to, scan.quantities);
    const cents = a.cents * factor;
    if (factor > 1) multiplied = true;
    if (cents <= 0 || cents > MAX_CENTS) return;
    let { category, weight } = categorize(words(from, to));
    if (weight === 0 && amounts.length === 1)
      ({ category, weight } = categorize(words(0, tokens.length - 1)));
    if (weight === 0) confidence -= 0.1;
    confidence -= PENALTY[a.kind];
    if (a.weakCurrency) confidence -= 0.2;
    expenses.push({
      amount: centsToDecimal(cents),
      currency: a.currency ?? options.currency,
      category,
      description: describe(text, tokens, from, to, skip),
      // Several expenses can each have their own day ("hier 20 € de taxi et aujourd'hui 18 € de resto").
      date:
        amounts.length > 1
          ? (when.mentions.find((m) => m.at >= from && m.at <= to)?.date ?? when.date)
          : when.date,
    });
  });

  confidence -= 0.3 * scan.unexplained;
  if (HEDGES.test(folded)) confidence -= 0.3;
  if (COMPLEX.test(folded)) confidence -= 0.3;
  if (corrected) confidence -= 0.1;
  if (multiplied) confidence -= 0.1;
  confidence -= 0.05 * Math.max(0, expenses.length - 1);
  return { expenses, confidence: Math.max(0, Math.min(1, Math.round(confidence * 100) / 100)) };
}

/**
 * Every amount the words state, in cents, however it is read: used to check that an LLM's
 * amount really was said (as digits or words) and not invented.
 */
export function amountsInText(text: string): number[] {
  const found = new Set<number>();
  for (const locale of ['fr', 'en']) {
    const { tokens, lang } = prepare(text, locale);
    const scan = scanAmounts(tokens, new Set(), lang, 'EUR');
    for (const a of scan.amounts) found.add(a.cents);
    const counts = [...scan.quantities.values()];
    for (const t of tokens) {
      if (t.kind !== 'num') continue;
      const v = (t.cents ?? 0) * (t.kilo ? 1000 : 1);
      found.add(v);
      for (const q of counts) found.add(v * q);
    }
    for (const a of scan.amounts) for (const q of counts) found.add(a.cents * q);
  }
  found.delete(0);
  return [...found].sort((x, y) => x - y);
}
