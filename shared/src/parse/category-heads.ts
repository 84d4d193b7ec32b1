/**
 * A French noun phrase is read by its head first (« la location d'un kayak », « un carton de
 * bières », « des chips pour l'apéro »): categorize.ts picks the strongest keyword, then asks here
 * what the phrase's head says of it. A frame word (a fee, a rental, a permit: category-frames.ts)
 * whose object no table knows names a kind of payment, not what it was for, so it is not sure
 * (« le permis de chasse » is no driving licence); a drink counted by its crate or its pack was
 * bought to drink at home (« un carton de bières »); a meal said after « pour » is what the food is
 * for, not a meal out (« des chips pour l'apéro », « des brioches pour le goûter »).
 */
import type { Category } from '../categories.ts';
import { aPet, aPetsThing, BABIES } from './category-care.ts';
import { isFrameWord, LINKS, nounAfterLink } from './category-frames.ts';
import { forSomeoneElse } from './category-purposes.ts';
import { type Found, inAShopsPack, readSaidAround } from './category-said-around.ts';
import { DETERMINERS } from './determiners.ts';
import type { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';

/**
 * Whether the frame word at best (a keyword alone) is followed by « de », « d' », « à »… and a word
 * no table knows: « le permis de chasse », « la carte de pêcheur »: what it is for is unknown.
 */
function frameOfUnknown(table: PhraseTable<unknown>, tokens: readonly Token[], best: Found): boolean {
  if (best.end !== best.start + 1 || !isFrameWord(tokens[best.start]?.norm ?? '')) return false;
  if (!LINKS.has(tokens[best.end]?.norm ?? '')) return false;
  const noun = nounAfterLink(tokens, best.end);
  return tokens[noun]?.kind === 'word' && table.match(tokens, noun) === null;
}

/** What categorize.ts reads as a present when it is said for someone (its GIVEN), and the present itself. */
const GIVEN = new Set<Category>(['groceries', 'shopping', 'other', 'leisure', 'gifts']);

/** Drinks: what is served in a bar by the glass, bought by the crate, the pack or the bottle (one or more). */
const DRINK_CONTAINERS = new Set(
  'carton|caisse|pack|bouteille|bidon|fut|casier|lot|cubi|crate|case'.split('|'),
);

/** Whether the keyword at tokens[i] is what a crate, a pack or a bottle holds: « un pack de 6 bières ». */
function inDrinkContainer(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 4); k--)
    if (
      DRINK_CONTAINERS.has(tokens[k]?.norm.replace(/s$/, '') ?? '') &&
      /^(de|d'|des|of)$/.test(tokens[k + 1]?.norm ?? '')
    )
      return tokens.slice(k + 2, i).every((t) => t.kind === 'num' || /^(de|d'|of)$/.test(t.norm));
  return false;
}

/** The meals a thing bought may be for: « pour le goûter », « pour l'apéro », « pour ce soir ». */
const MEALS = new Set(
  (
    'apero|aperitif|gouter|petit dejeuner|petit-dejeuner|petit dej|petit-dej|dejeuner|diner|souper|brunch|' +
    'pique-nique|pique nique|picnic|repas'
  ).split('|'),
);

/** Whether tokens[i] (a meal) follows « pour » and an article, after the words of a thing bought. */
function mealAsPurpose(tokens: readonly Token[], from: number, i: number): boolean {
  let k = i - 1;
  if (DETERMINERS.has(tokens[k]?.norm ?? '')) k--;
  if (tokens[k]?.norm !== 'pour') return false;
  for (let j = from; j < k; j++) if (tokens[j]?.kind === 'word') return true;
  return false;
}

/** The meal word that starts at tokens[i], one word or two (« petit déjeuner »), or null. */
function mealAt(tokens: readonly Token[], i: number, end: number): boolean {
  const words = tokens
    .slice(i, end)
    .map((t) => t.norm)
    .join(' ');
  return MEALS.has(words);
}

/** What things are made of, said after « en »: « des verres en cristal », « un plateau en bois ». */
const MATERIALS = new Set(
  (
    'cristal|verre|bois|bambou|cuivre|inox|fonte|fer|acier|metal|aluminium|porcelaine|ceramique|gres|' +
    'terre|argile|plastique|silicone|osier|rotin|marbre|pierre|cuir|laine|lin|coton|soie|velours|chene'
  ).split('|'),
);

/** The indefinite articles a thing bought is said with: « une glacière », "a cat carrier". */
const A = new Set(['un', 'une', 'des', 'a', 'an']);
/** Words of a meeting or a booking, no thing: « un rendez-vous pour le dentiste », "a slot for the car wash". */
const NO_THING = new Set(
  'rendez|vous|rdv|devis|chambre|appointment|booking|slot|session|visit|check|lift|quote|estimate|room'.split(
    '|',
  ),
);
/** A car's room for things carried: what is bought for it is carried, no part of the car. */
const BOOTS = new Set(['coffre', 'boot', 'trunk']);

/**
 * Where « pour » or "for" is before best, when what is bought before it is a thing no table knows,
 * said with « un », "a" (« une glacière pour … », "a cat carrier for …"), or -1.
 */
function unknownThingFor(table: PhraseTable<unknown>, tokens: readonly Token[], from: number, best: Found) {
  let p = best.start - 1;
  while (p > from && tokens[p]?.norm !== 'pour' && tokens[p]?.norm !== 'for') p--;
  if (p <= from) return -1;
  for (let k = p - 1; k >= from; k--) {
    const t = tokens[k];
    if (t?.kind !== 'word' || NO_THING.has(t.norm) || isFrameWord(t.norm)) return -1;
    if (A.has(t.norm)) return k < p - 1 ? p : -1;
    if (!LINKS.has(t.norm) && table.match(tokens, k, p) !== null) return -1;
  }
  return -1;
}

/**
 * Whether best names where a thing no table knows goes, not what it is (the thing decides, as
 * goods-said.ts reads one said alone): the boot of a car it is carried in (« une glacière pour le
 * coffre », "a cool box for the boot"), or a pet's care it takes the pet to ("a cat carrier for the
 * vet"). A thing for the car itself may be its part ("a battery for the hatchback": transport).
 */
function unknownThingGoing(table: PhraseTable<unknown>, tokens: readonly Token[], from: number, best: Found) {
  if (best.weight > 2 || best.place || (best.category !== 'transport' && best.category !== 'health'))
    return false;
  const p = unknownThingFor(table, tokens, from, best);
  if (p < 0) return false;
  // « pour le coffre de la voiture », "for the boot of the car": the boot said after « pour ».
  const boot = best.category === 'transport' && tokens.slice(p + 1, best.end).some((t) => BOOTS.has(t.norm));
  // "a cat carrier", « … pour emmener le lapin »: the pet is the thing's or what it carries, not
  // the care's ("for the cat's jabs").
  const verb = !DETERMINERS.has(tokens[p + 1]?.norm ?? '');
  const carried = tokens.slice(from, verb ? best.start : p).some((t) => aPet(t.norm));
  return boot || (best.category === 'health' && carried);
}

/**
 * What the phrase's head makes of the keyword categorize.ts found (see the file's comment); the
 * same match when it says nothing more. `served`: a place that serves food was said (« au bar »:
 * then a drink is a drink out).
 */
export function readByHead(
  table: PhraseTable<unknown>,
  tokens: readonly Token[],
  from: number,
  to: number,
  best: Found | null,
  served: boolean,
): Found | null {
  best = readSaidAround(table, tokens, from, to, best);
  if (!best) return best;
  if (frameOfUnknown(table, tokens, best)) return { ...best, contested: true };
  // « une trottinette pour les sept ans de Tom »: said for someone, a thing categorize.ts does not
  // read as a present (a ride, a bill, a stay) may be one: not sure.
  if (!GIVEN.has(best.category) && best.weight < 4 && forSomeoneElse(tokens, from, to))
    return { ...best, contested: true };
  if (unknownThingGoing(table, tokens, from, best)) return { ...best, category: 'shopping', weight: 1 };
  // "a dog bed", « un lit pour le chien », "a cot for the baby": a thing of the home for a pet or a
  // baby is theirs, bought. « des friandises pour le chien »: a pet eats no meal out; its food is its care.
  if (
    (best.category === 'housing' || best.category === 'dining') &&
    !best.place &&
    best.weight <= 2 &&
    (aPetsThing(tokens, from, to, best.start, best.end) ||
      (best.category === 'housing' && aPetsThing(tokens, from, to, best.start, best.end, BABIES)))
  )
    return { ...best, category: best.category === 'dining' ? 'other' : 'shopping', weight: 1 };
  // « des verres en cristal », « un verre en plastique »: a word of food or drink made of a material is the thing.
  if (
    (best.category === 'dining' || best.category === 'groceries') &&
    !best.place &&
    tokens[best.end]?.norm === 'en' &&
    MATERIALS.has(tokens[best.end + 1]?.norm ?? '')
  )
    return { ...best, category: 'shopping', weight: 1 };
  if (best.category !== 'dining' || best.place || served) return best;
  if (inDrinkContainer(tokens, best.start)) return { ...best, category: 'groceries' };
  if (inAShopsPack(tokens, from, best.start)) return { ...best, category: 'groceries' };
  if (mealAt(tokens, best.start, best.end) && mealAsPurpose(tokens, from, best.start))
    return { ...best, category: 'groceries', contested: true };
  return best;
}
