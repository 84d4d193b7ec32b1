/**
 * Where a note's category is not the first keyword it says: the thing a frame word is for
 * (« permis de pêche », « forfait code de la route »), and the room of a home something is for
 * (« lustre pour la salle à manger », "seeds for the vegetable garden"), and the contents of a
 * container or a measure (« un sac de terreau », "a jar of honey"). categorize.ts asks these;
 * whom or what else a thing is for is category-purposes.ts'.
 */

import type { Hit } from './category-tables.ts';
import { DETERMINERS } from './determiners.ts';
import { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';

/** Where the "pour"/"for" that tokens[i] follows is, past an article or a possessive, or -1. */
function purposeWord(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  if (DETERMINERS.has(tokens[k]?.norm ?? '')) k--;
  return /^(pour|for)$/.test(tokens[k]?.norm ?? '') ? k : -1;
}

/** tokens[i] follows "pour"/"for", past an article or a possessive: what the thing is for. */
export const forPurpose = (tokens: readonly Token[], i: number): boolean => purposeWord(tokens, i) >= 0;

/**
 * Words that say what kind of payment it is, not what for: a permit, a pass, a ticket, a fee, a
 * lesson, a rental. The words after them say the category: « permis de pêche » is fishing,
 * « forfait code de la route » the driving school, not a phone plan.
 */
const FRAMES = new Set(
  (
    'forfait|forfaits|permis|abonnement|abonnements|billet|billets|ticket|tickets|carte|licence|location|' +
    'inscription|frais|seance|seances|pass|license|fee|fees|rental|membership|subscription|' +
    // An instalment is paid for what follows: « la mensualité de la voiture » is the car's.
    'mensualite|mensualites|echeance|echeances|instalment|installment|instalments|installments|' +
    // A delivery or a consultation is of what follows: « la livraison de fioul », « consultation d'ostéopathie ».
    'livraison|livraisons|delivery|deliveries|consultation|consultations|' +
    // A club or an association is of what it does: « l'association de randonnée », "the rowing club".
    'association|associations|club|clubs|' +
    // A deposit is paid on what follows: "a deposit for the piano lessons", « l'acompte du traiteur », « la caution des skis ».
    'deposit|deposits|caution|acompte|acomptes|arrhes|' +
    // A fill is of what follows: « le plein de courses », « le plein de provisions » are no fuel.
    'plein'
  ).split('|'),
);
export const LINKS = new Set(['de', 'du', 'des', "d'", 'a', 'au', 'aux', 'of', 'for']);
/** Articles, possessives and demonstratives between a link and its noun: « d'un kayak », « de ma voiture ». */

/** Whether a word says what kind of payment it is, not what for (FRAMES: « location », « frais »). */
export const isFrameWord = (norm: string): boolean => FRAMES.has(norm);

/** Where the noun after tokens[k], a link, is: past one determiner (« location d'un kayak »). */
export const nounAfterLink = (tokens: readonly Token[], k: number): number =>
  DETERMINERS.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;

/** Whether the keyword at tokens[i] is what the frame word at tokens[frame] (a keyword alone) is for. */
export function completesFrame(
  tokens: readonly Token[],
  frame: number,
  frameEnd: number,
  i: number,
): boolean {
  // « le plein » is listed with its article: the frame word is its last.
  const one =
    frameEnd === frame + 1 || (frameEnd === frame + 2 && DETERMINERS.has(tokens[frame]?.norm ?? ''));
  if (!one || !FRAMES.has(tokens[frameEnd - 1]?.norm ?? '')) return false;
  if (i === frameEnd) return true;
  if (!LINKS.has(tokens[frameEnd]?.norm ?? '')) return false;
  // « la mensualité de la voiture », « la location d'un kayak »: a determiner after the link too.
  const noun = nounAfterLink(tokens, frameEnd);
  // « la caution de la location de skis »: a frame of a frame is for what the last one is for.
  return i === noun || (FRAMES.has(tokens[noun]?.norm ?? '') && completesFrame(tokens, noun, noun + 1, i));
}

/** The rooms and parts of a home: what is bought for them is the home's (not « cuisine »: « pour la cuisine » is for cooking). */
const ROOMS = new PhraseTable<true>(
  (
    'salle a manger|salle de bain|salle de bains|salon|sejour|chambre|balcon|terrasse|jardin|' +
    'potager|grenier|entree|couloir|buanderie|toilettes|wc|cellier|dining room|living room|bathroom|' +
    'bedroom|kitchen|balcony|patio|garden|vegetable garden|hallway|attic|loft|toilet|toilets|loo|cellar|shed'
  )
    .split('|')
    .map((room) => [room, true] as const),
);

/**
 * The end of the room of a home tokens[i] names, when the note says a thing, among its words
 * (`isWord`), is for it: "Fifty cents for the bathroom" buys no thing for a room.
 */
export function roomFor(
  tokens: readonly Token[],
  from: number,
  i: number,
  to: number,
  isWord: (i: number) => boolean,
): number | null {
  const room = ROOMS.match(tokens, i, to);
  const k = room ? purposeWord(tokens, i) : -1;
  if (!room || k < 0) return null;
  for (let j = from; j < k; j++) if (tokens[j]?.kind === 'word' && isWord(j)) return room.end;
  return null;
}

/**
 * Containers and measures of what is bought: « un sac de terreau », « une paire d'essuie-glaces »,
 * "a bag of leeks", "a pair of trainers". What follows names the purchase, not the bag. Not what a
 * drink or a dish is served in (« un verre de vin », « une planche de charcuterie », "a round of
 * drinks"): those name a meal out.
 */
const CONTAINERS = new Set(
  (
    'sac|sacs|sachet|sachets|bocal|bocaux|boite|boites|paquet|paquets|paire|paires|pot|pots|kilo|kilos|' +
    'barquette|barquettes|bouteille|bouteilles|carton|cartons|caisse|caisses|cageot|cageots|filet|' +
    'rouleau|rouleaux|lot|lots|bidon|bidons|pack|packs|flacon|flacons|tube|tubes|' +
    'bag|bags|jar|jars|box|boxes|packet|packets|pair|pairs|crate|crates|bottle|bottles|tub|tubs|' +
    'tin|tins|can|cans|roll|rolls|sack|sacks|round|rounds|cup|cups|mug|mugs|tasse|tasses'
  ).split('|'),
);
const OF = new Set(['de', "d'", 'du', 'des', 'of']);

/** Where a container's contents end: « un sac de terreau pour le jardin », "a bag of leeks at the market". */
const CONTENTS_END = new Set('pour|for|a|au|aux|chez|at|from|in|dans|avec|with|sur|on'.split('|'));

/**
 * Whether tokens[i], a keyword alone, is a container or a measure whose contents a keyword of
 * `table` names after it (up to five words and figures): « sac de boulets de charbon » (coal), "bag
 * of apples", « un sac de 10 kg de croquettes »;
 * not « sacs de ciment de 25 kilos » when no table knows the cement: the bag is then what was bought.
 */
export function containerOf(
  table: PhraseTable<unknown>,
  tokens: readonly Token[],
  i: number,
  to: number,
): boolean {
  // « une livre de cerises » weighs them (a pound); « un livre de cuisine » is a book.
  const pound = tokens[i]?.norm === 'livre' && /^(une|demi)$/.test(tokens[i - 1]?.norm ?? '');
  if (!(pound || CONTAINERS.has(tokens[i]?.norm ?? '')) || !OF.has(tokens[i + 1]?.norm ?? '')) return false;
  for (let j = i + 2; j < Math.min(to, i + 7); j++) {
    const t = tokens[j];
    // « un sac de 10 kg de croquettes »: a measure of the contents is passed over.
    if (t?.kind === 'num') continue;
    if (t?.kind !== 'word' || CONTENTS_END.has(t.norm)) return false;
    if (table.match(tokens, j, to)) return true;
  }
  return false;
}

/**
 * Whether tokens[i] is a container or a measure said with its contents, which no table names ("a
 * bag of Doritos", « un sac de ciment »): the container is what was bought only by default, so it
 * weighs no more than a vague word, and a shop or a place said after it wins.
 */
export function containerOfUnnamed(tokens: readonly Token[], i: number): boolean {
  return (
    CONTAINERS.has(tokens[i]?.norm ?? '') &&
    OF.has(tokens[i + 1]?.norm ?? '') &&
    tokens[i + 2]?.kind === 'word'
  );
}

/**
 * Words that say a dish was bought to eat at home, not served: frozen, canned, from a shop's
 * aisle (« une pizza surgelée », « des galettes au rayon frais », "a frozen pizza"); not a
 * tray, which street food is served in too (« une barquette de frites au stade »).
 */
const BOUGHT_TO_COOK = new Set(
  (
    'surgele|surgelee|surgeles|surgelees|congele|congelee|congeles|congelees|rayon|conserve|conserves|' +
    'bocal|bocaux|frozen|tinned|canned'
  ).split('|'),
);

/** Whether tokens[from, to) says the food was bought frozen, canned or from an aisle (BOUGHT_TO_COOK). */
export function boughtToCook(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BOUGHT_TO_COOK.has(tokens[i]?.norm ?? '')) return true;
  return false;
}

/** A count said as an age or a stay is: digits, or « une », « deux », « trois »…, "a", "two"… */
const COUNT =
  /^(\d{1,2}|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|a|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** "a night light": an English "night" before a noun names a kind of thing, no night paid for. */
export const nightBeforeNoun = (tokens: readonly Token[], i: number) =>
  tokens[i]?.norm === 'night' &&
  tokens[i + 1]?.kind === 'word' &&
  !/^(at|in|on|for|of|and|with|away|out|there|here|only)$/.test(tokens[i + 1]?.norm ?? '');

/**
 * Whether tokens[from, to) counts nights (« pour trois nuits », « 2 nuitées », "for two nights"):
 * what is paid for by the night is a stay, not a home (« un appartement à Porto pour trois nuits »).
 */
export function nightsCounted(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++)
    if (
      /^(nuits?|nuitees?|nights?)$/.test(tokens[i]?.norm ?? '') &&
      (tokens[i - 1]?.kind === 'num' || COUNT.test(tokens[i - 1]?.norm ?? '')) &&
      !nightBeforeNoun(tokens, i)
    )
      return true;
  return false;
}

/**
 * Whether tokens[from, to) says "at" a place no table names, past "the", "a" and up to one more
 * word ("a pie at the footie", "a lobster roll at a seafood shack"): food bought there may have
 * been eaten there, so its groceries' reading is not sure. Not "from": what comes from a place
 * was bought there to take away.
 */
export function atUnnamedPlace(
  table: PhraseTable<unknown>,
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean {
  for (let i = from; i < to - 1; i++) {
    if (tokens[i]?.norm !== 'at') continue;
    let k = i + 1;
    if (DETERMINERS.has(tokens[k]?.norm ?? '')) k++;
    let named = false;
    for (let j = k; j < Math.min(to, k + 2) && tokens[j]?.kind === 'word'; j++)
      if (table.match(tokens, j, to)) named = true;
    if (!named && tokens[k]?.kind === 'word' && /^\p{Ll}/u.test(tokens[k]?.raw ?? '')) return true;
  }
  return false;
}

/**
 * Whether tokens[from, to) says "at the" or "from the" and a word written with a capital, then
 * "place", "joint" or "spot": "a tagine at the Moroccan place", "from the Thai place", "the Korean
 * joint". A place named by a people's cooking is a restaurant, whatever its dish is called. With
 * `food` (a food was named), "at the" and a name no table knows is one too: "fish pie at the Plough",
 * "a steak pie at the Red Lion" (a place called "the" and a name is a pub; a shop goes by its brand).
 */
export function atACookingsPlace(
  table: PhraseTable<unknown>,
  tokens: readonly Token[],
  from: number,
  to: number,
  food: boolean,
): boolean {
  // Not "the Asian supermarket", "the English shop": a known word after the name says the place.
  const known = (k: number) => tokens[k]?.kind === 'word' && table.match(tokens, k, to);
  for (let i = from; i + 3 < to + 1; i++) {
    if (!/^(at|from)$/.test(tokens[i]?.norm ?? '') || tokens[i + 1]?.norm !== 'the') continue;
    const cooking = tokens[i + 2];
    if (cooking?.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(cooking.raw)) continue;
    if (/^(place|joint|spot)$/.test(tokens[i + 3]?.norm ?? '')) return /(an|ese|ish|i|ic)$/.test(cooking.raw);
    if (food && tokens[i]?.norm === 'at' && !known(i + 2) && !known(i + 3)) return true;
  }
  return false;
}

/**
 * "a 3-course meal", "a two-day course": a count glued to a noun makes it a modifier of the next one;
 * so does one said apart when that next noun is singular ("a three course meal": no three meals),
 * not when the count agrees with it ("three yoga classes").
 */
export const countedModifier = (tokens: readonly Token[], i: number) =>
  (tokens[i]?.spaced === false || (!tokens[i + 1]?.norm.endsWith('s') && tokens[i - 1]?.norm !== 'one')) &&
  (tokens[i - 1]?.kind === 'num' ||
    /^(one|two|three|four|five|six|seven|eight|nine|ten)$/.test(tokens[i - 1]?.norm ?? ''));

/** "at the barber's", "the dentist's": the trade's word without the English possessive. */
export function possessive(table: PhraseTable<Hit>, tokens: readonly Token[], i: number, to: number) {
  const t = tokens[i];
  if (!t?.norm.endsWith("'s") || t.norm.length < 5) return null;
  // "the Golf's monthly PCP payment": a name's possessive before a noun says whose, not a trade.
  if (i > 0 && /^\p{Lu}/u.test(t.raw) && tokens[i + 1]?.kind === 'word') return null;
  const bare = tokens.slice(i, to);
  bare[0] = { ...t, norm: t.norm.slice(0, -2) };
  const hit = table.match(bare, 0);
  return hit ? { value: hit.value, end: i + hit.end } : null;
}

/**
 * tokens[i] is where it was bought, after "at", « au », « chez »…: "at the pub", not "chocolate
 * bar". Up to two words may describe the place after its article ("at the African restaurant",
 * « au petit resto »), never after "a" alone: "a chocolate bar" is no place.
 */
export function atPlace(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    const norm = tokens[k]?.norm ?? '';
    const described = k < i - 1;
    // « à » is written "a" once accents are folded: the English article is passed over as a preposition.
    if (/^(la|le|l'|les|the|an)$/.test(norm))
      return /^(at|in|from|au|aux|a|chez|dans)$/.test(tokens[k - 1]?.norm ?? '');
    if (/^(at|in|from|au|aux|a|chez|dans)$/.test(norm)) return !described || norm !== 'a';
    if (tokens[k]?.kind !== 'word') return false;
  }
  return false;
}
