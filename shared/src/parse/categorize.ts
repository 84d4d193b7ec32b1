import type { Category } from '../categories.ts';
import { completesFrame, forPurpose, forSomeoneElse, roomFor } from './category-frames.ts';
import { BRANDS } from './lexicon-brands.ts';
import { EN_LEXICON } from './lexicon-en.ts';
import { FR_LEXICON } from './lexicon-fr.ts';
import { EN_LONG_TAIL, FR_LONG_TAIL } from './lexicon-long-tail.ts';
import { OSM_BRANDS, OSM_BRANDS_CAPITALISED, OSM_EN, OSM_FR } from './lexicon-open-data.ts';
import { WORDNET_EN } from './lexicon-wordnet.ts';
import { type Normed, PhraseTable, phraseWords } from './phrase-table.ts';
import type { Token } from './tokenize.ts';
import type { Lang, LearnedWord, LexiconEntry } from './types.ts';

interface Hit {
  category: Category;
  weight: number;
  /** A shop that sells many kinds of things ("Carrefour", "bureau de tabac"): what was bought there says more. */
  place: boolean;
  /** A brand that is an everyday word too ("Action"): it counts only written with a capital. */
  capital?: boolean;
  /** A common noun from WordNet ("apple"): written with a capital inside a sentence, it is a name ("Apple"). */
  lower?: boolean;
}

export interface CategoryMatch extends Hit {
  /** Token index where the keyword starts: the description is built around it. */
  start: number;
  end: number;
  /** Another clear keyword of the same words names another category ("pizza chez Picard"). */
  contested: boolean;
  /** The word the person taught, when the category comes from it. */
  learned?: LearnedWord;
}

/** Brands of these categories are shops; brands of the others are the service itself ("Uber", "Netflix"). */
const RETAIL = new Set<Category>(['groceries', 'shopping', 'housing']);
const PLACES = new Set(
  (
    'supermarche|hypermarche|superette|epicerie|epicier|marche|primeur|boulangerie|patisserie|boucherie|' +
    'charcuterie|poissonnerie|fromagerie|resto|restau|restaurant|brasserie|bistrot|bistro|bar|pizzeria|' +
    'creperie|sandwicherie|station service|pharmacie|parapharmacie|magasin|boutique|tabac|bureau de tabac|' +
    'buraliste|tabac presse|kiosque|marchand de journaux|maison de la presse|animalerie|grocery store|' +
    'supermarket|market|bakery|butcher|deli|pub|diner|canteen|cafeteria|gas station|pharmacy|drugstore|' +
    'chemist|hardware store|mall|shop|store|newsstand|newsagent|pet store|pet shop|cvs|walgreens|' +
    'pharmacie lafayette|optic 2000|afflelou|krys|grand optical|lissac|atol|general optique|librairie|' +
    'bookshop|bookstore'
  ).split('|'),
);

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
  'spa',
  'litter',
]);
for (const w of FR_ONLY_MORE) FR_ONLY.add(w);

/** The plural of a phrase's last word: « gâteaux », « journaux », and English "crutches", "batteries", "glasses". */
function plural(words: string[]): string[] | null {
  const last = words[words.length - 1] ?? '';
  if (last.length < 3 || (/[sxz]$/.test(last) && !/ss$/.test(last))) return null;
  const many = /(eau|eu)$/.test(last)
    ? `${last}x`
    : /al$/.test(last)
      ? `${last.slice(0, -2)}aux`
      : /(ch|sh|ss)$/.test(last)
        ? `${last}es`
        : /[^aeiou]y$/.test(last)
          ? `${last.slice(0, -1)}ies`
          : `${last}s`;
  return [...words.slice(0, -1), many];
}

function addEntries(
  table: PhraseTable<Hit>,
  entries: readonly LexiconEntry[],
  skip: ReadonlySet<string>,
  as: { place?: boolean; capital?: boolean; lower?: boolean } = {},
): void {
  // Weak entries first, so a strong meaning of the same phrase overwrites a weak one.
  for (const [category, weight, phrases] of [...entries].sort((a, b) => a[1] - b[1])) {
    for (const phrase of phrases.split('|')) {
      if (skip.has(phrase)) continue;
      const hit: Hit = {
        category,
        weight,
        place: as.place === true || PLACES.has(phrase) || (weight === 3 && RETAIL.has(category)),
        ...(as.capital ? { capital: true } : {}),
        ...(as.lower ? { lower: true } : {}),
      };
      table.add(phrase, hit);
      // "Holland & Barrett" is said "Holland and Barrett".
      if (phrase.includes('&')) for (const and of ['and', 'et']) table.add(phrase.replace('&', and), hit);
      // Brands are names: "Oranges" are fruit, not the phone company.
      const many = weight === 3 ? null : plural(phraseWords(phrase));
      if (many) table.add(many.join(' '), hit);
    }
  }
}

/**
 * Open data first (OSM's names, then WordNet's nouns, which are never weaker than a preset's search
 * term: "heating oil" is fuel for the home, not a fuel shop's term), then the other language's
 * words, so the speaker's own language decides a shared phrase and the hand-written words win over
 * the generated ones.
 */
function buildTable(
  nouns: readonly LexiconEntry[],
  openData: readonly LexiconEntry[],
  own: readonly LexiconEntry[],
  foreign: readonly LexiconEntry[],
  foreignSkip: ReadonlySet<string>,
) {
  const table = new PhraseTable<Hit>();
  // Open-data brands are shops: what was bought there says more ("peinture chez Leroy Merlin").
  addEntries(table, OSM_BRANDS, new Set(), { place: true });
  addEntries(table, OSM_BRANDS_CAPITALISED, new Set(), { place: true, capital: true });
  addEntries(table, openData, new Set());
  addEntries(table, nouns, new Set(), { lower: true });
  addEntries(table, foreign, foreignSkip);
  addEntries(table, BRANDS, new Set());
  addEntries(table, own, new Set());
  return table;
}

const FR = [...FR_LEXICON, ...FR_LONG_TAIL];
const EN = [...EN_LEXICON, ...EN_LONG_TAIL];
const TABLES: Record<Lang, PhraseTable<Hit>> = {
  // WordNet is English: its nouns in French speech would be false friends ("pain", "coin", "car").
  fr: buildTable([], OSM_FR, FR, EN, EN_ONLY),
  en: buildTable(WORDNET_EN, OSM_EN, EN, FR, FR_ONLY),
};

/** A word or phrase from tokens[i] that the English table knows and the French one does not ("crutches", "light bulbs"). */
export function isEnglishOnlyWord(tokens: readonly Token[], i: number): boolean {
  const en = TABLES.en.match(tokens, i);
  if (!en) return false;
  const fr = TABLES.fr.match(tokens, i);
  // A brand that counts only written with a capital ("Boots") is no French word for "boots".
  return !fr || fr.end < en.end || fr.value.capital === true;
}

/**
 * "Optic 2000", "Forever 21", "Office 365": a brand whose name ends in a number of two digits or
 * more, keyed "optic 2000". Its number is part of the name, not money (scan.ts).
 */
const BRAND_NUMBERS: ReadonlySet<string> = new Set(
  [OSM_BRANDS, OSM_BRANDS_CAPITALISED, BRANDS, FR, EN].flatMap((entries) =>
    entries.flatMap(([, , phrases]) =>
      phrases.split('|').flatMap((p) => {
        const m = /(?:^| )([a-z]+) (\d{2,})$/.exec(p);
        return m ? [`${m[1]} ${m[2]}`] : [];
      }),
    ),
  ),
);

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

/**
 * Which keyword decides: a present (weight 4) over all; then what was bought over where
 * ("ticket de métro au tabac" is transport, "croquettes chez Carrefour" names the croquettes);
 * then the stronger word; vague words (weight 1) last.
 */
function rank(h: Hit): number {
  if (h.weight >= 4) return 100;
  if (h.weight <= 1) return h.weight;
  return h.place ? 10 + h.weight : 20 + h.weight;
}

/** "at the barber's", "the dentist's": the trade's word without the English possessive. */
function possessive(table: PhraseTable<Hit>, tokens: readonly Token[], i: number, to: number) {
  const t = tokens[i];
  if (!t?.norm.endsWith("'s") || t.norm.length < 5) return null;
  const bare = tokens.slice(i, to);
  bare[0] = { ...t, norm: t.norm.slice(0, -2) };
  const hit = table.match(bare, 0);
  return hit ? { value: hit.value, end: i + hit.end } : null;
}

const ROOM: Hit = { category: 'housing', weight: 2, place: false };
/** What is bought as a present for someone: food, drink, a thing. */
const GIVEN = new Set<Category>(['groceries', 'shopping', 'other']);

/** tokens[i] is where it was bought, after "at", « au », « chez »…: "at the pub", not "chocolate bar". */
function atPlace(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  // « à » is written "a" once accents are folded: the English article is passed over as a preposition.
  if (/^(la|le|l'|les|the|an)$/.test(tokens[k]?.norm ?? '')) k--;
  return /^(at|in|from|au|aux|a|chez|dans)$/.test(tokens[k]?.norm ?? '');
}

const SCHOOLS = new Set(
  'fac|faculte|universite|ecole|college|lycee|creche|maternelle|prepa|school|uni|university|nursery|kindergarten'.split(
    '|',
  ),
);

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
  // Clear keywords seen so far, to tell whether they all agree.
  let clear: Category | null | 'mixed' = null;
  // A place that serves food ("at the pub", « au resto »): food bought there was eaten there.
  let served = false;
  for (let i = from; i < to; i++) {
    const kind = tokens[i]?.kind;
    if ((kind !== 'word' && kind !== 'sym') || !isWord(i)) continue;
    const roomEnd = roomFor(tokens, from, i, to, isWord);
    // « lustre pour la salle à manger »: a room of the home is the home's, whatever else it names.
    const hit =
      roomEnd !== null
        ? { value: ROOM, end: roomEnd }
        : (table.match(tokens, i, to) ?? possessive(table, tokens, i, to));
    if (!hit) continue;
    let h = hit.value;
    if (h.capital && !/^\p{Lu}/u.test(tokens[i]?.raw ?? '')) continue;
    if (h.lower && i > 0 && /^\p{Lu}/u.test(tokens[i]?.raw ?? '')) continue;
    // « livres pour la fac », "shoes for school": schooling is what it was bought for.
    if (SCHOOLS.has(tokens[i]?.norm ?? '') && h.weight < 3 && forPurpose(tokens, i)) h = { ...h, weight: 3 };
    if (h.weight >= 2) clear = clear === null || clear === h.category ? h.category : 'mixed';
    if (h.place && h.category === 'dining' && atPlace(tokens, i)) served = true;
    // "coffee beans", "pizza oven": an English compound is named by its last noun; but a sport's
    // or an art's class stays leisure ("yoga class"), as the French « cours de yoga », and what is
    // for school stays education ("school uniform", as « livres pour la fac »).
    const head =
      lang === 'en' &&
      best !== null &&
      best.end === i &&
      rank(h) === rank(best) &&
      best.category !== 'education' &&
      !(best.category === 'leisure' && h.category === 'education');
    // « permis de pêche »: what a permit, a pass or a fee is for says more than the word itself.
    const framed = best !== null && h.weight >= 2 && completesFrame(tokens, best.start, best.end, i);
    if (!best || rank(h) > rank(best) || head || framed)
      best = {
        category: h.category,
        weight: h.weight,
        place: h.place,
        start: i,
        end: hit.end,
        contested: false,
      };
    i = hit.end - 1;
  }
  if (best) best.contested = clear === 'mixed' && best.weight < 4;
  // "a steak at the restaurant", "cheese at the pub": dining, not groceries.
  if (best && served && best.category === 'groceries' && !best.place) best.category = 'dining';
  // « chocolats pour la maîtresse », "a bottle of wine for our hosts": a present.
  if ((!best || (best.weight <= 2 && GIVEN.has(best.category))) && forSomeoneElse(tokens, from, to))
    return {
      category: 'gifts',
      weight: 2,
      place: false,
      start: best?.start ?? from,
      end: best?.end ?? from,
      contested: false,
    };
  return best;
}

/** The learned phrase in words[from, to), longest first, as a match that beats every keyword. */
export function findLearned(
  words: readonly Normed[],
  from: number,
  to: number,
  table: PhraseTable<LearnedWord>,
): CategoryMatch | null {
  for (let i = from; i < to; i++) {
    const hit = table.match(words, i, to);
    if (hit)
      return {
        category: hit.value.category,
        weight: 5,
        place: false,
        start: i,
        end: hit.end,
        contested: false,
        learned: hit.value,
      };
  }
  return null;
}
