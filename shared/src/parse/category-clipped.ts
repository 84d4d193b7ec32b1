/**
 * A word said clipped, as people shorten the long ones (« le covoit' », « la compta », « la muscu »,
 * "the physio"): a word no table knows that starts the one-word entries of a single category is
 * read as them, vaguely (weight 1), so a clear word elsewhere still wins. The clipping is a rule over
 * the tables, not a list of short forms: the short form of any word the lexicons hold is read.
 */
import { type Hit, TABLES } from './category-tables.ts';
import { DETERMINERS } from './determiners.ts';
import type { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';

/** Clipped forms keep a syllable or two: five letters at least (shorter ones start too many words). */
const CLIPPED = /^[a-z]{5,}$/;
/**
 * A clipping drops two syllables or so (« covoit' » of « covoiturage », "physio" of "physiotherapy"):
 * a word that another entry only inflects or lengthens a little (« frais », « fraise »; "banque",
 * "banquet"; "colle", "college") is a whole word of its own, no clipping.
 */
const DROPPED = 4;
/** Endings that make a trade, a shop or a place of a whole word: « bouquiniste », « fromagerie », "bakery". */
const DERIVED = ['iste', 'istes', 'ier', 'iere', 'eur', 'euse', 'erie', 'ery', 'ist', 'er'];

/** The category of the word tokens[i] is a clipping of, when all the words it starts agree. */
function clippingOf(table: PhraseTable<Hit>, tokens: readonly Token[], i: number): Hit | null {
  const t = tokens[i];
  if (t?.kind !== 'word' || !CLIPPED.test(t.norm) || (i > 0 && /^\p{Lu}/u.test(t.raw))) return null;
  // A word either lexicon says, alone or inside a phrase (« panier garni », "bathroom scales"), is whole.
  if (TABLES.fr.hasWordAnywhere(t.norm) || TABLES.en.hasWordAnywhere(t.norm)) return null;
  const completions = table.startingWith(t.norm, DROPPED);
  if (table.startingWith(t.norm).length > completions.length) return null;
  // A trade or a shop made from the word (« bouquin » → « bouquiniste », "flor" → "florist") says it is whole.
  if (DERIVED.some((ending) => table.has(t.norm + ending))) return null;
  // Said with its determiner, as a noun is (« le covoit' », « la compta »), not after one (« panier garni »).
  if (!DETERMINERS.has(tokens[i - 1]?.norm ?? '')) return null;
  let found: Hit | null = null;
  for (const hit of completions) {
    // A brand that counts only written with a capital, or WordNet's names, say nothing of a clipping.
    if (hit.capital || hit.lower) continue;
    if (found && found.category !== hit.category) return null;
    found ??= hit;
  }
  return found && { ...found, weight: 1, place: false };
}

/**
 * The first clipped word in tokens[from, to) and what it means, when nothing else named a category.
 * Completions that share their first letters only are ruled out by DROPPED and by every completion
 * having to agree.
 */
export function clippedWord(
  table: PhraseTable<Hit>,
  tokens: readonly Token[],
  from: number,
  to: number,
  isWord: (i: number) => boolean,
): { hit: Hit; at: number } | null {
  for (let i = from; i < to; i++) {
    if (!isWord(i)) continue;
    const hit = clippingOf(table, tokens, i);
    if (hit) return { hit, at: i };
  }
  return null;
}

/** Containers a wine is poured or sold in. */
const POURED = /^(bottles?|glass(es)?|case|carafe|bouteilles?|verres?|ballon|pichet|caisse|carton|cubi)$/;

/**
 * « un verre de rouge », "a bottle of red", « une caisse de rosé »: a wine said by its colour alone,
 * after its bottle or glass and « de », "of" (bought to drink at home, or served where it was had).
 */
export function wineByColour(tokens: readonly Token[], i: number): { value: Hit; end: number } | null {
  const said =
    /^(rouge|blanc|rose|red|white)$/.test(tokens[i]?.norm ?? '') &&
    /^(de|of)$/.test(tokens[i - 1]?.norm ?? '');
  return said && POURED.test(tokens[i - 2]?.norm ?? '')
    ? { value: { category: 'groceries', weight: 2, place: false }, end: i + 1 }
    : null;
}
