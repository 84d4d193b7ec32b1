/**
 * Brands read by their own name where the word tables would read a common word: a name written
 * with a capital ("at Boots", "lunch at Subway") and the number of a brand's name ("Optic 2000").
 * categorize.ts and scan.ts ask them; the word tables are category-tables.ts.
 */
import { addEntries, type Hit, withoutApostrophe } from './category-tables.ts';
import { BRANDS } from './lexicon-brands.ts';
import { EN_LEXICON } from './lexicon-en.ts';
import { FR_LEXICON } from './lexicon-fr.ts';
import { EN_LONG_TAIL, FR_LONG_TAIL } from './lexicon-long-tail.ts';
import { OSM_BRANDS, OSM_BRANDS_CAPITALISED } from './lexicon-open-brands.ts';
import { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';

/**
 * The brands that count only written with a capital, apart: in the English table a WordNet noun
 * takes their phrase ("boots"), so "at Boots" would be no shop at all (categorize.ts asks this
 * when a noun is written with a capital inside a sentence).
 */
const CAPITAL_NAMES = new PhraseTable<Hit>();
addEntries(CAPITAL_NAMES, OSM_BRANDS_CAPITALISED, new Set(), { place: true, capital: true });
// "at Chilis": a possessive name said without its apostrophe is a WordNet noun's plural too.
for (const entries of [OSM_BRANDS, OSM_BRANDS_CAPITALISED])
  for (const [category, weight, phrases] of entries)
    for (const phrase of phrases.split('|')) {
      const bare = withoutApostrophe(phrase);
      if (bare) CAPITAL_NAMES.add(bare, { category, weight, place: true, capital: true });
    }

/**
 * Every brand, by its own name: "Subway" the sandwich chain, which the English words read as the
 * metro ("took the subway"). categorize.ts asks it of a name written with a capital after "at",
 * "from" or "in".
 */
const BRAND_NAMES = new PhraseTable<Hit>();
addEntries(BRAND_NAMES, [...OSM_BRANDS, ...OSM_BRANDS_CAPITALISED, ...BRANDS], new Set(), { place: true });

/** tokens[i] follows "at", "from" or "in", past "the": "at Subway", "from the Range". */
export function atEnglishPlace(tokens: readonly Token[], i: number): boolean {
  const k = tokens[i - 1]?.norm === 'the' ? i - 2 : i - 1;
  return /^(at|from|in)$/.test(tokens[k]?.norm ?? '');
}

/** The brand whose name is at tokens[i] written with a capital ("lunch at Subway"), or null. */
export function brandName(tokens: readonly Token[], i: number, to: number) {
  return /^\p{Lu}/u.test(tokens[i]?.raw ?? '') ? BRAND_NAMES.match(tokens, i, to) : null;
}

/** The brand written with a capital at tokens[i] ("at Boots"), or null. */
export function capitalName(tokens: readonly Token[], i: number, to: number) {
  return /^\p{Lu}/u.test(tokens[i]?.raw ?? '') ? CAPITAL_NAMES.match(tokens, i, to) : null;
}

/**
 * Names with a number in them, from one pass over the lists (each split once at load):
 * - `trailing`: "Optic 2000", "Forever 21", "Office 365", a brand or a word-table phrase whose name
 *   ends in a number of two digits or more, keyed "optic 2000". Its number is part of the name,
 *   not money (scan.ts).
 * - `leading`: "7-Eleven", "100 Montaditos", a brand whose name starts with a number, keyed by that
 *   number and the next word ("7 eleven"); read as a name, not a date nor money (dates-in-names.ts).
 */
function numberedNames() {
  const trailing = new Set<string>();
  const leading = new Set<string>();
  const brands = [OSM_BRANDS, OSM_BRANDS_CAPITALISED, BRANDS];
  for (const entries of [...brands, FR_LEXICON, FR_LONG_TAIL, EN_LEXICON, EN_LONG_TAIL]) {
    const isBrand = brands.includes(entries);
    for (const [, , phrases] of entries)
      for (const p of phrases.split('|')) {
        const end = /(?:^| )([a-z]+) (\d{2,})$/.exec(p);
        if (end) trailing.add(`${end[1]} ${end[2]}`);
        const start = isBrand ? /^(\d+) ([a-z]+)/.exec(p) : null;
        if (start) leading.add(`${start[1]} ${start[2]}`);
      }
  }
  return { trailing, leading };
}

const NUMBERED = numberedNames();
const BRAND_NUMBERS: ReadonlySet<string> = NUMBERED.trailing;
export const BRAND_LEADING_NUMBERS: ReadonlySet<string> = NUMBERED.leading;

/** Whether tokens[i] is the number of a brand's name written with a capital ("Optic 2000"). */
export function isBrandNumber(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i];
  return (
    prev !== undefined &&
    t?.kind === 'num' &&
    /^\p{Lu}/u.test(prev.raw) &&
    BRAND_NUMBERS.has(`${prev.norm} ${t.norm}`)
  );
}
