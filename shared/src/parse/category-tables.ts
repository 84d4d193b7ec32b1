/**
 * The category tables the parser looks words up in, one per language: the hand-written lexicons,
 * the open data (OSM presets and brands, WordNet's English nouns) and the other language's words,
 * in the order that decides a phrase two of them name (buildTable). categorize.ts reads them.
 */
import type { Category } from '../categories.ts';
import { addEmojiWords } from './category-emoji.ts';
import {
  agentOfEnglishService,
  agentOfService,
  derivedForms,
  englishForms,
  serviceOfTrade,
  serviceVerb,
} from './category-forms.ts';
import { EN_HAND, FR_HAND } from './hand-lexicons.ts';
import { BRANDS } from './lexicon-brands.ts';
import { EMOJI_EN, EMOJI_FR } from './lexicon-emoji.ts';
import { OSM_BRANDS, OSM_BRANDS_CAPITALISED } from './lexicon-open-brands.ts';
import { OSM_EN, OSM_FR } from './lexicon-open-data.ts';
import { WORDNET_EN } from './lexicon-wordnet.ts';
import { feminineOf, headPlural, plural, singularOf } from './phrase-inflections.ts';
import { PhraseTable, phraseWords } from './phrase-table.ts';
import type { Token } from './tokenize.ts';
import type { Lang, LexiconEntry } from './types.ts';

export interface Hit {
  category: Category;
  weight: number;
  /** A shop that sells many kinds of things ("Carrefour", "bureau de tabac"): what was bought there says more. */
  place: boolean;
  /** A brand that is an everyday word too ("Action"): it counts only written with a capital. */
  capital?: boolean;
  /** A common noun from WordNet ("apple"): written with a capital inside a sentence, it is a name ("Apple"). */
  lower?: boolean;
  /** With `capital`: what the word names written lower-case (« kayak », the boat; "Kayak", the site). */
  common?: Hit;
  /** A service's verb (« ramoner »): it names the service only after « faire » (« faire ramoner »). */
  afterFaire?: boolean;
}

/** Brands of these categories are shops; brands of the others are the service itself ("Uber", "Netflix"). */
const RETAIL = new Set<Category>(['groceries', 'shopping', 'housing']);
const PLACES = new Set(
  (
    'supermarche|hypermarche|superette|epicerie|epicier|marche|primeur|boulangerie|patisserie|boucherie|' +
    'charcuterie|poissonnerie|fromagerie|resto|restau|restaurant|brasserie|bistrot|bistro|bar|pizzeria|' +
    'creperie|guinguette|bouchon lyonnais|buvette|estaminet|sandwicherie|station service|pharmacie|parapharmacie|magasin|boutique|tabac|bureau de tabac|' +
    'buraliste|tabac presse|kiosque|marchand de journaux|maison de la presse|animalerie|grocery store|' +
    'supermarket|market|bakery|butcher|deli|pub|diner|canteen|cafeteria|gas station|pharmacy|drugstore|' +
    'chemist|hardware store|mall|shop|store|newsstand|newsagent|pet store|pet shop|cvs|walgreens|' +
    'pharmacie lafayette|optic 2000|afflelou|krys|grand optical|lissac|atol|general optique|librairie|' +
    'bookshop|bookstore|wine bar'
  ).split('|'),
);

// Words that mean something else in the other language ("pain" is bread, "car" is "because").
const FR_ONLY = new Set(
  'pain|course|courses|location|free|orange|pass|change|test|tests|don|dons|stage|box|boxe|radio|scanner|lit|plat|vol|vols|salle|oranges|squash|drive'.split(
    '|',
  ),
);
const EN_ONLY = new Set('car|store|course|tube|plane|tip|gas|fine|ride|show|bill|spa|litter'.split('|'));

/** Whether the table already names these words as one phrase. */
function known(table: PhraseTable<Hit>, words: readonly string[]): boolean {
  return (
    table.match(
      words.map((norm) => ({ norm })),
      0,
    )?.end === words.length
  );
}

/** "nandos" of "nando's", "eddie rockets" of "eddie rocket's"; null when the name has no "'s". */
export function withoutApostrophe(phrase: string): string | null {
  return /\w's\b/.test(phrase) ? phrase.replace(/(\w)'s\b/g, '$1s') : null;
}

/** The categories whose trades sell a service ("roofer", "tutor"), not a thing ("heater", "toaster"). */
const SERVICES = new Set<Category>(['housing', 'health', 'education', 'other']);

/** The categories whose French services have an agent named after them (« ramoneur », « déménageur »). */
const AGENTS = new Set<Category>(['housing', 'health', 'education', 'other', 'transport']);

/** Words too short or too common to open a name written as one word (closed compounds). */
const SMALL_FIRST = /^(.{1,2}|the|and|for|our|her|his|its|one|any|all|out|off|per|not|too)$/;

/** A word known by its form alone (« ostéopathie » of « ostéopathe »): below every word a table lists. */
const DERIVED = 1.5;

export function addEntries(
  table: PhraseTable<Hit>,
  entries: readonly LexiconEntry[],
  skip: ReadonlySet<string>,
  as: { place?: boolean; capital?: boolean; lower?: boolean; singulars?: boolean; english?: boolean } = {},
  derived: [string, Hit][] = [],
  closed: [string, Hit][] = [],
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
      // "B&Q", "M&S": the sentence's words part at the ampersand, so must the name's.
      if (/\S&\S/.test(phrase)) table.add(phrase.replace(/\s*&\s*/g, ' & '), hit);
      // "Nandos", "Eddie Rockets", "Wendys": a chain's possessive name said or typed without its
      // apostrophe; with a capital only ("chilis" are peppers, "lowes" no shop).
      const bare = weight === 3 ? withoutApostrophe(phrase) : null;
      if (bare && !known(table, phraseWords(bare))) table.add(bare, { ...hit, capital: true });
      // Brands are names: "Oranges" are fruit, not the phone company.
      const many = weight === 3 ? null : plural(phraseWords(phrase));
      if (many) table.add(many.join(' '), hit);
      // "potatoes", "tomatoes": an English plural in -oes beside the -os one.
      if (many && /[^aeiou]o$/.test(phrase)) table.add(`${phrase}es`, hit);
      // « des sandwichs », « deux matchs »: a French plural of a word in -ch, -sh takes -s alone.
      if (many && as.singulars && /[cs]h$/.test(phrase)) table.add(`${phrase}s`, hit);
      // "loaves", "knives", "scarves": an English plural in -ves beside the -s one.
      const last = phraseWords(phrase).at(-1) ?? '';
      if (as.english && weight !== 3 && /[^f]fe?$/.test(last)) {
        const ves = [...phraseWords(phrase).slice(0, -1), last.replace(/fe?$/, 'ves')];
        if (!known(table, ves)) table.add(ves.join(' '), hit);
      }
      // « des frites » listed, « une frite » said: the singular of a French plural entry, unless it
      // names something already (English plurals are irregular: "fees", "taxes", "tubes" stay).
      const words = phraseWords(phrase);
      // "hairdryer", "icecream", "boardgame": an English name of two words written as one; not a
      // phrase opened by a small word ("a round" is no "around", "the rapist" no "therapist").
      if (as.english && weight !== 3 && words.length === 2 && !SMALL_FIRST.test(words[0] ?? '')) {
        closed.push([words.join(''), hit]);
      }
      const one = as.singulars && weight !== 3 ? singularOf(words) : null;
      if (one && !known(table, one)) table.add(one.join(' '), hit);
      const heads = as.singulars && weight !== 3 ? headPlural(words) : null;
      if (heads && !known(table, heads)) table.add(heads.join(' '), hit);
      // « la pharmacienne », « la couturière »: a trade listed in the masculine, said in the feminine.
      const her = as.singulars && weight !== 3 && words.length === 1 ? feminineOf(words[0] ?? '') : null;
      if (her && !known(table, [her])) table.add(her, hit);
      // « ostéopathie » of « ostéopathe », « horlogerie » of « horloger », « crèmerie » of « crème ».
      if (as.singulars && weight >= 2 && weight !== 3 && words.length === 1)
        for (const form of derivedForms(words[0] ?? '', !hit.place, category === 'health'))
          derived.push([form, { ...hit, weight: DERIVED }]);
      // "pharmacist" of "pharmacy", "butchery" of "butcher", "brewer" of "brewery".
      if (as.english && weight >= 2 && weight !== 3 && words.length === 1)
        for (const form of englishForms(words[0] ?? '')) derived.push([form, { ...hit, weight: DERIVED }]);
      // "roofing" of "roofer", "tutoring" of "tutor": a trade's service, for the trades that are one.
      const service =
        as.english && weight >= 2 && weight !== 3 && words.length === 1 && SERVICES.has(category)
          ? serviceOfTrade(words[0] ?? '')
          : null;
      if (service) derived.push([service, { ...hit, weight: DERIVED }]);
      // "gutter cleaner" of "gutter cleaning", "pest controller" of "pest control": who does a service.
      const doer =
        as.english && weight >= 2 && weight !== 3 && words.length > 1 && SERVICES.has(category)
          ? agentOfEnglishService(words)
          : null;
      if (doer) derived.push([doer, { ...hit, weight: DERIVED }]);
      // « dératiseur » of « dératisation »: the agent of a French service, for the services' categories.
      const agent =
        as.singulars && weight === 2 && words.length === 1 && AGENTS.has(category)
          ? agentOfService(words[0] ?? '')
          : null;
      if (agent) derived.push([agent, { ...hit, weight: DERIVED }]);
      const verb = as.singulars && weight >= 2 && words.length === 1 ? serviceVerb(words[0] ?? '') : null;
      if (verb) derived.push([verb, { ...hit, weight: DERIVED, afterFaire: true }]);
    }
  }
}

/**
 * Open data first (OSM's names, then WordNet's nouns, which are never weaker than a preset's search
 * term: "heating oil" is fuel for the home, not a fuel shop's term), then the other language's
 * words, so the speaker's own language decides a shared phrase and the hand-written words win over
 * the generated ones; the emoji annotations' words last, only where no list names the phrase.
 */
function buildTable(
  brands: OpenLists['brands'],
  emoji: readonly LexiconEntry[],
  nouns: readonly LexiconEntry[],
  openData: readonly LexiconEntry[],
  own: readonly LexiconEntry[],
  foreign: readonly LexiconEntry[],
  foreignSkip: ReadonlySet<string>,
  singulars: boolean,
) {
  const table = new PhraseTable<Hit>();
  // Open-data brands are shops: what was bought there says more ("peinture chez Leroy Merlin").
  addEntries(table, brands[0], new Set(), { place: true });
  addEntries(table, brands[1], new Set(), { place: true, capital: true });
  const derived: [string, Hit][] = [];
  const english = !singulars;
  const closed: [string, Hit][] = [];
  addEntries(table, openData, new Set(), { singulars, english }, derived, closed);
  addEntries(table, nouns, new Set(), { lower: true, english }, [], closed);
  addEntries(table, foreign, foreignSkip);
  // A brand that the other language's words name as an everyday thing (« kayak », the boat, and
  // "Kayak", the travel site) is the brand only written with a capital; lower-case, the thing.
  const everyday = new Map<string, Hit>();
  for (const [, , phrases] of foreign)
    for (const phrase of phrases.split('|')) {
      const hit = foreignSkip.has(phrase)
        ? null
        : table.match(
            phraseWords(phrase).map((norm) => ({ norm })),
            0,
          );
      if (hit && hit.end === phraseWords(phrase).length && !hit.value.capital)
        everyday.set(phrase, hit.value);
    }
  addEntries(table, BRANDS, new Set());
  for (const [phrase, common] of everyday) {
    const brand = table.match(
      phraseWords(phrase).map((norm) => ({ norm })),
      0,
    )?.value;
    if (brand && brand.weight === 3 && common.weight < 3 && brand.category !== common.category)
      table.add(phrase, { ...brand, capital: true, common });
  }
  addEntries(table, own, new Set(), { singulars, english }, derived, closed);
  // Last, so that a word any table lists keeps its own meaning; the first form derived wins.
  for (const [form, hit] of derived) if (!known(table, [form])) table.add(form, hit);
  // The last listed meaning of a name written as one word wins, as the spaced one's does.
  const joined = new Map(closed);
  for (const [form, hit] of joined) if (!known(table, [form])) table.add(form, hit);
  // Weakest of all, where nothing else names the phrase: the emoji annotations' everyday things.
  addEmojiWords(table, emoji, singulars, (category, weight): Hit => ({ category, weight, place: false }));
  return table;
}

/** The generated lists the tables read besides the hand ones (tools/lexicon passes its own, new ones). */
export interface OpenLists {
  /** The open brands, then those that count only written with a capital. */
  brands: readonly [readonly LexiconEntry[], readonly LexiconEntry[]];
  presets: Record<Lang, readonly LexiconEntry[]>;
  emoji: Record<Lang, readonly LexiconEntry[]>;
  wordnet: readonly LexiconEntry[];
}

/** Both languages' tables over these lists and the hand-written ones. */
export const readingTables = ({
  brands,
  presets,
  emoji,
  wordnet,
}: OpenLists): Record<Lang, PhraseTable<Hit>> => ({
  // WordNet is English: its nouns in French speech would be false friends ("pain", "coin", "car").
  fr: buildTable(brands, emoji.fr, [], presets.fr, FR_HAND, EN_HAND, EN_ONLY, true),
  en: buildTable(brands, emoji.en, wordnet, presets.en, EN_HAND, FR_HAND, FR_ONLY, false),
});

export const TABLES = readingTables({
  brands: [OSM_BRANDS, OSM_BRANDS_CAPITALISED],
  presets: { fr: OSM_FR, en: OSM_EN },
  emoji: { fr: EMOJI_FR, en: EMOJI_EN },
  wordnet: WORDNET_EN,
});

/** A word or phrase from tokens[i] that the English table knows and the French one does not ("crutches", "light bulbs"). */
export function isEnglishOnlyWord(tokens: readonly Token[], i: number): boolean {
  const en = TABLES.en.match(tokens, i);
  if (!en) return false;
  const fr = TABLES.fr.match(tokens, i);
  // A brand that counts only written with a capital ("Boots") is no French word for "boots".
  return !fr || fr.end < en.end || fr.value.capital === true;
}

/** Where the longest phrase either table knows from tokens[i] ends (i when none): « Leroy Merlin » ends at i + 2. */
export function knownPhraseEnd(tokens: readonly Token[], i: number): number {
  return Math.max(i, TABLES.fr.match(tokens, i)?.end ?? i, TABLES.en.match(tokens, i)?.end ?? i);
}

/**
 * A word or phrase from tokens[i] that the French table knows and the English one does not
 * (« pain », « assurance habitation »): a hand word, a preset's or a brand's, not a brand that
 * counts only with a capital.
 */
export function isFrenchOnlyWord(tokens: readonly Token[], i: number): boolean {
  const fr = TABLES.fr.match(tokens, i);
  if (!fr || fr.value.capital === true) return false;
  const en = TABLES.en.match(tokens, i);
  return !en || en.end < fr.end;
}
