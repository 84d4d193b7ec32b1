/**
 * Whom and what a thing is for, when that names the category over the thing: a present for someone
 * outside the family or for a person's occasion (« chocolats pour la maîtresse », « une orchidée pour
 * la crémaillère de Sophie »), a part of the body (« des gouttes pour les yeux »: health), a pet
 * looked after (« la pension du lapin »: other). categorize.ts asks these.
 */
import { forPurpose } from './category-frames.ts';
import type { Token } from './tokenize.ts';

/** Whether tokens[i] follows "for" past a possessor too: "for my sister's birthday", "for Tom's kids". */
function forSomeones(tokens: readonly Token[], i: number): boolean {
  const owner = tokens[i - 1]?.norm ?? '';
  return forPurpose(tokens, i) || (owner.length > 3 && owner.endsWith("'s") && forPurpose(tokens, i - 1));
}

/**
 * People a note buys something for who are not the family: food, drink or a thing for them is a
 * present (« chocolats pour la maîtresse », "wine for our hosts"). Buying for one's children or
 * partner is not one, so they are not here (the wider family is: WIDER_FAMILY).
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
 * The family beyond one's home, a thing bought for whom is a present as for a neighbour's (« un
 * panier garni pour mes beaux-parents », "a hamper for the in-laws", « pour mamie », "for my
 * nephew"): one word, or the first of a pair (« beaux-parents », "in-laws", "sister-in-law").
 */
const WIDER_FAMILY = new Set(
  (
    'mamie|mamy|mami|papi|papy|tante|tantes|tata|tonton|oncle|oncles|cousin|cousine|cousins|cousines|' +
    'neveu|neveux|niece|nieces|filleul|filleule|filleuls|filleules|parrain|marraine|grandma|granny|nan|nana|grandad|granddad|grandpa|' +
    'grandmother|grandfather|grandparents|aunt|auntie|aunty|aunts|uncle|uncles|nephew|nephews|' +
    'godson|goddaughter|godchild|godmother|godfather'
  ).split('|'),
);
const WIDER_PAIRS = new Set(
  'beaux parents|belle mere|beau pere|belle soeur|belles soeurs|beau frere|beaux freres|belle famille|grands parents|grand mere|grand pere|in laws'.split(
    '|',
  ),
);

/** Whether tokens[i] opens a name of the wider family: « mamie », « beaux-parents », "in-laws", "mother-in-law". */
function widerFamily(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i]?.norm ?? '';
  const next = tokens[i + 1]?.norm ?? '';
  if (WIDER_FAMILY.has(norm) || WIDER_PAIRS.has(`${norm} ${next}`)) return true;
  return next === 'in' && /^laws?$/.test(tokens[i + 2]?.norm ?? '');
}

/** Christmas, an occasion only when the note also says for whom (« la dinde pour Noël » is food). */
const CHRISTMAS = new Set(['noel']);

/** Whether tokens[from, to) says the thing is for a person: a relative, or a name, after « pour ». */
function forAPerson(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t?.kind !== 'word' || CHRISTMAS.has(t.norm) || !forPurpose(tokens, i)) continue;
    if (RELATIVES.has(t.norm) || widerFamily(tokens, i) || /^\p{Lu}/u.test(t.raw)) return true;
  }
  return false;
}

/**
 * A person's occasions: a thing bought for one is a present (« une orchidée pour la crémaillère de
 * Sophie », "a scarf for my sister's birthday"). Not Christmas alone (« la dinde pour Noël » is food:
 * CHRISTMAS above), nor the speaker's own (« une robe pour mon mariage », "a cake for my birthday").
 */
const OCCASIONS = new Set(
  // A funeral's flowers are an offering too (« une gerbe pour les obsèques de mon oncle »).
  (
    'anniversaire|anniv|cremaillere|mariage|naissance|bapteme|communion|obseques|enterrement|funerailles|' +
    'birthday|housewarming|wedding|christening|baptism|shower|retirement|graduation|engagement|anniversary|funeral'
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

/**
 * Occasions said as a person's only with whose they are (« pour la fête de ma grand-mère », « pour
 * la retraite de Michel », « pour le départ de Julien »): alone, or of a thing (« la fête de la
 * musique », « le départ du bateau »), they are no present.
 */
const OCCASIONS_OF = new Set(['fete', 'retraite', 'depart']);

/** tokens[i], an occasion of OCCASIONS_OF after « pour », is a named person's or a relative's. */
function someonesOccasion(tokens: readonly Token[], i: number): boolean {
  if (!OCCASIONS_OF.has(tokens[i]?.norm ?? '') || !forPurpose(tokens, i)) return false;
  const next = tokens[i + 2];
  if (tokens[i + 1]?.norm !== 'de' || next?.kind !== 'word') return false;
  return /^\p{Lu}/u.test(next.raw) || /^(ma|mon|mes|notre|nos|sa|son|ses)$/.test(next.norm);
}

/** A number said in words or digits, as an age is: « vingt », « 40 », « dix-huit ». */
const AGE =
  /^(\d{1,3}|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent)(-[a-z-]+)?$/;

/**
 * tokens[i], « ans » after an age, is someone's birthday: « pour les vingt ans de mon fils », « pour
 * ses 18 ans », « pour les 40 ans de Julie » (not the speaker's own: « pour mes 30 ans »).
 */
function someonesAge(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.norm !== 'ans') return false;
  // The age may be said in two or three words: « dix-huit », « vingt et un ».
  let k = i - 1;
  while (k > i - 4 && (AGE.test(tokens[k - 1]?.norm ?? '') || tokens[k - 1]?.norm === 'et')) k--;
  if (!AGE.test(tokens[k]?.norm ?? '') || tokens[k - 2]?.norm !== 'pour') return false;
  const owner = tokens[k - 1]?.norm ?? '';
  if (/^(ses|tes|leurs)$/.test(owner)) return true;
  const of = tokens[i + 1]?.norm;
  const next = tokens[i + 2];
  return (
    owner === 'les' &&
    (of === 'de' || of === "d'") &&
    next?.kind === 'word' &&
    (/^\p{Lu}/u.test(next.raw) || /^(ma|mon|mes|une|un|la|le|notre|nos)$/.test(next.norm))
  );
}

/** "for the wedding dress": an English noun before another one describes it. */
const modifies = (tokens: readonly Token[], i: number): boolean =>
  tokens[i + 1]?.kind === 'word' &&
  !/^(of|at|in|on|with|and|de|d'|du|a|au|chez|et|avec)$/.test(tokens[i + 1]?.norm ?? '');

/**
 * The days of giving to someone ("for Father's Day", "Mother's Day flowers", "roses for Valentine's"):
 * what is bought for them is a present, whoever it is for (a meal that day stays a meal: only food,
 * drink and things are given, GIVEN in categorize.ts).
 */
const GIVING_DAYS = /^(father'?s|mother'?s|valentine'?s)$/;
const givingDay = (tokens: readonly Token[], i: number) =>
  GIVING_DAYS.test(tokens[i]?.norm ?? '') &&
  (tokens[i + 1]?.norm === 'day' || /^valentine/.test(tokens[i]?.norm ?? '')) &&
  /^\p{Lu}/u.test(tokens[i]?.raw ?? '');

/** Whether the note says it is for someone outside the family or for a person's occasion, in tokens[from, to). */
export function forSomeoneElse(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const norm = tokens[i]?.norm ?? '';
    if (givingDay(tokens, i)) return true;
    if ((OUTSIDE_THE_FAMILY.has(norm) || widerFamily(tokens, i)) && forPurpose(tokens, i)) return true;
    // « un pull pour mon père pour Noël »: Christmas said with whom it is for.
    if (CHRISTMAS.has(norm) && forPurpose(tokens, i) && forAPerson(tokens, from, to)) return true;
    if (
      OCCASIONS.has(norm) &&
      forSomeones(tokens, i) &&
      !modifies(tokens, i) &&
      !OWN.has(tokens[i - 1]?.norm ?? '')
    )
      return true;
    if (someonesAge(tokens, i) || someonesOccasion(tokens, i)) return true;
    if (
      RELATIVES.has(norm) &&
      (someoneElses(tokens, i) || (forSomeones(tokens, i) && !forPurpose(tokens, i)))
    )
      return true;
  }
  return false;
}

/** Parts of the body a thing is for: what is bought for them, when nothing names it, is for health. */
const BODY_PARTS = new Set(
  (
    'yeux|oeil|nez|gorge|oreille|oreilles|dos|dents|genou|genoux|pied|pieds|cheville|poignet|' +
    'eyes|eye|nose|throat|ear|ears|teeth|knee|knees|feet|ankle|wrist|back|neck|shoulder|shoulders|hip|hips'
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
    // "for my bad back", "for my dodgy knee": a word that says how it is, between.
    if (i - 1 > from && OWN.has(tokens[i - 2]?.norm ?? '') && forPurpose(tokens, i - 1)) return true;
  }
  return false;
}

/**
 * What a part of the body is checked by: "an eye test", "a hearing test", "a skin check"; and what
 * is done to it to care for it: "a tooth extraction", "a hip replacement", "knee surgery", "teeth
 * cleaning" (the act alone is a garage's or a cleaner's as often).
 */
const CHECKS = new Set(
  (
    'test|tests|exam|exams|examination|check|checks|checkup|scan|scans|screening|' +
    'extraction|extractions|removal|implant|implants|surgery|operation|treatment|treatments|' +
    'injection|injections|xray|x-ray|filling|fillings|replacement|cleaning|whitening'
  ).split('|'),
);
const CHECKED = new Set([
  ...BODY_PARTS,
  'blood',
  'hearing',
  'sight',
  'skin',
  'heart',
  'tooth',
  'gum',
  'gums',
]);

/**
 * The end of a check of, or a care for, a part of the body at tokens[i] ("eye exam", "blood test",
 * "a hearing check-up", "a tooth extraction"), or null: health, though the exam or the test alone
 * would be a school's.
 */
export function bodyCheck(tokens: readonly Token[], i: number, to: number): number | null {
  if (!CHECKED.has(tokens[i]?.norm ?? '') || i + 1 >= to || !CHECKS.has(tokens[i + 1]?.norm ?? ''))
    return null;
  return tokens[i + 1]?.norm === 'check' && tokens[i + 2]?.norm === 'up' && i + 2 < to ? i + 3 : i + 2;
}

/** Looking after an animal: boarding, minding, walking. */
const PET_CARE = new Set(
  'pension|garde|gardiennage|promenade|promenades|dressage|education|boarding|sitting|minding|walking|walks|daycare'.split(
    '|',
  ),
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
