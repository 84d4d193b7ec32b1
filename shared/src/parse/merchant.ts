import type { Category } from '../categories.ts';
import { BRANDS } from './lexicon-brands.ts';
import { OSM_BRANDS, OSM_BRANDS_CAPITALISED } from './lexicon-open-brands.ts';
import { PhraseTable } from './phrase-table.ts';
import { cleanText, tokenize } from './tokenize.ts';

/** A shop or brand named in some text, as written there, with its category. */
export interface Merchant {
  /** The words as the text writes them: "LEROY MERLIN", "Monoprix". */
  name: string;
  category: Category;
}

interface Brand {
  category: Category;
  capital: boolean;
}

let table: PhraseTable<Brand> | null = null;

/** Built on first use: the brands of the hand lexicon win over the open data's. */
function brands(): PhraseTable<Brand> {
  if (table) return table;
  table = new PhraseTable<Brand>();
  for (const [entries, capital] of [
    [OSM_BRANDS, false],
    [OSM_BRANDS_CAPITALISED, true],
    [BRANDS, false],
  ] as const) {
    for (const [category, , phrases] of entries)
      for (const phrase of phrases.split('|')) {
        table.add(phrase, { category, capital });
        if (phrase.includes('&')) table.add(phrase.replace('&', 'and'), { category, capital });
      }
  }
  return table;
}

/**
 * The first brand or chain named in `text` (a receipt's header, a bank line, a note), longest
 * name first: "LEROY MERLIN MASSY" → Leroy Merlin, housing. A brand that is an everyday word too
 * ("Action") counts only written with a capital. Pure: the same text gives the same answer.
 */
export function findMerchant(text: string): Merchant | null {
  const clean = cleanText(text);
  const tokens = tokenize(clean);
  const t = brands();
  for (let i = 0; i < tokens.length; i++) {
    const hit = t.match(tokens, i);
    if (!hit) continue;
    if (hit.value.capital && !/^\p{Lu}/u.test(tokens[i]?.raw ?? '')) continue;
    const first = tokens[i];
    const last = tokens[hit.end - 1];
    if (!first || !last) continue;
    return { name: clean.slice(first.start, last.end), category: hit.value.category };
  }
  return null;
}
