/**
 * Which one-word search terms of iD's presets are worth their bytes on the phone (build.ts keeps
 * the terms of two words or more): in the presets of trades and care, a term naming who does the
 * work names the service paid for (« dermatologiste », « plafonneur », « bottier », « juriste »,
 * "woodworker", "seamstress"), while the others name a body part, a material or a feeling
 * (« pied », « sol », "glass", "anxiety") as often as what was bought.
 */
import type { Category } from '../../shared/src/categories.ts';
import { synsetOf, type WordNet } from './wordnet.ts';

/** The presets of trades and care: a craft, a healthcare provider, an office, a doctor's, a dentist's, a clinic, a vet's. */
const WORKPLACES = /^(craft|healthcare|office)\/|^amenity\/(doctors|dentist|clinic|veterinary)(\/|$)/;
/**
 * A French agent noun, by its ending (the term as the parser compares it, without accents):
 * « -iste », « -logue », « -thérapeute », « -ien(ne) », « -eur », « -euse », « -ier », « -ière ».
 */
const FRENCH_AGENT = /(iste|logue|peute|ienne|ien|eur|euse|ier|iere)s?$/;

/** Whether every WordNet noun sense of an English word is a person ("cobbler" is also a pie: no). */
function onlyAPerson(wn: WordNet, word: string): boolean {
  const person = synsetOf(wn, 'person.n.01').offset;
  const isPerson = (offset: string, depth = 0): boolean =>
    offset === person ||
    (depth < 16 && (wn.synsets.get(offset)?.hypernyms ?? []).some((h) => isPerson(h, depth + 1)));
  const senses = wn.senses.get(word) ?? [];
  return senses.length > 0 && senses.every((offset) => isPerson(offset));
}

/**
 * Whether a one-word term (`key`, normed) of the preset `id` names who does the work there. Not an
 * artisan's whose goods are shopping (« bourrelier », « vannier », « relieur »): what they make is
 * bought for a horse, a garden or a book as much as to wear, and the hand words name the usual ones.
 */
function namesAWorker(wn: WordNet, id: string, category: Category, lang: 'fr' | 'en', key: string): boolean {
  if (key.includes(' ') || category === 'shopping' || !WORKPLACES.test(id)) return false;
  return lang === 'fr' ? FRENCH_AGENT.test(key) : onlyAPerson(wn, key);
}

/** Whether a search term (`key`, normed) is kept: two words or more, or one naming a worker. */
export function termKept(
  wn: WordNet,
  id: string,
  category: Category,
  lang: 'fr' | 'en',
  key: string,
): boolean {
  return key.includes(' ') || namesAWorker(wn, id, category, lang, key);
}
