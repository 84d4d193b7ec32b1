/**
 * What the category model learns from: the tuning sets' notes (never a holdout or blind set) and
 * every lexicon phrase (the hand-written words, iD's presets and the name-suggestion-index brands).
 */
import { readFileSync } from 'node:fs';
import type { Category } from '../../shared/src/categories.ts';
import type { TrainingNote } from '../../shared/src/parse/category-model-train.ts';
import { BRANDS } from '../../shared/src/parse/lexicon-brands.ts';
import { EN_LEXICON } from '../../shared/src/parse/lexicon-en.ts';
import { FR_LEXICON } from '../../shared/src/parse/lexicon-fr.ts';
import { EN_LONG_TAIL, FR_LONG_TAIL } from '../../shared/src/parse/lexicon-long-tail.ts';
import { OSM_BRANDS, OSM_BRANDS_CAPITALISED } from '../../shared/src/parse/lexicon-open-brands.ts';
import { OSM_EN, OSM_FR } from '../../shared/src/parse/lexicon-open-data.ts';
import type { LexiconEntry } from '../../shared/src/parse/types.ts';

/** The tuning sets of tests/fixtures. The holdout and blind sets are never read here. */
export const TUNING_SETS = [
  'utterances.jsonl',
  'utterances-v2.jsonl',
  'utterances-v3.jsonl',
  'utterances-v4.jsonl',
  'utterances-v5.jsonl',
  'utterances-v5b.jsonl',
  'utterances-v5c.jsonl',
  'utterances-v6.jsonl',
  'utterances-v7.jsonl',
  'utterances-cat7.jsonl',
  'utterances-v9m.jsonl',
  'utterances-v9m2.jsonl',
  'utterances-v9m3.jsonl',
  'utterances-v9m4.jsonl',
  'utterances-v9m5.jsonl',
  'utterances-v9m6.jsonl',
  'utterances-cat9.jsonl',
  'utterances-v9.jsonl',
  'utterances-v10c.jsonl',
  'utterances-v10d.jsonl',
] as const;

interface Line {
  text: string;
  expect: { category: Category[] }[];
}

/** One note per sentence whose expenses all mean the same first category. */
export function setNotes(name: string): TrainingNote[] {
  if (/blind|holdout/.test(name)) throw new Error(`${name} is never trained on`);
  const url = new URL(`../../tests/fixtures/${name}`, import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((l) => {
      const line = JSON.parse(l) as Line;
      const firsts = new Set(line.expect.map((e) => e.category[0]));
      const [category] = firsts;
      return firsts.size === 1 && category ? [{ text: line.text, category }] : [];
    });
}

const LEXICONS: readonly (readonly LexiconEntry[])[] = [
  FR_LEXICON,
  EN_LEXICON,
  FR_LONG_TAIL,
  EN_LONG_TAIL,
  BRANDS,
  OSM_FR,
  OSM_EN,
  OSM_BRANDS,
  OSM_BRANDS_CAPITALISED,
];

/** Every lexicon phrase as a note of its category. */
export function lexiconNotes(): TrainingNote[] {
  return LEXICONS.flatMap((entries) =>
    entries.flatMap(([category, , phrases]) => phrases.split('|').map((text) => ({ text, category }))),
  );
}
