import type { CategoryMatch } from './categorize.ts';
import { isPersonWord, OCCASIONS } from './movement-parties.ts';
import { Role, type Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import type { Lang } from './types.ts';
import { EDGE_STOPWORDS, SHARING_MANNERS } from './word-sets.ts';

const MAX_WORDS = 7;
const WORD_SEPARATORS = new Set(['et', 'and', '&']);
/** The longest description kept, a share's note included. */
export const MAX_DESCRIPTION = 80;
/** A person's own words as a description, cut with « … » past the longest one kept. */
export const wordsAsDescription = (words: string): string =>
  words.length > MAX_DESCRIPTION ? `${words.slice(0, MAX_DESCRIPTION - 1)}…` : words;

/** The description of words that name nothing bought. */
export const FALLBACK_DESCRIPTION: Record<Lang, string> = { fr: 'Dépense', en: 'Expense' };
const FALLBACK = FALLBACK_DESCRIPTION;

/**
 * A short label in the speaker's own words: "courses chez Aldi", "ticket de bus", "pain".
 * Amounts, dates, fillers and "j'ai payé" are left out; the chunk holding the category keyword
 * wins, and the speaker's spelling (capitals, hyphens) is kept by slicing the original text.
 */
export function describeSegment(
  text: string,
  scan: Scan,
  seg: Segment,
  keyword: CategoryMatch | null,
  lang: Lang,
): string {
  const { tokens, roles } = scan;
  const chunks: [number, number][] = [];
  let from = -1;
  for (let i = seg.start; i <= seg.end; i++) {
    const role = i < seg.end ? roles[i] : undefined;
    const t = tokens[i];
    const inWords =
      role === Role.Free ||
      role === Role.Quantity ||
      role === Role.Reference ||
      (from >= 0 && sizeWord(scan, i)) ||
      (role === Role.Sep && t !== undefined && WORD_SEPARATORS.has(t.norm) && from >= 0);
    if (inWords) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0) chunks.push([from, i]);
    from = -1;
  }
  const trimmed = chunks.map(([s, e]) => trim(scan, s, e)).filter(([s, e]) => e > s);
  // "gave my nephew 20 for his birthday": a present's card names whom it is for, not the occasion.
  const occasion = keyword !== null && OCCASIONS.has(tokens[keyword.start]?.norm ?? '');
  const best =
    (occasion && trimmed.find(([s, e]) => tokens.slice(s, e).some((t) => isPersonWord(t.norm)))) ||
    (keyword && trimmed.find(([s, e]) => keyword.start >= s && keyword.start < e)) ||
    trimmed.find(([s, e]) => e - s > 0);
  if (!best)
    return keyword
      ? capitalise(text.slice(tokens[keyword.start]?.start, tokens[keyword.end - 1]?.end))
      : FALLBACK[lang];
  let [s, e] = best;
  if (e - s > MAX_WORDS) {
    const centre = keyword && keyword.start >= s && keyword.start < e ? keyword.start : s;
    s = Math.max(s, Math.min(centre, e - MAX_WORDS));
    e = Math.min(e, s + MAX_WORDS);
    [s, e] = trim(scan, s, e);
  }
  const first = tokens[s];
  const last = tokens[e - 1];
  if (!first || !last) return FALLBACK[lang];
  return capitalise(text.slice(first.start, last.end));
}

/** « à parts égales »: the manner said as two words; no description ends on a manner. */
const mannerAt = (scan: Scan, i: number) => {
  const w = scan.tokens[i]?.norm ?? '';
  if (SHARING_MANNERS.has(w)) return true;
  if (w === 'parts') return scan.tokens[i + 1]?.norm === 'egales';
  return w === 'egales' && scan.tokens[i - 1]?.norm === 'parts';
};

/** A word the description's ends leave out: a stopword, a separator, a manner, or nothing. */
function edgeDrop(scan: Scan, i: number): boolean {
  const t = scan.tokens[i];
  return t === undefined || EDGE_STOPWORDS.has(t.norm) || scan.roles[i] === Role.Sep || mannerAt(scan, i);
}

/** « une clé 64 Go », « un disque dur 2 To », "a TV 55 inch": a capacity or a size names the thing. */
const SIZE_UNIT = /^(go|gb|to|tb|mo|pouces?|inch(es)?|gigs?|mah|watts?|volts?)$/;
const sizeWord = ({ tokens }: Scan, i: number) =>
  tokens[i]?.kind === 'num'
    ? SIZE_UNIT.test(tokens[i + 1]?.norm ?? '')
    : SIZE_UNIT.test(tokens[i]?.norm ?? '') && tokens[i - 1]?.kind === 'num';
const sizeAt = (scan: Scan, s: number, e: number) =>
  e - 2 > s && scan.tokens[e - 2]?.kind === 'num' && SIZE_UNIT.test(scan.tokens[e - 1]?.norm ?? '');

function trim(scan: Scan, s: number, e: number): [number, number] {
  while (s < e && edgeDrop(scan, s)) s++;
  while (e > s && !sizeAt(scan, s, e) && (edgeDrop(scan, e - 1) || scan.roles[e - 1] === Role.Quantity)) e--;
  return [s, e];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const SYMBOLS: Readonly<Record<string, string>> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥' };

/** "86 €", "63,40 €" in French; "€86", "$63.40", "CHF 210" in English. */
export function formatMoney(cents: number, currency: string, lang: Lang): string {
  const units = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fr' ? ' ' : ',');
  const frac = cents % 100 === 0 ? '' : `${lang === 'fr' ? ',' : '.'}${String(cents % 100).padStart(2, '0')}`;
  const symbol = SYMBOLS[currency];
  if (lang === 'fr') return `${units}${frac} ${symbol ?? currency}`;
  return symbol ? `${symbol}${units}${frac}` : `${currency} ${units}${frac}`;
}

/** The words a share's note opens with, written and read from here alone. */
const SHARE_NOTE_WORDS: Readonly<Record<Lang, string>> = { fr: 'part de', en: 'share of' };

/** What a shared expense's description ends with: "(part de 86 €)", "(share of €86)". */
export function shareNote(totalCents: number, currency: string, lang: Lang): string {
  return `(${SHARE_NOTE_WORDS[lang]} ${formatMoney(totalCents, currency, lang)})`;
}

/** A share's note in either language at a description's end, with the space before it. */
const SHARE_NOTE_AT_END = new RegExp(
  `\\s*\\((?:${Object.values(SHARE_NOTE_WORDS).join('|')})\\s[^)]*\\)\\s*$`,
  'i',
);

/**
 * The description without the share's note it ends with, whichever language wrote it: « Taxi (part
 * de 20 $) » and "Taxi (share of $20)" are "Taxi" (a model may answer the speaker's part with it).
 */
export function withoutShareNote(description: string): string {
  return description.replace(SHARE_NOTE_AT_END, '');
}
