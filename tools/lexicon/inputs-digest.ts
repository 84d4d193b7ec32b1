/**
 * What the generated lexicon was built from, in this repository: the build and its reviewed
 * tables (OSM tags, WordNet synsets), the shared list of categories, and the dataset versions
 * asked for. `pnpm lexicon` writes the digest into
 * shared/src/parse/lexicon-open-data.ts; tests/integration/lexicon-fresh.test.ts recomputes it, so
 * a change to the mapping that was not rebuilt fails the tests.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const LEXICON_INPUTS = [
  'build.ts',
  'generated-files.ts',
  'brands.ts',
  'read-alike.ts',
  'words-unread.ts',
  'osm-categories.ts',
  'preset-terms.ts',
  'sports.ts',
  'word-lists.ts',
  'wordnet.ts',
  'wordnet-categories.ts',
  'wordnet-words.ts',
  'given-names.ts',
  'emoji-categories.ts',
  'emoji-words.ts',
  'package.json',
  // The categories' order is the generated tables' order.
  '../../shared/src/categories.ts',
  // The hand brands: a brand they name is left out of the generated ones (build.ts, shadowed), so
  // one taken out of the hand list must come back in the generated list.
  '../../shared/src/parse/lexicon-brands.ts',
  // The hand words: a preset word they name alike is left out of the generated ones (build.ts).
  '../../shared/src/parse/hand-lexicons.ts',
  '../../shared/src/parse/lexicon-fr.ts',
  '../../shared/src/parse/lexicon-fr-everyday.ts',
  '../../shared/src/parse/lexicon-fr-things.ts',
  '../../shared/src/parse/lexicon-long-tail.ts',
  '../../shared/src/parse/lexicon-services.ts',
  '../../shared/src/parse/lexicon-en.ts',
  '../../shared/src/parse/lexicon-en-regional.ts',
  // The parser's tables, which read-alike.ts asks how a brand's own words read.
  '../../shared/src/parse/category-tables.ts',
  // The code the generated lists are written in.
  '../../shared/src/parse/front-coded.ts',
] as const;

export function lexiconInputsDigest(): string {
  const hash = createHash('sha256');
  for (const file of LEXICON_INPUTS) {
    hash.update(`${file}\n`);
    hash.update(readFileSync(new URL(file, import.meta.url), 'utf8').replace(/\r\n/g, '\n'));
  }
  return hash.digest('hex');
}
