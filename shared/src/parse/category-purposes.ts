/**
 * Whom and what a thing is for, when that names the category over the thing: a present for someone
 * outside the family or for a person's occasion (« chocolats pour la maîtresse », « une orchidée pour
 * la crémaillère de Sophie »); category-care.ts says what a part of the body or a pet a thing is
 * for makes of it. categorize.ts asks these.
 */
import type { Category } from '../categories.ts';
import { forPurpose } from './category-frames.ts';
import { SPEAKERS_OWN } from './determiners.ts';
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
    'postman|caretaker|doorman|' +
    // A friend, and a wedding's party ("gifts for the bridesmaids"; "best man": outsider() below).
    'friend|friends|bestie|bridesmaid|bridesmaids|groomsman|groomsmen|usher|ushers'
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
// The pairs' first words: a token that opens none spares joining it to the next, which every
// span's category check did at each of its words.
const PAIR_OPENERS = new Set([...WIDER_PAIRS].map((pair) => pair.split(' ')[0]));

/** Whether tokens[i] opens a name of the wider family: « mamie », « beaux-parents », "in-laws", "mother-in-law". */
function widerFamily(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i]?.norm ?? '';
  const next = tokens[i + 1]?.norm ?? '';
  if (WIDER_FAMILY.has(norm) || (PAIR_OPENERS.has(norm) && WIDER_PAIRS.has(`${norm} ${next}`))) return true;
  return next === 'in' && /^laws?$/.test(tokens[i + 2]?.norm ?? '');
}

/** Christmas, an occasion only when the note also says for whom (« la dinde pour Noël », "a turkey for Christmas" are food). */
const CHRISTMAS = new Set(['noel', 'christmas', 'xmas']);

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
    'birthday|housewarming|wedding|christening|baptism|shower|retirement|graduation|engagement|anniversary|funeral|' +
    // A person's promotion or farewell is celebrated with a present as a birthday is ("for Mel's promotion").
    'promotion|farewell'
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

/**
 * An English birthday said by its ordinal after whose it is: "for Niamh's thirtieth", "for her
 * 40th", "for Dad's sixtieth" (not the speaker's own: "for my 30th"), as « pour les 40 ans de Julie ».
 */
const ORDINAL_AGE =
  /^(\d{1,3}(st|nd|rd|th)?|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|eighteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)$/;
function someonesOrdinal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !ORDINAL_AGE.test(t.raw.toLowerCase()) || (t.kind === 'num' && !/(st|nd|rd|th)$/i.test(t.raw)))
    return false;
  const owner = tokens[i - 1]?.norm ?? '';
  const whose = /^(his|her|their)$/.test(owner) || (owner.length > 3 && owner.endsWith("'s"));
  return whose && tokens[i - 2]?.norm === 'for';
}

/**
 * "cufflinks for our anniversary": a couple's anniversary is the other one's too, so a thing bought
 * for it is a present (a dinner that night stays a meal: only food, drink and things are given).
 */
const ourAnniversary = (tokens: readonly Token[], i: number) =>
  tokens[i]?.norm === 'anniversary' && tokens[i - 1]?.norm === 'our' && forPurpose(tokens, i);

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

/**
 * "a suit for the wedding", « une robe pour le mariage »: an occasion said with a bare article and no
 * one's name after it is the speaker's outing too, a thing bought for it (`worn`: read as shopping)
 * is worn or used there; « pour le mariage de Julien », "for the wedding of my cousin" say whose it
 * is. A service or a deposit for the wedding stays as the occasion made it before.
 */
const nobodys = (tokens: readonly Token[], i: number): boolean =>
  /^(the|le|la|l')$/.test(tokens[i - 1]?.norm ?? '') && !/^(de|d'|du|of)$/.test(tokens[i + 1]?.norm ?? '');

/** Whether tokens[i] says a person's occasion a thing is for: "for Sophie's housewarming", « pour ses 18 ans ». */
function occasionAt(tokens: readonly Token[], i: number, worn = false): boolean {
  const norm = tokens[i]?.norm ?? '';
  if (
    OCCASIONS.has(norm) &&
    forSomeones(tokens, i) &&
    !modifies(tokens, i) &&
    !SPEAKERS_OWN.has(tokens[i - 1]?.norm ?? '') &&
    !(worn && nobodys(tokens, i))
  )
    return true;
  if (someonesAge(tokens, i) || someonesOccasion(tokens, i) || someonesOrdinal(tokens, i)) return true;
  return ourAnniversary(tokens, i) && !modifies(tokens, i);
}

/**
 * Whether tokens[from, to) names a person's occasion the thing is for: then a thing of the home is a
 * present too ("a candle for my sister's housewarming"), while a service for a relative stays what it
 * is (« aide ménagère pour mamie »).
 */
export function forAnOccasion(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (occasionAt(tokens, i)) return true;
  return false;
}

/**
 * Whether the note says it is for someone outside the family or for a person's occasion, in
 * tokens[from, to); `worn`: the thing is one bought to wear or use (shopping), see nobodys.
 */
export function forSomeoneElse(tokens: readonly Token[], from: number, to: number, worn = false): boolean {
  for (let i = from; i < to; i++) {
    const norm = tokens[i]?.norm ?? '';
    if (givingDay(tokens, i)) return true;
    // "for the new baby next door": whoever lives next door, "for" just before, is a neighbour.
    if (
      norm === 'door' &&
      tokens[i - 1]?.norm === 'next' &&
      tokens.slice(Math.max(from, i - 5), i).some((t) => t.norm === 'for')
    )
      return true;
    const outsider = OUTSIDE_THE_FAMILY.has(norm) || (norm === 'best' && tokens[i + 1]?.norm === 'man');
    if ((outsider || widerFamily(tokens, i)) && forPurpose(tokens, i)) return true;
    // « un pull pour mon père pour Noël »: Christmas said with whom it is for.
    if (CHRISTMAS.has(norm) && forPurpose(tokens, i) && forAPerson(tokens, from, to)) return true;
    if (occasionAt(tokens, i, worn)) return true;
    if (
      RELATIVES.has(norm) &&
      (someoneElses(tokens, i) || (forSomeones(tokens, i) && !forPurpose(tokens, i)))
    )
      return true;
  }
  return false;
}

/** What is bought as a present for someone: food, drink, a thing (categorize.ts' reading of it). */
const GIVEN = new Set<Category>(['groceries', 'shopping', 'other', 'leisure']);

/**
 * Whether a thing read as `category` may be a present when said for someone: a thing of the home
 * only for an occasion ("a candle for Sophie's housewarming"), never a trade's work for a relative
 * (« aide ménagère pour mamie »).
 */
export const mayBeGiven = (category: Category, tokens: readonly Token[], from: number, to: number): boolean =>
  GIVEN.has(category) || (category === 'housing' && forAnOccasion(tokens, from, to));

/** Clothes by their head word (« un nœud papillon », "a new suit"): one wears them oneself to a ceremony. */
const WORN =
  /^(robe|chemise|costume|costard|tenue|cravate|noeud|escarpin|chaussure|veste|suit|dress|shirt|tie|shoe|heel|outfit|hat)s?$/;
/** The ceremonies one dresses for, whoever's they are; a birthday's clothes stay a present. */
const CEREMONIES =
  /^(mariage|bapteme|communion|enterrement|obseques|wedding|christening|funeral|graduation)$/;

/**
 * Whether clothes said in tokens[from, to) are worn to a ceremony said after them, whoever's it is:
 * « une chemise pour le mariage de Clément », "a suit for my cousin's wedding" are the speaker's
 * clothes, not presents; « une robe pour ma nièce », "a scarf for my sister's birthday", « une robe
 * pour son baptême » (the baby's own) stay presents.
 */
export function dressedFor(tokens: readonly Token[], from: number, to: number): boolean {
  let worn = false;
  for (let i = from; i < to; i++) {
    const norm = tokens[i]?.norm ?? '';
    worn ||= WORN.test(norm);
    if (
      worn &&
      CEREMONIES.test(norm) &&
      forSomeones(tokens, i) &&
      !/^(son|sa|his|her)$/.test(tokens[i - 1]?.norm ?? '')
    )
      return true;
  }
  return false;
}
