import type { Category } from '../categories.ts';
import { determiners } from './determiners.ts';
import { PhraseTable } from './phrase-table.ts';
import { cleanText, type Token, tokenize } from './tokenize.ts';
import type { LearnedWord } from './types.ts';

/** Words dropped from the front of a learned phrase: "chez Le Petit Zinc" and "au petit zinc" are one place. */
const LEADING = determiners(['definite', 'indefinite', 'partitive', 'mine'], {
  plus: "chez|at|au|aux|from|in|de|d'",
  minus: 'some',
});
/** A description the parser writes when the words name nothing: nothing to learn from it. */
const GENERIC = new Set(['depense', 'expense', 'depenses', 'expenses', 'autre', 'other', 'divers']);
const MAX_WORDS = 6;
/** Oldest corrections fall off past this many: a memory is a few hundred places, not a diary. */
export const MAX_LEARNED = 500;

/** "Cafés" and "cafe" are one word: plurals in -s and -x fold onto the singular, both sides alike. */
export function singular(norm: string): string {
  return norm.length > 3 && /[sx]$/.test(norm) && !norm.endsWith('ss') ? norm.slice(0, -1) : norm;
}

function keyWords(tokens: readonly Token[]): string[] {
  const words = tokens.filter((t) => t.kind === 'word' || t.kind === 'num').map((t) => singular(t.norm));
  let from = 0;
  while (from < words.length && LEADING.has(words[from] ?? '')) from++;
  return words.slice(from);
}

/**
 * The normalised form a learned phrase is stored and compared under: lower case, no accents,
 * singular, no leading "chez"/"at"/article, no "(part de 86 €)" note. "" when nothing is left.
 */
export function memoryKey(text: string): string {
  const bare = cleanText(text).replace(/\([^)]*\)/g, ' ');
  return keyWords(tokenize(bare)).join(' ');
}

function learnable(key: string): boolean {
  const words = key.split(' ');
  return key !== '' && words.length <= MAX_WORDS && !words.every((w) => GENERIC.has(w) || /^\d/.test(w));
}

/**
 * What a person's fix teaches: the words of the expense now mean the category they chose. Only a
 * change of category teaches anything. The words are the ones the person said when the transcript
 * holds them (their own new description first, then the old one), else their new description.
 */
export function learnFromCorrection(
  before: { description: string; category: Category; transcript?: string },
  after: { description?: string; category?: Category },
): LearnedWord | null {
  const category = after.category ?? before.category;
  if (category === before.category) return null;
  const candidates = [after.description, before.description]
    .filter((d): d is string => d !== undefined)
    .map(memoryKey)
    .filter(learnable);
  if (candidates.length === 0) return null;
  const said = before.transcript === undefined ? null : ` ${memoryKey(before.transcript)} `;
  const phrase = (said && candidates.find((k) => said.includes(` ${k} `))) ?? candidates[0];
  return phrase === undefined ? null : { phrase, category };
}

/**
 * The memory with `word` learned: a later correction for the same phrase replaces the earlier
 * one; other phrases are untouched. Returns a new array; the oldest entries go past MAX_LEARNED.
 */
export function rememberWord(memory: readonly LearnedWord[], word: LearnedWord): LearnedWord[] {
  const phrase = memoryKey(word.phrase);
  if (phrase === '') return [...memory];
  const kept = memory.filter((w) => memoryKey(w.phrase) !== phrase);
  kept.push({ phrase, category: word.category });
  return kept.slice(-MAX_LEARNED);
}

// One table per memory array: the server passes the same array for many notes of one person.
const tables = new WeakMap<readonly LearnedWord[], PhraseTable<LearnedWord>>();

/** The learned phrases as a table over singular token norms; later entries win a shared key. */
export function memoryTable(memory: readonly LearnedWord[]): PhraseTable<LearnedWord> {
  let table = tables.get(memory);
  if (!table) {
    table = new PhraseTable<LearnedWord>();
    for (const w of memory) {
      const key = memoryKey(w.phrase);
      if (key !== '') table.add(key, w);
    }
    tables.set(memory, table);
  }
  return table;
}
