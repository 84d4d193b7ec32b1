/**
 * English nouns from WordNet for the lexicon: the lemmas of the synsets of wordnet-categories.ts
 * and of their hyponyms, each with the category of its nearest listed ancestor, kept only when
 * the word is plainly that thing (see `keep`), and written as the parser compares them.
 */
import type { Category } from '../../shared/src/categories.ts';
import type { WordNet } from './wordnet.ts';
import { synsetOf } from './wordnet.ts';

/**
 * Hyponyms are taken two levels under a listed synset ("kitchen appliance", then "toaster"); a
 * word deeper down is taken only when WordNet's tagged corpus has it ("apple", "aspirin"): the
 * deep ones are mostly varieties nobody names when paying ("bing cherry", "acetanilide"), and each
 * costs bytes on the phone.
 */
const DEPTH = 2;

/**
 * Each synset under a listed one, with the category of its nearest listed ancestor (null: two at
 * the same distance disagree) and how deep under it, relative to how deep its words are taken.
 */
function categoryOfSynsets(
  wn: WordNet,
  table: ReadonlyMap<string, Category>,
  depths: ReadonlyMap<string, number>,
) {
  const best = new Map<string, { category: Category | null; distance: number; tooDeep: boolean }>();
  for (const [name, category] of table) {
    const depth = depths.get(name) ?? DEPTH;
    let frontier = [synsetOf(wn, name).offset];
    const seen = new Set(frontier);
    for (let distance = 0; frontier.length > 0; distance++) {
      const next: string[] = [];
      for (const offset of frontier) {
        const before = best.get(offset);
        const tooDeep = distance > depth;
        if (!before || before.distance > distance) best.set(offset, { category, distance, tooDeep });
        else if (before.distance === distance && before.category !== category)
          best.set(offset, { category: null, distance, tooDeep });
        for (const h of wn.synsets.get(offset)?.hyponyms ?? [])
          if (!seen.has(h)) {
            seen.add(h);
            next.push(h);
          }
      }
      frontier = next;
    }
  }
  return best;
}

/**
 * Whether a lemma plainly names something of `category`: every sense of it that a listed synset
 * covers says the same category, and it is used that way at least as often as in every other way
 * together, as a noun of another kind ("plan" the scheme), a verb ("book"), an adjective or an
 * adverb ("special"), by WordNet's tagged corpus; a lemma no corpus line ever tagged is kept
 * when its listed senses are at least as many as the others ("toaster" the appliance, and the
 * person who proposes a toast).
 */
export function keep(
  wn: WordNet,
  lemma: string,
  categories: ReadonlyMap<string, { category: Category | null }>,
) {
  const found = new Set<Category | null>();
  // The listed categories the tagged corpus uses the lemma for ("kettle" the pot, 1; never the drum).
  const tagged = new Set<Category | null>();
  let inTags = 0;
  let outTags = wn.otherTags.get(lemma) ?? 0;
  let inSenses = 0;
  let outSenses = 0;
  for (const offset of wn.senses.get(lemma) ?? []) {
    const tags = wn.nounTags.get(`${lemma} ${offset}`) ?? 0;
    const c = categories.get(offset);
    if (c) {
      found.add(c.category);
      if (tags > 0) tagged.add(c.category);
      inTags += tags;
      inSenses++;
    } else {
      outTags += tags;
      outSenses++;
    }
  }
  // Two listed categories: the one the corpus uses, when it uses one alone (and no other way more).
  const [category, ...others] = found.size > 1 && tagged.size === 1 ? tagged : found;
  if (!category || others.length > 0) return null;
  if (inTags + outTags > 0) return inTags >= outTags ? category : null;
  return inSenses >= outSenses ? category : null;
}

/**
 * The words, as `normed` writes them: lower case, no accents, one or two words. Proper nouns
 * (brands, places: written with a capital in WordNet), words of a listed language's everyday
 * speech that say something else (`notNouns`), two-word names whose first word is mostly a verb
 * ("pay phone") and two-word names whose last word already says
 * the same category ("hedge trimmer" when "trimmer" is kept: the table finds "trimmer" in it,
 * unless a hand-written word, `hand`, says "trimmer" is something else) are left out.
 */
export function wordnetWords(
  wn: WordNet,
  table: ReadonlyMap<string, Category>,
  normed: (phrase: string) => string,
  notNouns: ReadonlySet<string>,
  depths: ReadonlyMap<string, number>,
  hand: ReadonlyMap<string, Category>,
): Map<string, Category> {
  const categories = categoryOfSynsets(wn, table, depths);
  const words = new Map<string, Category | null>();
  for (const [offset, { category, tooDeep }] of categories) {
    if (!category) continue;
    const tagged = (l: string) => (wn.nounTags.get(`${l.toLowerCase()} ${offset}`) ?? 0) > 0;
    for (const lemma of wn.synsets.get(offset)?.lemmas ?? []) {
      if (lemma !== lemma.toLowerCase() || !/^[a-z][a-z_'-]+$/.test(lemma)) continue;
      const key = normed(lemma.replace(/_/g, ' '));
      if (key.length < 3 || key.split(' ').length > 2 || notNouns.has(key) || words.has(key)) continue;
      // "pay phone", "stop watch": a name that opens on a word mostly said as a verb reads as an
      // order in a note ("pay phone bill").
      const first = lemma.toLowerCase().split(/[_-]/)[0] ?? '';
      if (/[_-]/.test(lemma) && (wn.verbTags.get(first) ?? 0) > (wn.allNounTags.get(first) ?? 0)) continue;
      if (tooDeep && !tagged(lemma)) continue;
      words.set(key, keep(wn, lemma, categories));
    }
  }
  const out = new Map<string, Category>();
  for (const [key, category] of words) {
    if (!category) continue;
    const head = key.split(' ')[1];
    if (head !== undefined && words.get(head) === category && (hand.get(head) ?? category) === category)
      continue;
    out.set(key, category);
  }
  return out;
}
