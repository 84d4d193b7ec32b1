/**
 * The name-suggestion-index's brands the lexicon keeps (build.ts writes them to
 * shared/src/parse/lexicon-open-brands.ts): sold where the app's people live, in a kind of shop
 * osm-categories.ts maps, named as people say them, and which of them count only written with a
 * capital.
 */
import type { Category } from '../../shared/src/categories.ts';
import { categoryOfTags, OSM_CATEGORIES } from './osm-categories.ts';
import { BRANDS_WITH_A_CAPITAL, FIRST_NAMES } from './word-lists.ts';

export interface NsiGroup {
  items: {
    displayName: string;
    locationSet?: { include?: (string | number[])[] };
    tags: Record<string, string>;
  }[];
}

const ARTICLES = new Set([
  'le',
  'la',
  'les',
  "l'",
  'the',
  'a',
  'de',
  'du',
  'des',
  "d'",
  'of',
  'and',
  'et',
  '&',
]);
const COUNTRIES = new Set(['fr', 'be', 'ch', 'lu', 'mc', 'gb', 'ie', 'us', 'ca', '001']);
/**
 * Sold in one of COUNTRIES: a country, the world, or a part of a country as the NSI's country-coder
 * names it. "fx" is Metropolitan France: Boulanger, Castorama, Noz and 320 more brands we map are
 * listed there, not under "fr". "gb-eng", "us-hi" are a nation, a state (114 brands). With
 * `regional`, NSI's own regions of those countries too (".geojson" files: a US state's, London's,
 * Ontario's or Quebec's outline): regional chains, "Wawa", "LCBO", "SAQ Express".
 */
const soldHere = (code: string, regional: boolean) => {
  const c = code.toLowerCase();
  return (
    COUNTRIES.has(c) ||
    c === 'fx' ||
    (/^[a-z]{2}-[a-z]+$/.test(c) && COUNTRIES.has(c.slice(0, 2))) ||
    (regional && /^[a-z]{2}-[a-z0-9_-]+\.geojson$/.test(c) && COUNTRIES.has(c.slice(0, 2)))
  );
};

const isBrandGroup = (path: string) => {
  const [kind, key, value] = path.split('/');
  return (
    kind === 'brands' && key !== undefined && value !== undefined && OSM_CATEGORIES[key]?.has(value) === true
  );
};
const soldHereItem = (item: NsiGroup['items'][number], regional = false) =>
  (item.locationSet?.include ?? []).some((c) => typeof c === 'string' && soldHere(c, regional));
/**
 * A regional chain of the US alone is kept only for groceries and fuel (the convenience stores and
 * supermarkets a traveller stops at on the road: "Wawa", "Sheetz"): its restaurants, bike shares,
 * machinery dealers, clinics and insurers (322 brands, 1.8 KB gzip of the phone's reading chunk) are
 * no name a person in France or the UK says, and no labelled set says one (catdata21 made the room).
 */
const keptRegional = (item: NsiGroup['items'][number], category: Category) =>
  category === 'groceries' ||
  (item.locationSet?.include ?? []).some(
    (c) => typeof c === 'string' && soldHere(c, true) && !c.toLowerCase().startsWith('us-'),
  );

/** The companies (their Wikidata ids) whose supermarkets or convenience stores are sold here: U, Carrefour, Tesco. */
function grocers(nsi: Readonly<Record<string, NsiGroup>>): Set<string> {
  const out = new Set<string>();
  for (const [path, group] of Object.entries(nsi))
    if (path === 'brands/shop/supermarket' || path === 'brands/shop/convenience')
      for (const item of group.items) {
        const id = item.tags['brand:wikidata'];
        if (id && soldHereItem(item)) out.add(id);
      }
  return out;
}

/**
 * A brand's category by its tags; the fuel station of a company that runs supermarkets is the
 * supermarket: the index lists "Système U" only as the U stores' fuel stations, but « Système U,
 * 45 € » is the shopping (« plein chez Système U » is still fuel: what was bought wins over a shop).
 */
function brandCategory(tags: Readonly<Record<string, string>>, grocer: ReadonlySet<string>) {
  if (tags.amenity === 'fuel' && grocer.has(tags['brand:wikidata'] ?? '')) return 'groceries';
  return categoryOfTags(tags);
}

/**
 * Brands of the NSI sold where the app's people live, by their tags' category. `common`: everyday
 * words, which no one-word brand may take and of which alone a name is a brand only written as one;
 * `nouns`: WordNet's common nouns.
 */
export function brands(
  nsi: Readonly<Record<string, NsiGroup>>,
  normed: (phrase: string) => string,
  common: ReadonlySet<string>,
  nouns: ReadonlySet<string>,
) {
  const out = new Map<string, { category: Category | null; name: string; capital: boolean }>();
  const grocer = grocers(nsi);
  // The words of BRANDS_WITH_A_CAPITAL that named a brand of the index.
  const capitalsUsed = new Set<string>();
  // The regional chains after the others: a name a country's brand has keeps that brand's kind.
  for (const regional of [false, true])
    for (const [path, group] of Object.entries(nsi)) {
      if (!isBrandGroup(path)) continue;
      for (const item of group.items) {
        if (!soldHereItem(item, regional)) continue;
        const category = brandCategory(item.tags, grocer);
        if (regional && category && !soldHereItem(item) && !keptRegional(item, category)) continue;
        // "Target (USA)" is said "Target"; "The Home Depot", "Home Depot".
        const name = item.displayName
          .replace(/\s*\(.*\)$/, '')
          .replace(/^The /, '')
          .trim();
        const key = normed(name);
        if (!category || key.length < 3 || /[^a-z0-9&' ]/.test(key) || /^\d+$/.test(key)) continue;
        // "Paul", "La Place", "Action": one word everyone says names no brand unless written as one;
        // two words ("Home Depot", "Grand Frais") name one.
        const words = key.split(' ').filter((w) => !ARTICLES.has(w));
        // "La Halle" is listed by its word, "halle".
        const listed = BRANDS_WITH_A_CAPITAL.has(words.join(' '));
        if (listed) capitalsUsed.add(words.join(' '));
        const everyday =
          words.every((w) => FIRST_NAMES.has(w)) || (words.length === 1 && common.has(words[0] ?? ''));
        if (everyday && !listed) continue;
        // "day by day", « au bureau », "at home", « France Pare Brise »: a name made of everyday words
        // alone (the same words no one-word brand may take: the lexicons', the sentences', iD's
        // presets') is an ordinary phrase before it is a brand ("I pay it day by day").
        const phrase =
          words.length > 1 &&
          key.split(' ').every((w) => common.has(w) || ARTICLES.has(w) || /^\d+$/.test(w));
        // "Mango", "Puma", "Lime": a brand that is a common noun of WordNet, or its plural ("Notes",
        // "Needs", "Islands"), is the brand only written as one.
        const one = words.length === 1 ? (words[0] ?? '') : '';
        const capital =
          listed || phrase || nouns.has(one) || (one.endsWith('s') && nouns.has(one.slice(0, -1)));
        // One brand in several kinds of shop ("Target" supermarket and department store): the first kind listed.
        if (!out.has(key)) out.set(key, { category, name, capital });
      }
    }
  // A word of the capital list that names no brand kept here is a mistake of the list ("wendys": the
  // index writes "Wendy's"), never matched: the build says so rather than carry it.
  const unknown = [...BRANDS_WITH_A_CAPITAL].filter((w) => !capitalsUsed.has(w));
  if (unknown.length > 0)
    throw new Error(`BRANDS_WITH_A_CAPITAL names no brand kept here: ${unknown.join(', ')}`);
  return out;
}
