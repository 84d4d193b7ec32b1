/**
 * What the sentence around the strongest keyword changes of it: categorize.ts's findCategory picks
 * that keyword, then reads here what the words around it say: the phrase's head (« un carton de
 * bières »), another sense of the word ("wine glasses"), a case for a phone, food where it was
 * cooked or served, a thing for a food or an outing (« une râpe à fromage »), a present
 * (« chocolats pour la maîtresse »), a thing for the body, a home paid by the night.
 */

import { forTheBody } from './category-care.ts';
import { atACookingsPlace, atUnnamedPlace, boughtToCook, nightsCounted } from './category-frames.ts';
import { readByHead } from './category-heads.ts';
import type { CategoryMatch } from './category-learned.ts';
import { dressedFor, forSomeoneElse, mayBeGiven } from './category-purposes.ts';
import { otherSense } from './category-senses.ts';
import { type Hit, TABLES } from './category-tables.ts';
import { placeForOther, thingForPurpose, toolAfterFood, utensilForFood } from './category-things-for-food.ts';
import { forAPhone } from './phone-purpose.ts';
import type { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';

/** What findCategory saw while it scanned: a place that serves food, a grocer by name. */
export interface SeenAround {
  served: boolean;
  grocer: boolean;
}

/** The category of tokens[from, to) once the words around its strongest keyword (found) are read. */
export function readAround(
  tokens: readonly Token[],
  from: number,
  to: number,
  lang: Lang,
  isWord: (i: number) => boolean,
  found: CategoryMatch | null,
  { served, grocer }: SeenAround,
): CategoryMatch | null {
  const table = TABLES[lang];
  let best = readByHead(table, tokens, from, to, found, served);
  // "wine glasses", "the tip" one takes rubbish to, « la cantine du boulot »: the other sense.
  const sense = otherSense(table, tokens, from, to, best);
  if (sense) best = { start: from, end: to, contested: false, ...best, ...sense, place: false };
  // « une coque pour mon portable », "a case for my phone": the thing is for the device, not its plan.
  if (best?.category === 'utilities' && forAPhone(tokens, from, best.start))
    best = { ...best, category: 'shopping', weight: 1 };
  // « de l'huile pour la 308 », « des essuie-glaces pour la Clio », "screenwash for the Fiesta": a thing
  // for a car named by its number or its model; nothing named, the car's too (« le plein de la Twingo »).
  // Flowers, a meal, an outing or a care for it are no car's (« des fleurs pour la 208 » are a present).
  const thing =
    !best || (!best.place && best.weight <= 2 && !/^(gifts|dining|leisure|health)$/.test(best.category));
  if (thing && forACarNamed(table, tokens, best ? best.end : from, best ? best.end + 3 : to, to))
    best = {
      start: from,
      end: from,
      place: false,
      weight: 1,
      contested: false,
      ...best,
      category: 'transport',
    };
  if (
    (!best || best.category === 'groceries') &&
    lang === 'en' &&
    atACookingsPlace(table, tokens, from, to, best !== null)
  )
    best = { start: from, end: from, ...best, category: 'dining', weight: 2, place: true, contested: false };
  // "a steak at the restaurant", "cheese at the pub", « un poulet à emporter »: dining, not groceries.
  if (
    best &&
    (served || takenAway(tokens, from, to)) &&
    !grocer &&
    best.category === 'groceries' &&
    !best.place
  )
    best.category = 'dining';
  else if (
    best?.category === 'groceries' &&
    !best.place &&
    lang === 'en' &&
    atUnnamedPlace(table, tokens, best.end, to)
  )
    best.contested = true;
  // « une pizza surgelée », « des galettes au rayon frais »: a dish bought to cook at home is groceries.
  else if (best?.category === 'dining' && !best.place && !served && boughtToCook(tokens, from, to))
    best.category = 'groceries';
  // « le bar à ongles »: a bar for what is no drink is a place of that kind.
  const placeFor = best && lang === 'fr' ? placeForOther(table, tokens, best) : undefined;
  if (best && placeFor !== undefined)
    best = placeFor && { ...best, category: placeFor.category, weight: placeFor.weight, place: false };
  // « une nappe pour le repas de Noël », « un déguisement pour le carnaval », « une râpe à fromage »,
  // "a bread maker": an object for the food or the outing, vaguely (its kind unknown).
  if (
    best &&
    (thingForPurpose(table, tokens, from, best, isWord) ||
      (lang === 'fr' && utensilForFood(table, tokens, from, best)) ||
      (lang === 'en' && toolAfterFood(table, tokens, to, best)))
  )
    best = { ...best, category: 'shopping', weight: 1 };
  // « chocolats pour la maîtresse », "a bottle of wine for our hosts": a present.
  if (
    (!best || (best.weight <= 2 && mayBeGiven(best.category, tokens, from, to))) &&
    !((!best || best.category === 'shopping') && dressedFor(tokens, from, to)) &&
    forSomeoneElse(tokens, from, to, best?.category === 'shopping')
  )
    return {
      category: 'gifts',
      weight: 2,
      place: false,
      start: best?.start ?? from,
      end: best?.end ?? from,
      contested: false,
    };
  // « des gouttes pour les yeux », « bouchons d'oreilles »: for the body, when nothing names the thing;
  // and a thing of the home said to be for a part of the body is not the home's: « une gouttière pour
  // les dents » is a dental splint, « un tabouret pour le dos » an ergonomic one (clothes stay shopping).
  const homeWord = best !== null && best.category === 'housing' && best.weight <= 2 && !best.place;
  // A leisure word said for the body is its care too: "a sports massage for my bad knee".
  const leisureWord = best !== null && best.category === 'leisure' && best.weight <= 2 && !best.place;
  if ((!best || homeWord || leisureWord) && forTheBody(tokens, from, to))
    return { category: 'health', weight: 1, place: false, start: from, end: from, contested: false };
  // « un appartement à Porto pour trois nuits »: a home paid for by the night is a stay.
  if (best && homeWord && nightsCounted(tokens, from, to)) return { ...best, category: 'travel' };
  return best;
}

/** « à emporter », "to take away": food taken from where it was cooked is a meal had out, not food to cook. */
const takenAway = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .some((t, k, said) => t.norm === 'emporter' || (t.norm === 'away' && said[k - 1]?.norm === 'take'));

/** Cars people name by their model (written with a capital) rather than by « la voiture ». */
const MODELS = new Set(
  'clio|twingo|zoe|megane|scenic|kangoo|captur|berlingo|picasso|saxo|duster|sandero|fiesta|focus|kuga|corsa|astra|zafira|polo|golf|octavia|fabia|ibiza|yaris|aygo|micra|qashqai|juke|panda|punto|jazz|civic|swift|i10|i20|c3|c4|trafic|partner'.split(
    '|',
  ),
);

/**
 * Whether « pour la », « de la », « du », "for the", "on my"… then a car's model follow within two
 * words: three or four figures (« la 308 ») or a model's name written with a capital (« la Clio »,
 * "the Fiesta"; lower-case « une fiesta » is a party).
 */
function forACarNamed(
  table: PhraseTable<Hit>,
  tokens: readonly Token[],
  end: number,
  last: number,
  to: number,
) {
  for (let k = end; k < Math.min(to - 1, last); k++) {
    const word = tokens[k]?.norm ?? '';
    const det =
      /^(pour|de|for|of|on)$/.test(word) && /^(la|le|the|my|ma|mon)$/.test(tokens[k + 1]?.norm ?? '');
    const at = det ? k + 2 : word === 'du' ? k + 1 : -1;
    const car = tokens[at];
    // "the Golf club" is no car: a word a table knows after the name makes it another thing's.
    const named = car && MODELS.has(car.norm) && /^\p{Lu}/u.test(car.raw) && !table.match(tokens, at + 1, to);
    if (car && (/^\d{3,4}$/.test(car.norm) || named)) return true;
  }
  return false;
}
