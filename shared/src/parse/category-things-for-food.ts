/**
 * A thing said with the food or the meal it is for (« une nappe pour le repas de Noël », "a grinder
 * for the coffee beans", « un moule pour le gâteau »): when the word that named the category is the
 * food after « pour » / "for", and the thing before it is a noun no table knows, the thing is an
 * object for that food, not the food. The purpose says what it serves; the thing is what was bought.
 * So too for a pastime, an outing or a school's event (purposes25: « un déguisement pour le
 * carnaval de l'école », « des guêtres pour le club de hockey »): the gear, not the club or the lesson.
 */
import type { Category } from '../categories.ts';
import { clippedWord } from './category-clipped.ts';
import { isFrameWord } from './category-frames.ts';
import type { Hit } from './category-tables.ts';
import { determinersAnd } from './determiners.ts';
import type { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';

const FOOD = new Set<Category>(['groceries', 'dining']);
const OUTINGS = new Set<Category>(['leisure', 'education']);
/**
 * An article before one thing (« une nappe », "a grinder"): an object is counted one by one, while
 * food unknown to the tables comes by the plural or the mass (« des cougnous pour le petit-déjeuner »),
 * and a person is said with a possessive (« ma voisine pour le pain »). A pastime's gear comes by
 * pairs too (« des guêtres »).
 */
const OPENS = /^(un|une|le|la|l'|a|an|the)$/;
const OPENS_GEAR = /^(un|une|des|a|an|some)$/;
const PURPOSE = /^(pour|for)$/;
/**
 * A seat, a pitch, an entrance: an admission to the outing, not a thing bought for it (« une place
 * pour le concert »). No table holds these alone (each says too little), so they are named here;
 * a frame word (« une carte pour le club », « des billets pour le festival ») is one too.
 */
const ADMISSIONS = /^(places?|seats?|pitch|entrees?)$/;

/**
 * Whether the food word at tokens[found.start] follows « pour » / "for" (past an opener and up to
 * two describing words) said right after an unknown noun with its opener: « une nappe pour le
 * repas »; or a leisure or school word, up to four words after (« pour le carnaval de l'école »).
 */
export function thingForPurpose(
  table: PhraseTable<Hit>,
  tokens: readonly Token[],
  from: number,
  found: { category: Category; place: boolean; start: number; weight: number },
  isWord: (i: number) => boolean,
): boolean {
  const food = FOOD.has(found.category);
  if ((!food && !OUTINGS.has(found.category)) || found.place || found.weight > 3) return false;
  let k = found.start - 1;
  for (
    let words = 0;
    words < (food ? 3 : 5) && k > from && !PURPOSE.test(tokens[k]?.norm ?? '');
    words++, k--
  )
    if (tokens[k]?.kind !== 'word') return false;
  if (!PURPOSE.test(tokens[k]?.norm ?? '') || k - 2 < from) return false;
  // « une prépa pour le concours »: what is for a school's own word may be a course, not a thing;
  // only a school said as whose the purpose is (« pour le carnaval de l'école ») leaves a thing.
  if (found.category === 'education' && found.start <= k + 2) return false;
  const thing = tokens[k - 1];
  // A paid verb (« j'ai payé pour le resto ») has no opener before it; a known word decided already.
  return (
    // "a fiver for the kebab": money said as a noun is the amount, not a thing (isWord is false).
    thing?.kind === 'word' &&
    isWord(k - 1) &&
    /^\p{Ll}/u.test(thing.raw) &&
    (food ? OPENS : OPENS_GEAR).test(tokens[k - 2]?.norm ?? '') &&
    !table.has(thing.norm) &&
    (food ||
      (!isFrameWord(thing.norm) &&
        !ADMISSIONS.test(thing.norm) &&
        // « une prépa pour le concours »: a clipped word names what it clips, no thing.
        !clippedWord(table, tokens, k - 1, k, isWord)))
  );
}

const AT_PLACE = /^(a|au|aux|chez|dans|en|sur)$/;
/**
 * What opens a French noun phrase: an article, a possessive, a demonstrative, a count. Before a
 * head it says the head is a noun; after « à » it says whose or where (« le resto à ma mère »), not
 * what for (« à ongles »). English's determiners are in the table too: none stands before « à ».
 */
const FR_OPENS = determinersAnd('tout|toute|tous|deux|trois|quatre|six');

/**
 * « une machine à café », « des verres à vin », « une râpe à fromage »: in French a head, then « à »
 * with no article, then a food says what the head is used for (« à la vanille », « au chocolat »,
 * with their article, say what it tastes of). A head no table knows, or one a table reads another
 * way (« un verre » a drink, « une boîte » a club), is then an object for that food; an ingredient stays food
 * (« une pâte à pizza », « du sucre à confiture »), and so does a place (« un bar à vin »).
 * `found` is the keyword categorize.ts chose: the head or the food.
 */
export function utensilForFood(
  table: PhraseTable<Hit>,
  tokens: readonly Token[],
  from: number,
  found: { category: Category; place: boolean; start: number; end: number },
): boolean {
  const at = tokens[found.start - 1]?.norm === 'a' ? found.start - 1 : found.end;
  // « un rouleau à pâtisserie »: a shop's word after a bare « à » is its food, no place.
  if ((found.place && at === found.end) || (at < found.start && !FOOD.has(found.category))) return false;
  const head = at - 1;
  if (tokens[at]?.norm !== 'a' || head < from || tokens[head]?.kind !== 'word') return false;
  if (!/^\p{Ll}/u.test(tokens[head]?.raw ?? '')) return false;
  const food = table.match(tokens, at + 1);
  if (!food || !FOOD.has(food.value.category) || (food.value.place && at === found.end)) return false;
  // The head is a noun: said first, or after an article, a count, or an article and a describing word.
  const opened = (k: number) => k < from || FR_OPENS.has(tokens[k]?.norm ?? '') || tokens[k]?.kind === 'num';
  const opener = opened(head - 1)
    ? head - 1
    : opened(head - 2) && tokens[head - 1]?.kind === 'word'
      ? head - 2
      : -1;
  if (opener < 0) return false;
  // « à la baraque à frites », « chez la … »: a head said after « à », « chez », « dans » is where it was eaten.
  if (AT_PLACE.test(tokens[opener - 1]?.norm ?? '')) return false;
  const named = table.match(tokens, head, at);
  return !named || (named.value.category !== 'groceries' && !named.value.place && !food.value.place);
}

/** « à côté », « à gauche »: where the place is, not what it is for. */
const WHERE = /^(cote|gauche|droite|emporter|volonte|domicile)$/;

/**
 * « le bar à ongles », « un bar à sourcils », « un bar à jeux »: a place that serves drinks, then
 * « à » with no article and what it is for that is no food or drink, is a place for that: what
 * follows names its category when a table knows it (« jeux »), and nothing does otherwise (a
 * service or goods said with « un », category-of.ts). Returns what the place is for, or undefined
 * when `found` is no such place (« un bar à vin », « le bar à côté »).
 */
export function placeForOther(
  table: PhraseTable<Hit>,
  tokens: readonly Token[],
  found: { category: Category; place: boolean; end: number },
): Hit | null | undefined {
  if (!found.place || found.category !== 'dining' || tokens[found.end]?.norm !== 'a') return undefined;
  const what = tokens[found.end + 1];
  if (what?.kind !== 'word' || !/^\p{Ll}/u.test(what.raw) || WHERE.test(what.norm) || FR_OPENS.has(what.norm))
    return undefined;
  const hit = table.match(tokens, found.end + 1)?.value ?? null;
  return hit && FOOD.has(hit.category) ? undefined : hit;
}

/** What may follow an English head at the end of its phrase: "a bread maker and a kettle", "… for Mum". */
const PHRASE_GOES_ON = /^(and|for|from|at|with|in|set)$/;

/**
 * The kitchen's and the table's objects no table knows (each names too many things alone): "a
 * cheese board", "a bread knife", "tea towels", "a loaf tin", "a garlic press", "a coffee mug". Not a bowl, a plate or a dish, served
 * as a meal too ("a poke bowl", "a cheese plate", "the chicken dish").
 */
const OBJECTS =
  /^(boards?|kni(fe|ves)|towels?|trays?|racks?|stone|moulds?|tins?|jars?|bin|jug|lights?|tanks?|cups?|mugs?|ladle|press)$/;

/**
 * "a bread maker", "a tea strainer", "a salad spinner": in English the last noun of a compound is
 * its head, and a noun made of a verb and "-er" names what does that (a maker, a strainer); after
 * a food or a drink it is a tool for that food, not the food; so are OBJECTS. Only a head no table
 * knows: one a table knows already decides as the compound's head (categorize.ts), and a food
 * ending in "-er" (« burger », "butter", "lager") is in the tables.
 */
export function toolAfterFood(
  table: PhraseTable<Hit>,
  tokens: readonly Token[],
  to: number,
  found: { category: Category; place: boolean; end: number },
): boolean {
  const head = tokens[found.end];
  if (!FOOD.has(found.category) || found.place || found.end >= to || head?.kind !== 'word') return false;
  const er = /^\p{Ll}\p{L}{2,}ers?$/u.test(head.raw);
  if (!(er || (/^\p{Ll}/u.test(head.raw) && OBJECTS.test(head.norm))) || table.has(head.norm)) return false;
  const next = tokens[found.end + 1];
  // "a cheese board at the wine bar": an object served at a place is the food served on it.
  const goesOn = PHRASE_GOES_ON.test(next?.norm ?? '') && (er || next?.norm !== 'at');
  return found.end + 1 >= to || next?.kind !== 'word' || goesOn;
}
