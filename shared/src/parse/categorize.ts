import type { Category } from '../categories.ts';
import { atEnglishPlace, brandName, capitalName } from './brand-names.ts';
import { careByForm } from './care-forms.ts';
import { readAround } from './category-around.ts';
import { bodyCheck, petCare } from './category-care.ts';
import { clippedWord, wineByColour } from './category-clipped.ts';
import { afterFaire, deviceNoun } from './category-forms.ts';
import {
  atPlace,
  completesFrame,
  containerOf,
  containerOfUnnamed,
  countedModifier,
  forPurpose,
  isFrameWord,
  LINKS,
  possessive,
  roomFor,
} from './category-frames.ts';
import { grownFood, paintsCounted } from './category-kinds-said.ts';
import type { CategoryMatch } from './category-learned.ts';
import { type Hit, isEnglishOnlyWord, isFrenchOnlyWord, knownPhraseEnd, TABLES } from './category-tables.ts';
import { journeyFare, toppedUpCard } from './fare-cards.ts';
import { feeOfModifier } from './fees-said.ts';
import type { OneLanguageWords } from './language.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';

export { isBrandNumber } from './brand-names.ts';
export { type CategoryMatch, findLearned } from './category-learned.ts';
export { isEnglishOnlyWord } from './category-tables.ts';

/** The words only one language's lexicon knows, for the language of a note of nouns (language.ts). */
export const ONE_LANGUAGE_WORDS: OneLanguageWords = {
  english: isEnglishOnlyWord,
  french: isFrenchOnlyWord,
  known: (tokens, i) => knownPhraseEnd(tokens, i) > i,
};

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

const ROOM: Hit = { category: 'housing', weight: 2, place: false };
/** Looking after a pet (« la pension du lapin »): other, over what the stay was for (« pendant les vacances »). */
const PET: Hit = { category: 'other', weight: 3, place: false };
/** A check of a part of the body ("eye exam", "blood test"): health, over the exam's school. */
const BODY_CHECK: Hit = { category: 'health', weight: 3, place: false };
/** A device named by a verb and its object (« essuie-glaces »): a thing bought, vaguely. */
const DEVICE: Hit = { category: 'shopping', weight: 1, place: false };
/** A carer or a care no table lists, named by its ending (« l'angiologue »): below every listed word, unsure. */
const CARE: Hit = { category: 'health', weight: 1.5, place: false };
const careOf = (tokens: readonly Token[], i: number) =>
  careByForm(tokens[i]?.norm ?? '') ? { value: CARE, end: i + 1 } : null;

const SCHOOLS = new Set(
  'fac|faculte|universite|ecole|college|lycee|creche|maternelle|prepa|school|uni|university|nursery|kindergarten'.split(
    '|',
  ),
);

/** A participle of paying and « par », "by" with an article: what follows is who paid. */
const PAID_BY = /^(payee?s?|paid|reglee?s?|offerte?s?) (par|by) (la|le|l'|the)$/;

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
  let clear: Category | null | 'mixed' = null; // clear keywords seen so far: do they all agree?
  let served = false; // a place that serves food ("at the pub", « au resto »): food bought there was eaten there
  let grocer = false; // a grocer by name ("from the Spar", « au Proxi »): "crisps and a drink" were bought to take away
  // « un sac de terreau », "a bag of leeks": the container names the purchase only when its contents do not.
  let container: CategoryMatch | null = null;
  for (let i = from; i < to; i++) {
    const kind = tokens[i]?.kind;
    if ((kind !== 'word' && kind !== 'sym') || !isWord(i)) continue;
    const roomEnd = roomFor(tokens, from, i, to, isWord);
    // « lustre pour la salle à manger »: a room of the home is the home's, whatever else it names.
    const petEnd = petCare(tokens, i, to);
    const checkEnd = lang === 'en' ? bodyCheck(tokens, i, to) : null;
    let hit =
      roomEnd !== null
        ? { value: ROOM, end: roomEnd }
        : petEnd !== null
          ? { value: PET, end: petEnd }
          : checkEnd !== null
            ? { value: BODY_CHECK, end: checkEnd }
            : (table.match(tokens, i, to) ??
              possessive(table, tokens, i, to) ??
              careOf(tokens, i) ??
              wineByColour(tokens, i));
    if (!hit) continue;
    // « payé par la boîte », "paid by the company": who paid names no thing bought (no night club).
    if (PAID_BY.test(`${tokens[i - 3]?.norm} ${tokens[i - 2]?.norm} ${tokens[i - 1]?.norm}`)) continue;
    // « presse-purée »: the verb itself is no newspaper when its noun follows, joined by a hyphen;
    // a vehicle's device (« porte-vélo ») is the vehicle's, over what it is for (« pour le camping-car »).
    const device = lang === 'fr' && deviceNoun(tokens, i);
    const vehicle = device && hit.value.category === 'transport';
    if (lang === 'fr' && !vehicle && (device || (hit.end === i + 1 && deviceNoun(tokens, i + 1))))
      hit = { value: DEVICE, end: hit.end };
    let h = hit.value;
    // « un train miniature », "a model train", « une maquette d'avion »: a vehicle made small or
    // steered from afar is a toy (« une voiture télécommandée », "a remote control car"), and so are
    // its parts (« une locomotive pour le train miniature »).
    if (
      /^(transport|travel)$/.test(h.category) &&
      (tokens.slice(hit.end, hit.end + 4).some((t) => /^(miniature|telecommandee?)s?$/.test(t.norm)) ||
        /^(model|toy|control|controlled|miniatures?|maquettes?)$/.test(
          tokens[/^(de|d')$/.test(tokens[i - 1]?.norm ?? '') ? i - 2 : i - 1]?.norm ?? '',
        ))
    )
      h = { ...h, category: 'leisure', weight: 3 };
    // « des graines de radis », "tomato plants": a food's seeds or plants are the garden's.
    if (h.category === 'groceries' && grownFood(tokens, i, hit.end))
      h = { ...h, category: 'housing', weight: 2 };
    // "oil paints", "watercolour paints": an artist's colours, where "a tin of paint" is a wall's.
    if (lang === 'en' && h.category === 'housing' && paintsCounted(tokens, hit.end))
      h = { ...h, category: 'leisure' };
    // "lunch at Subway", "a sub from Subway": a chain's name written as one, where it was bought,
    // is the chain, though the word it spells names another thing ("took the subway").
    const brand = lang === 'en' && atEnglishPlace(tokens, i) ? brandName(tokens, i, to) : null;
    if (brand && brand.value.category !== h.category) {
      hit = brand;
      h = brand.value;
    }
    // "a kayak hire": a brand's name that is an everyday word too, written lower-case, is the word.
    const lower = h.capital && !/^\p{Lu}/u.test(tokens[i]?.raw ?? '');
    if (lower && !h.common) continue;
    if (lower && h.common) ({ h, hit } = { h: h.common, hit: { value: h.common, end: hit.end } });
    if (h.afterFaire && !afterFaire(tokens, i)) continue;
    // « une planche de charcuterie au bar »: a food shop's word after a bare « de », "of" is its food, no place.
    if (h.place && h.category === 'groceries' && /^(de|d'|of)$/.test(tokens[i - 1]?.norm ?? ''))
      h = { ...h, place: false };
    // "Apple charged me": first in the sentence, a capital says a name only when a company's verb follows.
    const named = i > 0 || /^(charged|charges)$/.test(tokens[i + 1]?.norm ?? '');
    if (h.lower && named && /^\p{Lu}/u.test(tokens[i]?.raw ?? '')) {
      // "at Boots": a noun written as a name is the brand of that name, when one counts only so.
      const name = capitalName(tokens, i, to);
      if (!name) continue;
      hit = name;
      h = name.value;
    }
    // "a round of golf": a phrase that ends on a container or a measure is one too ("a round").
    if (containerOf(table, tokens, hit.end - 1, to)) {
      container ??= {
        category: h.category,
        weight: h.weight,
        place: h.place,
        start: i,
        end: hit.end,
        contested: false,
      };
      continue;
    }
    // "a bag of Doritos": a container of contents no table names is the purchase, vaguely.
    // French keeps the sack (« trois sacs d'aliment … à la coop » are bought for the sheep, not food).
    if (lang === 'en' && hit.end === i + 1 && h.weight === 2 && containerOfUnnamed(tokens, i))
      h = { ...h, weight: 1 };
    // « livres pour la fac », "shoes for school": schooling is what it was bought for.
    if (SCHOOLS.has(tokens[i]?.norm ?? '') && h.weight < 3 && forPurpose(tokens, i)) h = { ...h, weight: 3 };
    // "at the Mexican restaurant": a phrase that ends on a place's word is that place too.
    const place =
      h.place || (hit.end - 1 > i && table.match(tokens, hit.end - 1, hit.end)?.value.place === true);
    // "at the cafe", "at the canteen": a word of a meal out after "at the" is where it was eaten too;
    // it then says how the food was had, not another purchase (« une bouteille de blanc au resto »).
    const at = (place || (lang === 'en' && h.weight >= 2)) && h.category === 'dining' && atPlace(tokens, i);
    served ||= at;
    if (h.weight >= 2 && !at) clear = clear === null || clear === h.category ? h.category : 'mixed';
    grocer ||= h.place && h.weight >= 3 && h.category === 'groceries';
    // "coffee beans", "pizza oven": an English compound is named by its last noun, unless that noun
    // only says the kind of payment ("the holiday cottage deposit", FRAMES); but a sport's
    // or an art's class stays leisure ("yoga class"), as the French « cours de yoga », and what is
    // for school stays education ("school uniform", as « livres pour la fac »), and a lodging's bed or
    // room stays the stay ("a hostel bed", "a hotel room").
    const head =
      lang === 'en' &&
      best !== null &&
      best.end === i &&
      rank(h) === rank(best) &&
      !isFrameWord(tokens[i]?.norm ?? '') &&
      // "the bike repair shop", "a car repair": a vehicle's repair or shop is the vehicle's.
      !(best.category === 'transport' && /^(repair|shop)$/.test(tokens[i]?.norm ?? '')) &&
      ((best.category !== 'education' &&
        !(best.category === 'leisure' && h.category === 'education') &&
        !(best.category === 'travel' && h.category === 'housing')) ||
        countedModifier(tokens, best.start));
    // « permis de pêche »: what a permit, a pass or a fee is for says more than the word itself.
    // « l'abonnement mobile »: a word right after the frame word says what it is for, even a weak one.
    // "the application fee for the visa": a fee's modifier says its kind, what follows what it is for.
    const framed =
      best !== null &&
      (h.weight >= 2 || i === best.end) &&
      (completesFrame(tokens, best.start, best.end, i) ||
        (h.weight >= 2 && feeOfModifier(tokens, best.start, best.end, i)));
    // « un moulin à café manuel »: in French an adjective follows its noun; a word right after a
    // compound named (« assurance voyage » is one noun naming the other's kind) qualifies it.
    if (
      lang === 'fr' &&
      best !== null &&
      best.end === i &&
      i - best.start > 1 &&
      !LINKS.has(tokens[i - 1]?.norm ?? '') &&
      hit.end === i + 1 &&
      h.weight < 4 &&
      !framed
    ) {
      i = hit.end - 1;
      continue;
    }
    // "the hotel bar", "the airport pharmacy": an English compound that ends on a place that serves
    // or cares is that place; the word before says where it is ("the fish shop", "the car shop" stay
    // what they sell). A food before "bar" is a bar of it ("a chocolate bar").
    const placeHead =
      lang === 'en' &&
      best?.end === i &&
      h.place &&
      /^(dining|health)$/.test(h.category) &&
      !best.place &&
      (/^(travel|leisure|transport)$/.test(best.category) ||
        (best.category === 'groceries' && tokens[i]?.norm !== 'bar'));
    if (!best || rank(h) > rank(best) || head || framed || placeHead)
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
  // The container stays in what was bought: « sac de charbon de bois » names the charcoal; in
  // « deux sacs de ciment chez Brico Dépôt » the shop names the category, the sacks what was bought.
  if (container && best?.place) best = { ...best, start: container.start, end: container.end };
  else if (container && best && best.start > container.start && best.start <= container.end + 4)
    best = { ...best, start: container.start };
  best ??= container;
  // « le covoit' », « la compta »: a word said clipped, when no word named a category.
  const clipped = best ? null : clippedWord(table, tokens, from, to, isWord);
  if (clipped) best = { ...clipped.hit, start: clipped.at, end: clipped.at + 1, contested: false };
  // "topped up the Leap card", "a MetroCard refill": a card topped up is a fare card.
  // Both are said in two words or more: a word looked up alone is neither (most calls).
  const said = to - from > 1;
  const card = best || !said ? -1 : toppedUpCard(tokens, from, to);
  if (card >= 0)
    best = { category: 'transport', weight: 2, place: false, start: card, end: card + 1, contested: false };
  // "a season ticket into Waterloo", "a return to Brighton": a journey's fare, whatever the ticket.
  const fare = said && (!best || best.weight <= 2) ? journeyFare(tokens, from, to) : -1;
  if (fare >= 0)
    best = { category: 'transport', weight: 2, place: false, start: fare, end: fare + 1, contested: false };
  // A place of meals out agrees with food or drink had there, with nothing else (« un livre au resto »).
  const mixed = clear === 'mixed' || (served && clear !== null && !/^(groceries|dining)$/.test(clear));
  if (best) best.contested = mixed && best.weight < 4;
  return readAround(tokens, from, to, lang, isWord, best, { served, grocer });
}
