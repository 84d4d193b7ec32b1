import { readDigits } from './digits.ts';
import { MARKERS } from './markers.ts';
import { readNumberWords } from './number-words.ts';
import { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';
import { NOT_COUNTED } from './word-sets.ts';

// The small counts a share is said with (« par trois », "three ways", "the 3 of us", « on était
// quatre »), read by the split (shares.ts) and by the people counted (people-counted.ts); and the
// parts a total is paid in (« en 3 fois »), which share nothing (times-said.ts reads them too).

/** After the count: "three ways", "the 3 of us", "4 personnes". */
const COUNT_NOUNS = new PhraseTable<true>(
  ['ways', 'of us', 'personnes', 'people', 'persons', 'parts', 'pers'].map((w) => [w, true]),
);
const END_WORDS = new Set([',', '.', ';', '!', '?', ':', 'et', 'and', 'avec', 'with']);

/** A small count at tokens[i]: "3", "trois", "four". */
export function readCount(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): { n: number; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  let n: number | null = null;
  let end = i + 1;
  if (t.kind === 'num') n = readDigits(t.norm)?.int ?? null;
  else if (t.kind === 'word') {
    const w = readNumberWords(tokens, i, lang);
    if (w) {
      n = w.value;
      end = w.end;
    }
  }
  return n !== null && n >= 2 && n <= 20 ? { n, end } : null;
}

/**
 * A count that ends a clause or names people: "par trois.", "three ways", "the 3 of us". `led`:
 * after « nous », "us" the count needs no end (« entre nous trois la location … »); an amount
 * may follow it (« le Airbnb à trois 450 € »).
 */
export function countThen(tokens: readonly Token[], i: number, lang: Lang, needNoun: boolean, led = false) {
  const c = readCount(tokens, i, lang);
  if (!c) return null;
  const noun = COUNT_NOUNS.match(tokens, c.end);
  if (noun) return { n: c.n, end: noun.end };
  const next = tokens[c.end];
  // « divisé en deux quoi », « on a partagé à deux bon », « en deux genre »: a filler after the count ends it too.
  const ends =
    next === undefined ||
    END_WORDS.has(next.norm) ||
    NOT_COUNTED.has(next.norm) ||
    // « divisé en deux à Genève », "split in two at the bar": a place after the count.
    /^(a|au|aux|chez|in|at)$/.test(next.norm) ||
    /^(filler|hedge)$/.test(MARKERS.match(tokens, c.end)?.value ?? '') ||
    next.kind === 'num' ||
    led;
  return !needNoun && ends ? c : null;
}

/** The parts a price is paid in. */
export const PARTS = /^(fois|mensualites|echeances|versements|paiements|payments|instalments|installments)$/;

/** « en 3 fois », "into 4 payments" at tokens[i]: how a total is paid, neither a count nor a share. */
export function paidInParts(tokens: readonly Token[], i: number, lang: Lang): boolean {
  const c = /^(en|in|into)$/.test(tokens[i]?.norm ?? '') ? readCount(tokens, i + 1, lang) : null;
  return c !== null && PARTS.test(tokens[c.end]?.norm ?? '');
}
