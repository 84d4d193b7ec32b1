/**
 * The generated words the parser reads alike without them, dead weight on the phone (build.ts
 * leaves them out): a preset or WordNet word the hand lexicons name alike, and an open brand whose
 * own words already name its category to both reading tables (« AD Delhaize » by « Delhaize »,
 * "Anytime Fitness" by "fitness", "Virgin Hotel" by "hotel"), asked of the parser's own tables
 * (category-tables.ts readingTables) built from the lists this build is about to write.
 */
import type { Category } from '../../shared/src/categories.ts';
import { readingTables } from '../../shared/src/parse/category-tables.ts';
import { phraseWords } from '../../shared/src/parse/phrase-table.ts';
import type { LexiconEntry } from '../../shared/src/parse/types.ts';

type Words = ReadonlyMap<string, { category: Category | null; weight: number }>;

/** What the hand lexicons of a language mean by each phrase: its last listing, as category-tables.ts adds them. */
export function handMeaning(
  hand: readonly (readonly [Category, number, string])[],
  normed: (phrase: string) => string,
): Map<string, string> {
  const last = new Map<string, string>();
  for (const [category, weight, phrases] of [...hand].sort((a, b) => a[1] - b[1]))
    for (const p of phrases.split('|')) last.set(normed(p), `${category} ${weight}`);
  return last;
}

/**
 * The words as shipped: less a word the same language's hand lexicons name with the same category
 * and weight, which they add after it with the same forms (category-tables.ts).
 */
export function unlistedByHand<W extends { category: Category | null; weight: number }>(
  words: ReadonlyMap<string, W>,
  hand: ReadonlyMap<string, string>,
): Map<string, W> {
  return new Map([...words].filter(([k, w]) => hand.get(k) !== `${w.category} ${w.weight}`));
}

/** A generated list's rows, as the generated file decodes them: one per category and weight. */
export function rowsOf(words: Words): LexiconEntry[] {
  const rows = new Map<string, [Category, number, string[]]>();
  for (const [phrase, { category, weight }] of words) {
    if (!category) continue;
    const key = `${category} ${weight}`;
    const row = rows.get(key) ?? [category, weight, []];
    row[2].push(phrase);
    rows.set(key, row);
  }
  return [...rows.values()].map(([category, weight, phrases]) => [category, weight, phrases.join('|')]);
}

/** The lists the build is about to write, as build.ts holds them. */
export interface ShippedLists {
  brands: readonly [Words, Words];
  presets: Record<'fr' | 'en', Words>;
  emoji: Record<'fr' | 'en', ReadonlyMap<string, Category>>;
  nouns: ReadonlyMap<string, Category>;
  ailments: ReadonlyMap<string, Category>;
}

/** A list of one weight, as rows. */
export const weighing = (words: ReadonlyMap<string, Category>, weight: number) =>
  rowsOf(new Map([...words].map(([phrase, category]) => [phrase, { category, weight }])));

/**
 * The brands whose proper part (all but the first words, or all but the last) both tables read as
 * the brand's category, as a word that counts lower-case and is no WordNet noun (written with a
 * capital, as a brand is, such a noun reads as a name). Kept: a brand with a digit (brand-names.ts
 * reads its number as part of the name, « Pizza 73 »), one opening on a given name
 * (person-or-body.ts tells a person by it) and those `kept` names.
 */
export function brandsReadAlike(
  lists: ShippedLists,
  weights: { emoji: number; ailments: number },
  givenNames: ReadonlySet<string>,
  kept: ReadonlySet<string>,
): Set<string> {
  const tables = readingTables({
    brands: [rowsOf(lists.brands[0]), rowsOf(lists.brands[1])],
    presets: { fr: rowsOf(lists.presets.fr), en: rowsOf(lists.presets.en) },
    emoji: { fr: weighing(lists.emoji.fr, weights.emoji), en: weighing(lists.emoji.en, weights.emoji) },
    wordnet: [...weighing(lists.nouns, 2), ...weighing(lists.ailments, weights.ailments)],
  });
  const alike = new Set<string>();
  for (const words of lists.brands)
    for (const [phrase, { category }] of words) {
      const norms = phraseWords(phrase);
      if (/\d/.test(phrase) || givenNames.has(norms[0] ?? '') || kept.has(phrase)) continue;
      const tokens = norms.map((norm) => ({ norm }));
      const readAs = (lang: 'fr' | 'en') =>
        tokens.some((_, i) => {
          const hit = tables[lang].match(tokens, i, i === 0 ? tokens.length - 1 : tokens.length)?.value;
          return hit?.category === category && !hit.capital && !hit.lower && !hit.afterFaire;
        });
      if (readAs('fr') && readAs('en')) alike.add(phrase);
    }
  return alike;
}
