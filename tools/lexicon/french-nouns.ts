/**
 * French nouns for the lexicon, read through FreeDict's French→English glosses (freedict.ts) into
 * the WordNet synsets of wordnet-categories.ts: « ponceuse » → "sander" → power tool → shopping.
 * Only for the French words no hand lexicon, preset or brand names (`known`): those win.
 */
import type { Category } from '../../shared/src/categories.ts';
import type { FrenchNoun } from './freedict.ts';
import type { WordNet } from './wordnet.ts';
import { keep } from './wordnet-words.ts';

/**
 * The WordNet lemma a gloss names: "push chair" is WordNet's "pushchair", "motor car" its
 * "motor_car"; a compound WordNet lacks is named by its last noun ("rib steak" a steak, "sanding
 * machine" a machine), as an English note's compound is (categorize.ts). A gloss written with a
 * capital is a name ("Geneva", "Leghorn"), not the thing the lower-case lemma is.
 */
function lemmaOf(wn: WordNet, gloss: string): string | null {
  if (/^\p{Lu}/u.test(gloss)) return null;
  const g = gloss
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/^(a|an|the|to) /, '')
    .trim();
  for (const lemma of [g.replace(/ /g, '_'), g.replace(/[ -]/g, ''), g.replace(/[ -]/g, '_')])
    if (wn.senses.has(lemma)) return lemma;
  // "suspenders", "braces": WordNet's lemmas are singular.
  const one = g.replace(/ies$/, 'y').replace(/s$/, '').replace(/ /g, '_');
  if (one !== g && wn.senses.has(one)) return one;
  const head = /[ -]([a-z]+)$/.exec(g)?.[1];
  return head !== undefined && wn.senses.has(head) ? head : null;
}

/** Every synset above these ones, by WordNet's hypernyms ("car" → motor vehicle → vehicle → …). */
function ancestors(wn: WordNet, offsets: readonly string[]): Set<string> {
  const out = new Set<string>();
  const todo = [...offsets];
  for (let o = todo.pop(); o !== undefined; o = todo.pop())
    for (const up of wn.synsets.get(o)?.hypernyms ?? [])
      if (!out.has(up)) {
        out.add(up);
        todo.push(up);
      }
  return out;
}

export interface GlossCategory {
  /** The category its glosses name, or null when they name none, disagree or mean more another thing. */
  category: Category | null;
  /** How many glosses name `category`, and how many mean something else. */
  naming: number;
  other: number;
}

/**
 * What a French noun's glosses say. Each gloss that is a WordNet noun names the category its
 * synsets plainly are (wordnet-words.ts's `keep`: every listed sense agrees and the tagged corpus
 * uses it that way at least as often as otherwise); one that names none is the same thing said
 * more generally when its first sense (WordNet's most frequent) is an ancestor of a naming
 * gloss's synsets ("vehicle" beside "car"; not "fowl", the bird, beside "chicken"), and
 * another meaning otherwise ("bullet" beside "ball" for « balle », "grass" beside "herb" for
 * « herbe »). The noun takes a category when its glosses name only that one (two categories:
 * dropped) and more of them name it than mean something else.
 */
export function glossCategory(
  wn: WordNet,
  noun: FrenchNoun,
  categories: ReadonlyMap<string, { category: Category | null }>,
  notNouns: ReadonlySet<string>,
): GlossCategory {
  const named = new Map<Category, number>();
  // The synsets of the naming glosses that the category covers: "trunk" the luggage, not the tree's.
  const naming: string[] = [];
  const unnamed: string[] = [];
  for (const gloss of noun.senses.flat()) {
    const lemma = lemmaOf(wn, gloss);
    if (lemma === null) continue;
    // A gloss the WordNet list leaves out ("sender", "trunk", "pearl") means something else first.
    const category = notNouns.has(lemma.replace(/_/g, ' ')) ? null : keep(wn, lemma, categories);
    if (category) {
      named.set(category, (named.get(category) ?? 0) + 1);
      for (const o of wn.senses.get(lemma) ?? [])
        if (categories.get(o)?.category === category) naming.push(o);
    } else unnamed.push(lemma);
  }
  const [first, ...others] = named;
  if (!first || others.length > 0) return { category: null, naming: 0, other: unnamed.length };
  const above = ancestors(wn, naming);
  // A gloss's first sense is its most frequent one: "fowl" beside "chicken" is the bird first.
  const other = unnamed.filter((l) => !above.has(wn.senses.get(l)?.[0] ?? '')).length;
  const [category, count] = first;
  return { category: count > other ? category : null, naming: count, other };
}

/**
 * The French nouns to add, as `normed` writes them, each with its category: the dictionary's
 * nouns of one to three words whose glosses name one category (glossCategory), left out when the
 * French lexicons already know the phrase (`known`: hand words, presets and brands win), when the
 * dictionary lists it as another part of speech too (`notOnlyNouns`: « complet » is "full" before
 * it is a suit) or when it is a word `notNouns` lists.
 */
export function frenchNouns(
  wn: WordNet,
  dictionary: readonly FrenchNoun[],
  categories: ReadonlyMap<string, { category: Category | null }>,
  normed: (phrase: string) => string,
  known: (key: string) => boolean,
  notNouns: ReadonlySet<string>,
  notFrench: ReadonlySet<string>,
  notOnlyNouns: ReadonlySet<string>,
): Map<string, Category> {
  const out = new Map<string, Category | null>();
  for (const noun of dictionary) {
    // « Genève », « Moselle », « Kurdistan »: a name, not a thing bought.
    if (noun.word !== noun.word.toLowerCase()) continue;
    const key = normed(noun.word);
    if (key.length < 3 || key.split(' ').length > 3 || /[^a-z' -]/.test(key)) continue;
    if (known(key) || notFrench.has(key) || notOnlyNouns.has(noun.word)) continue;
    const { category } = glossCategory(wn, noun, categories, notNouns);
    if (!category) continue;
    // A headword listed twice (two entries) with two categories says neither.
    const before = out.get(key);
    out.set(key, before === undefined || before === category ? category : null);
  }
  const kept = new Map<string, Category>();
  for (const [key, category] of out) if (category) kept.set(key, category);
  return kept;
}
