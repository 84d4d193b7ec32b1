import type { Category } from '../categories.ts';
import { BRANDS } from './lexicon-brands.ts';
import { EN_LEXICON } from './lexicon-en.ts';
import { FR_LEXICON } from './lexicon-fr.ts';
import { PhraseTable, phraseWords } from './phrase-table.ts';
import type { Token } from './tokenize.ts';
import type { Lang, LexiconEntry } from './types.ts';

interface Hit {
  category: Category;
  weight: number;
}

export interface CategoryMatch extends Hit {
  /** Token index where the keyword starts: the description is built around it. */
  start: number;
  end: number;
}

// Words that mean something else in the other language ("pain" is bread, "car" is "because").
const FR_ONLY = new Set([
  'pain',
  'course',
  'courses',
  'location',
  'free',
  'orange',
  'pass',
  'change',
  'test',
  'tests',
]);
const FR_ONLY_MORE = [
  'don',
  'dons',
  'stage',
  'box',
  'radio',
  'scanner',
  'lit',
  'plat',
  'vol',
  'vols',
  'salle',
];
const EN_ONLY = new Set([
  'car',
  'store',
  'course',
  'tube',
  'plane',
  'tip',
  'gas',
  'fine',
  'ride',
  'show',
  'bill',
]);
for (const w of FR_ONLY_MORE) FR_ONLY.add(w);

function plural(words: string[]): string[] | null {
  const last = words[words.length - 1] ?? '';
  if (/[sxz]$/.test(last) || last.length < 3) return null;
  return [
    ...words.slice(0, -1),
    /(eau|eu)$/.test(last) ? `${last}x` : /al$/.test(last) ? `${last.slice(0, -2)}aux` : `${last}s`,
  ];
}

function addEntries(
  table: PhraseTable<Hit>,
  entries: readonly LexiconEntry[],
  skip: ReadonlySet<string>,
): void {
  // Weak entries first, so a strong meaning of the same phrase overwrites a weak one.
  for (const [category, weight, phrases] of [...entries].sort((a, b) => a[1] - b[1])) {
    for (const phrase of phrases.split('|')) {
      if (skip.has(phrase)) continue;
      table.add(phrase, { category, weight });
      // Brands are names: "Oranges" are fruit, not the phone company.
      const many = weight === 3 ? null : plural(phraseWords(phrase));
      if (many) table.add(many.join(' '), { category, weight });
    }
  }
}

/** The other language's words first, so the speaker's own language decides a shared phrase. */
function buildTable(
  own: readonly LexiconEntry[],
  foreign: readonly LexiconEntry[],
  foreignSkip: ReadonlySet<string>,
) {
  const table = new PhraseTable<Hit>();
  addEntries(table, foreign, foreignSkip);
  addEntries(table, BRANDS, new Set());
  addEntries(table, own, new Set());
  return table;
}

const TABLES: Record<Lang, PhraseTable<Hit>> = {
  fr: buildTable(FR_LEXICON, EN_LEXICON, EN_ONLY),
  en: buildTable(EN_LEXICON, FR_LEXICON, FR_ONLY),
};

/**
 * The strongest category keyword in tokens[from, to); the first one wins a tie. `isWord(i)` says
 * which tokens are words of the sentence: "quarante livres" are pounds, not books.
 */
export function findCategory(
  tokens: readonly Token[],
  from: number,
  to: number,
  lang: Lang,
  isWord: (i: number) => boolean,
): CategoryMatch | null {
  const table = TABLES[lang];
  let best: CategoryMatch | null = null;
  for (let i = from; i < to; i++) {
    const kind = tokens[i]?.kind;
    if ((kind !== 'word' && kind !== 'sym') || !isWord(i)) continue;
    const hit = table.match(tokens, i, to);
    if (!hit) continue;
    if (!best || hit.value.weight > best.weight) best = { ...hit.value, start: i, end: hit.end };
    i = hit.end - 1;
  }
  return best;
}
