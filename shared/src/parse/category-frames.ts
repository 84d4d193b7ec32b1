/**
 * Where a note's category is not the first keyword it says: the thing a frame word is for
 * (« permis de pêche », « forfait code de la route »), and the room of a home something is for
 * (« lustre pour la salle à manger », "seeds for the vegetable garden"), and a present for someone
 * outside the family (« chocolats pour la maîtresse »), and the contents of a container or a
 * measure (« un sac de terreau », "a jar of honey"). categorize.ts asks these.
 */
import { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';

/** Where the "pour"/"for" that tokens[i] follows is, past an article or a possessive, or -1. */
function purposeWord(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  if (/^(la|le|l'|les|the|my|mes|ma|mon|his|her|son|sa|ses|our|notre|nos)$/.test(tokens[k]?.norm ?? '')) k--;
  return /^(pour|for)$/.test(tokens[k]?.norm ?? '') ? k : -1;
}

/** Whether tokens[i] follows "for" past a possessor too: "for my sister's birthday", "for Tom's kids". */
function forSomeones(tokens: readonly Token[], i: number): boolean {
  const owner = tokens[i - 1]?.norm ?? '';
  return forPurpose(tokens, i) || (owner.length > 3 && owner.endsWith("'s") && forPurpose(tokens, i - 1));
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
    'livraison|livraisons|delivery|deliveries|consultation|consultations'
  ).split('|'),
);
const LINKS = new Set(['de', 'du', 'des', "d'", 'a', 'au', 'aux', 'of', 'for']);
const ARTICLES = new Set(['la', 'le', "l'", 'les', 'the', 'my', 'mon', 'ma', 'mes']);

/** Whether the keyword at tokens[i] is what the frame word at tokens[frame] (a keyword alone) is for. */
export function completesFrame(
  tokens: readonly Token[],
  frame: number,
  frameEnd: number,
  i: number,
): boolean {
  if (frameEnd !== frame + 1 || !FRAMES.has(tokens[frame]?.norm ?? '')) return false;
  if (i === frameEnd) return true;
  if (!LINKS.has(tokens[frameEnd]?.norm ?? '')) return false;
  // « la mensualité de la voiture », « l'abonnement à la piscine »: an article after the link too.
  return i === frameEnd + 1 || (i === frameEnd + 2 && ARTICLES.has(tokens[frameEnd + 1]?.norm ?? ''));
}

/** The rooms and parts of a home: what is bought for them is the home's (not « cuisine »: « pour la cuisine » is for cooking). */
const ROOMS = new PhraseTable<true>(
  (
    'salle a manger|salle de bain|salle de bains|salon|sejour|chambre|balcon|terrasse|jardin|' +
    'potager|grenier|entree|couloir|buanderie|dining room|living room|bathroom|bedroom|kitchen|balcony|' +
    'patio|garden|vegetable garden|hallway|attic|loft'
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
 * People a note buys something for who are not the family: food, drink or a thing for them is a
 * present (« chocolats pour la maîtresse », "wine for our hosts"). Buying for one's children or
 * partner is not one, so they are not here.
 */
const OUTSIDE_THE_FAMILY = new Set(
  (
    'maitresse|maitre|instit|institutrice|instituteur|prof|profs|professeur|hote|hotes|voisin|voisine|' +
    'voisins|voisines|collegue|collegues|patron|patronne|concierge|gardien|gardienne|facteur|nounou|' +
    'teacher|teachers|host|hosts|neighbour|neighbours|neighbor|neighbors|colleague|colleagues|boss|' +
    'postman|caretaker|doorman'
  ).split('|'),
);

/**
 * A person's occasions: a thing bought for one is a present (« une orchidée pour la crémaillère de
 * Sophie », "a scarf for my sister's birthday"). Not Christmas (« la dinde pour Noël » is food),
 * nor the speaker's own (« une robe pour mon mariage », "a cake for my birthday").
 */
const OCCASIONS = new Set(
  (
    'anniversaire|anniv|cremaillere|mariage|naissance|bapteme|communion|' +
    'birthday|housewarming|wedding|christening|baptism|shower'
  ).split('|'),
);

/** The people of a family: said as someone else's (« le bébé de Julie », "Tom's kids"), they are not the speaker's. */
const RELATIVES = new Set(
  (
    'bebe|fils|fille|filles|enfant|enfants|petit|petite|petits|mari|femme|copain|copine|mere|pere|maman|papa|' +
    'baby|son|daughter|kid|kids|children|husband|wife|mum|mom|dad|boyfriend|girlfriend|partner'
  ).split('|'),
);

/** tokens[i], a relative after "pour", is someone else's: « le bébé de Julie », « la fille de ma collègue ». */
function someoneElses(tokens: readonly Token[], i: number): boolean {
  if (!forPurpose(tokens, i)) return false;
  const of = tokens[i + 1]?.norm;
  const next = tokens[i + 2];
  if ((of !== 'de' && of !== "d'") || next?.kind !== 'word') return false;
  // « de Julie », « de ma collègue », « d'une amie »: a name, or a person with a determiner.
  return /^\p{Lu}/u.test(next.raw) || /^(ma|mon|mes|une|un|la|notre|nos)$/.test(next.norm);
}

const OWN = new Set(['my', 'mon', 'ma', 'mes', 'our', 'notre', 'nos']);

/** "for the wedding dress": an English noun before another one describes it. */
const modifies = (tokens: readonly Token[], i: number): boolean =>
  tokens[i + 1]?.kind === 'word' &&
  !/^(of|at|in|on|with|and|de|d'|du|a|au|chez|et|avec)$/.test(tokens[i + 1]?.norm ?? '');

/** Whether the note says it is for someone outside the family or for a person's occasion, in tokens[from, to). */
export function forSomeoneElse(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const norm = tokens[i]?.norm ?? '';
    if (OUTSIDE_THE_FAMILY.has(norm) && forPurpose(tokens, i)) return true;
    if (
      OCCASIONS.has(norm) &&
      forSomeones(tokens, i) &&
      !modifies(tokens, i) &&
      !OWN.has(tokens[i - 1]?.norm ?? '')
    )
      return true;
    if (
      RELATIVES.has(norm) &&
      (someoneElses(tokens, i) || (forSomeones(tokens, i) && !forPurpose(tokens, i)))
    )
      return true;
  }
  return false;
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
    'tin|tins|can|cans|roll|rolls|sack|sacks|kilos'
  ).split('|'),
);
const OF = new Set(['de', "d'", 'du', 'des', 'of']);

/** Whether tokens[i], a keyword alone, is a container or a measure whose contents follow it. */
export const containerOf = (tokens: readonly Token[], i: number): boolean =>
  CONTAINERS.has(tokens[i]?.norm ?? '') &&
  OF.has(tokens[i + 1]?.norm ?? '') &&
  tokens[i + 2]?.kind === 'word';

/** Parts of the body a thing is for: what is bought for them, when nothing names it, is for health. */
const BODY_PARTS = new Set(
  (
    'yeux|oeil|nez|gorge|oreille|oreilles|dos|dents|genou|genoux|pied|pieds|cheville|poignet|' +
    'eyes|eye|nose|throat|ear|ears|teeth|knee|knees|feet|ankle|wrist'
  ).split('|'),
);

/**
 * Whether a thing in tokens[from, to) is said to be for a part of the body (« des gouttes pour les
 * yeux », « bouchons d'oreilles », "drops for my eyes"): the last word of its phrase, after « pour »,
 * "for" or « d' », « de ».
 */
export function forTheBody(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    if (!BODY_PARTS.has(tokens[i]?.norm ?? '') || tokens[i + 1]?.kind === 'word') continue;
    if (forPurpose(tokens, i) || /^(d'|de)$/.test(tokens[i - 1]?.norm ?? '')) return true;
  }
  return false;
}

/** Looking after an animal: boarding, minding, walking. */
const PET_CARE = new Set(
  'pension|garde|gardiennage|promenade|promenades|boarding|sitting|minding|walking|walks|daycare'.split('|'),
);
const ANIMALS = new Set(
  (
    'chat|chats|chien|chiens|chiot|chiots|chaton|chatons|lapin|lapins|cheval|chevaux|poney|hamster|furet|' +
    'perroquet|oiseau|oiseaux|tortue|cat|cats|dog|dogs|puppy|kitten|rabbit|rabbits|horse|horses|pony|' +
    'parrot|bird|birds|tortoise'
  ).split('|'),
);
const PET_LINKS = new Set([
  'de',
  'du',
  'des',
  "d'",
  'pour',
  'for',
  'of',
  'le',
  'la',
  'les',
  "l'",
  'mon',
  'ma',
  'mes',
  'the',
  'my',
  'our',
]);

/**
 * The end of a pet's care that tokens[i] names (« la pension du lapin », « garde de mon chien »,
 * "boarding for the cat"), or null: looking after a pet is other, whatever the stay was for.
 */
export function petCare(tokens: readonly Token[], i: number, to: number): number | null {
  if (!PET_CARE.has(tokens[i]?.norm ?? '')) return null;
  for (let j = i + 1; j < Math.min(to, i + 4); j++) {
    const norm = tokens[j]?.norm ?? '';
    if (ANIMALS.has(norm)) return j + 1;
    if (!PET_LINKS.has(norm)) return null;
  }
  return null;
}
