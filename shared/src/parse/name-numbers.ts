import { matchCurrency } from './currencies.ts';
import { DETERMINERS, SINGULAR } from './determiners.ts';
import { isNumberedBeforePlace } from './numbered-before-place.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';
import { EDGE_STOPWORDS, UNITS } from './word-sets.ts';

/* Numbers that name a place or a thing and are no money, read before amounts (scan.ts). */

const STREET = /^(street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|drive|dr|square|way|court|ct)$/;

/** A street's kind said right after a number: « du 14 avenue Foch », « au 3 bis rue … », "at 10 Downing Street"'s own word. */
const STREET_KIND =
  /^(rue|avenue|av|boulevard|bd|allee|impasse|chemin|route|quai|cours|passage|square|bis|ter|street|st|road|rd|ave|lane|ln|blvd|drive|dr)$/;

/** Whether tokens[j] is the kind of street a number before it is a house in: « le 14 avenue Foch » is no day. */
export const streetKindAt = (tokens: readonly Token[], j: number): boolean =>
  STREET_KIND.test(tokens[j]?.norm ?? '');

/** "at 221 Baker Street", "12 Oxford Road": a house number before a capitalised street's name. */
export function isAddressNumber(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.kind !== 'num' || !/^\d{1,4}$/.test(tokens[i]?.norm ?? '')) return false;
  let k = i + 1;
  const name = (t: Token | undefined) => t?.kind === 'word' && /^\p{Lu}/u.test(t.raw) && !STREET.test(t.norm);
  while (k < i + 4 && name(tokens[k])) k++;
  return k > i + 1 && STREET.test(tokens[k]?.norm ?? '');
}

/** « le menu 3 », "the number 3 combo": one figure after « le menu », "the combo" is the one chosen. */
export function isMenuNumber(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return (
    t?.kind === 'num' &&
    /^\d$/.test(t.norm) &&
    /^(menu|formule|combo)$/.test(tokens[i - 1]?.norm ?? '') &&
    /^(le|the)$/.test(tokens[i - 2]?.norm ?? '')
  );
}

/**
 * « la révision de la 208 », « la 3008 », « la 911 »: a number right after « la » is the car (or the
 * line) it names. A price is never said « la 45 »; « le 3 » is a day and read as one before this.
 */
export function isNamedByArticle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return (
    t?.kind === 'num' &&
    /^\d{1,4}$/.test(t.norm) &&
    tokens[i - 1]?.norm === 'la' &&
    tokens[i - 1]?.kind === 'word'
  );
}

/** A word that names one thing before a model's name: « la Peugeot 3008 », "the Switch 2". */

/**
 * « la Peugeot 3008 », « le TGV 6204 », « une Clio 5 », "my Galaxy S23"'s kind: a number written right
 * after a name with a capital that an article names, while the sentence names its money or says
 * another figure elsewhere, is the model's (or the train's) number.
 */
export function isModelNumber(tokens: readonly Token[], i: number, moneyNamed: boolean): boolean {
  const t = tokens[i];
  const name = tokens[i - 1];
  // « la Clio 4 m'a coûté 8500 »: another figure said is the money too.
  const otherFigure = tokens.some((o, k) => k !== i && o.kind === 'num');
  return (
    (moneyNamed || otherFigure) &&
    t?.kind === 'num' &&
    // One figure (« la Clio 5 », "the Switch 2") or three and four (« la 3008 »'s): « la Fnac 30 » may be a price.
    /^(\d|\d{3,4})$/.test(t.norm) &&
    name?.kind === 'word' &&
    (/^\p{Lu}/u.test(name.raw) || betweenNouns(tokens, i)) &&
    SINGULAR.has(tokens[i - 2]?.norm ?? '') &&
    tokens[i + 1]?.kind !== 'num'
  );
}

/**
 * "a wifi 6 router", "a usb 3 hub": one figure between two nouns of one thing names it, whatever
 * their case (a count comes before the nouns, and the things it counts after it are plural).
 */
function betweenNouns(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    /^\d$/.test(tokens[i]?.norm ?? '') &&
    next?.kind === 'word' &&
    !/[sx]$/.test(next.norm) &&
    !EDGE_STOPWORDS.has(next.norm) &&
    !UNITS.match(tokens, i + 1) &&
    !matchCurrency(tokens, i + 1)
  );
}

/** One thing's determiners in French, where oneBeforeAt reads « à ». */
const ONE = /^(un|une|le|la|l'|mon|ma)$/;

/**
 * « un répéteur wifi 6 à 45 € »: a figure after the nouns of one thing, before the price « à »,
 * names it (a count comes before them: « 4 pneus à 90 € »).
 */
const oneBeforeAt = (tokens: readonly Token[], i: number): boolean =>
  /^\d{1,2}$/.test(tokens[i]?.norm ?? '') &&
  tokens[i + 1]?.norm === 'a' &&
  tokens[i + 2]?.kind === 'num' &&
  tokens[i - 1]?.kind === 'word' &&
  (ONE.test(tokens[i - 3]?.norm ?? '') || ONE.test(tokens[i - 4]?.norm ?? ''));

/**
 * « un MacBook M2 », « une Audi A3 », "Samsung S23", « Canon EOS 250D », « forfait 5G »: figures
 * written against capital letters are a model's code, not money nor a count. A currency's code
 * (« CHF20 ») and a thousand (« 3K ») are not such letters.
 */
export function isModelCode(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'num' || !/^\d{1,4}$/.test(t.norm)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const before =
    prev?.kind === 'word' &&
    !t.spaced &&
    /^[A-Z]{1,3}$/.test(prev.raw) &&
    matchCurrency(tokens, i - 1) === null;
  const after =
    next?.kind === 'word' &&
    !next.spaced &&
    /^[A-Z]{1,2}$/.test(next.raw) &&
    next.norm !== 'k' &&
    matchCurrency(tokens, i + 1) === null;
  return before || after;
}

/** Words a year is said after: « le vin de 2015 », "class of 2010", « un millésime 2018 », « expirait en 2025 ». */
const YEAR_AFTER =
  /^(de|d'|of|en|in|from|depuis|since|millesime|cuvee|vintage|edition|modele|model|annee|year|promo|class)$/;
/** An article or a possessive before a year said as an adjective: "my 2014 Golf", "the 2027 planner". */

/**
 * « ma voiture de 2012, le contrôle technique 78 € », "a bottle of 2016 Rioja for 28 euros", « le
 * guide Michelin 2027, 25 euros », « la cotisation 2027 »: a year beside a thing, while the sentence
 * names its money, is the thing's year, not a second amount. A year is 1900 to next year but one,
 * never a round hundred (« 2000 » is as often a price), said after « de », "of", « en », a name with
 * a capital or an article with a word after it; this year and the years beside it anywhere.
 */
export function isYearBeside(
  tokens: readonly Token[],
  i: number,
  moneyNamed: boolean,
  thisYear: number,
): boolean {
  const t = tokens[i];
  if (!moneyNamed || t?.kind !== 'num' || !/^(19|20)\d\d$/.test(t.norm)) return false;
  const year = Number(t.norm);
  if (year > thisYear + 2 || year % 100 === 0) return false;
  const next = tokens[i + 1];
  if (next?.kind === 'num' && next.spaced) return false;
  if (Math.abs(year - thisYear) <= 1) return true;
  const prev = tokens[i - 1];
  if (prev === undefined) return false;
  if (YEAR_AFTER.test(prev.norm)) return true;
  if (prev.kind === 'word' && /^\p{Lu}/u.test(prev.raw)) return true;
  return DETERMINERS.has(prev.norm) && next?.kind === 'word' && matchCurrency(tokens, i + 1) === null;
}

/**
 * « le vol AF 447 », "flight EZY 8642", « le vol U2 4821 »: the number after an airline's code (two
 * or three capitals and figures, written as one: « U2 » comes as « U » and « 2 ») names the flight.
 */
export function isFlightNumber(tokens: readonly Token[], i: number): boolean {
  const k = tokens[i - 1]?.kind === 'num' && !tokens[i - 1]?.spaced ? i - 2 : i - 1;
  return (
    /^[A-Z][A-Z0-9]{0,2}$/.test(tokens[k]?.raw ?? '') && /^(vol|flight)$/.test(tokens[k - 1]?.norm ?? '')
  );
}

/**
 * Words a place or a turn is numbered after, that are never a thing bought: "bay 14 at the car
 * wash", "locker 31", « casier 8 », « guichet 4 », « emplacement 12 », "aisle 7", "ward 5".
 */
const NUMBERED_PLACE =
  /^(bay|locker|casier|guichet|emplacement|aisle|ward|berth|couchette|cabine|cabin|queue)$/;
/** « place 48 au parking », "ticket 42 at the deli", « stand 14 au marché », "pitch 12 at the campsite": a spot or a turn, said with no article (« la place 12 » is a price). */
const NUMBERED_TURN = /^(place|ticket|stand|pitch)$/;

/**
 * « place 48 au parking, 6 euros la journée », "locker 31 at the gym, 3 euros": a whole number right
 * after a place's word, while the sentence names its money, is the place's number, no second amount.
 */
export function isNumberedPlace(tokens: readonly Token[], i: number, moneyNamed: boolean): boolean {
  const t = tokens[i];
  const word = tokens[i - 1]?.norm ?? '';
  if (moneyNamed && isOrderNumber(tokens, i)) return true;
  if (!moneyNamed || t?.kind !== 'num' || !/^\d{1,4}$/.test(t.norm)) return false;
  // « 2 000 € »: figures in groups of three are one amount.
  if (tokens[i + 1]?.kind === 'num' && /^\d{3}\b/.test(tokens[i + 1]?.norm ?? '')) return false;
  if (NUMBERED_PLACE.test(word)) return true;
  // As written: « j'ai placé 2 000 € » is money put by, no spot.
  const said = tokens[i - 1]?.raw.toLowerCase() ?? '';
  return NUMBERED_TURN.test(said) && !SINGULAR.has(tokens[i - 2]?.norm ?? '');
}

/** Words an order, a booking or a bill is numbered after: « commande 4521 », "invoice 1043". */
const NUMBERED_PAPER =
  /^(commande|order|facture|invoice|receipt|recu|colis|parcel|reservation|booking|confirmation)$/;

/** An invoice's word, and the verbs paying or sending one: "settled invoice 42, 850 euros". */
const INVOICE = /^(facture|invoice)$/;
const INVOICE_PAID = /^(paid|settled|sent|paye|payee|regle|reglee|envoye|envoyee)$/;

/**
 * « commande 4521, 38 euros de livres », "order 4521, 38 euros of books": four figures or more right
 * after an order's or a bill's word, no article before it (« la facture 1200 » may be its sum), while
 * the sentence names its money, are its number; so are fewer after an invoice paid or sent ("the
 * client settled invoice 42, 850 euros"; « facture 85, 20 € de TVA » may be its sum, « reçu 50 » or
 * "order 3" money or a count) and a number written with a leading zero ("order 042": money is never
 * said so).
 */
function isOrderNumber(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const paper = tokens[i - 1]?.norm ?? '';
  if (t?.kind !== 'num' || !NUMBERED_PAPER.test(paper) || SINGULAR.has(tokens[i - 2]?.norm ?? ''))
    return false;
  return (
    /^(\d{4,9}|0\d{1,8})$/.test(t.norm) ||
    (INVOICE.test(paper) && /^\d{1,3}$/.test(t.norm) && INVOICE_PAID.test(tokens[i - 2]?.norm ?? ''))
  );
}

/**
 * « une nappe pour une table de 8, 29 € », "a cover for a table of 12, 35 euros": the size of what a
 * thing is for, while the sentence names its money, is no price (a price follows « pour » itself).
 */
function sizesWhatFor(tokens: readonly Token[], i: number, moneyNamed: boolean): boolean {
  const t = tokens[i];
  const noun = tokens[i - 2];
  return (
    moneyNamed &&
    t?.kind === 'num' &&
    /^\d{1,3}$/.test(t.norm) &&
    /^(de|d'|of)$/.test(tokens[i - 1]?.norm ?? '') &&
    noun?.kind === 'word' &&
    SINGULAR.has(tokens[i - 3]?.norm ?? '') &&
    /^(pour|for)$/.test(tokens[i - 4]?.norm ?? '')
  );
}

/**
 * « un colis pour le 69003, 12 € », « livré dans le 75011 »: five figures after « le », « du », « au »,
 * « dans » or a town's name, while the sentence names its money, are a postcode (« le 12000 € » is money).
 */
const isPostcode = (tokens: readonly Token[], i: number, moneyNamed: boolean): boolean =>
  moneyNamed &&
  tokens[i]?.kind === 'num' &&
  /^\d{5}$/.test(tokens[i]?.norm ?? '') &&
  tokens[i + 1]?.kind !== 'num' &&
  (/^(le|du|au|dans)$/.test(tokens[i - 1]?.norm ?? '') || /^\p{Lu}\p{Ll}/u.test(tokens[i - 1]?.raw ?? ''));

/** Whether the number at tokens[i] names a place, a thing, a model, a flight or a year, and is no money. */
export const namesNumber = (
  tokens: readonly Token[],
  i: number,
  moneyNamed: boolean,
  thisYear: number,
  lang: Lang,
): boolean =>
  isNumberedBeforePlace(tokens, i, lang) ||
  isAddressNumber(tokens, i) ||
  isPostcode(tokens, i, moneyNamed) ||
  isNamedByArticle(tokens, i) ||
  isMenuNumber(tokens, i) ||
  isModelNumber(tokens, i, moneyNamed) ||
  isModelCode(tokens, i) ||
  isFlightNumber(tokens, i) ||
  isYearBeside(tokens, i, moneyNamed, thisYear) ||
  isNumberedPlace(tokens, i, moneyNamed) ||
  sizesWhatFor(tokens, i, moneyNamed) ||
  (moneyNamed && oneBeforeAt(tokens, i));
