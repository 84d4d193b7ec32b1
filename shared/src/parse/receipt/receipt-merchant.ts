import type { Category } from '../../categories.ts';
import { findMerchant as findBrand } from '../merchant.ts';
import type { OcrLine } from './ocr-line.ts';

/**
 * Who the ticket is from: a known brand in the ticket's first lines (Monoprix, Tesco, Walgreens:
 * the hand lexicon and the open data's brands, merchant.ts),
 * else the first line that reads as a name: not an address, a postcode, a phone or company
 * number, a date, the card terminal's own lines (CARTE BANCAIRE, SANS CONTACT, the AID) or a
 * greeting. The name is given as printed, in title case when the ticket shouts it.
 */

/** Lines of the terminal, greetings, headings: never the merchant. */
const NOT_A_NAME =
  /^(carte bancaire|carte bleue|carte|cb|sans contact|emv|visa|mastercard|maestro|amex|contactless|debit|credit|aid|ticket|ticket client|recu|reçu|receipt|duplicata|facture|caisse|bienvenue|welcome|merci|thank|client|cardholder|customer copy|merchant copy|copie|vente|sale|transaction|paiement|payment|commercant|a conserver|please|tel|phone|fax|siret|siren|tva|vat|ape|naf|rcs|www|http|date|le \d|store|magasin n|n[°o] )/;
const STREET =
  /\b(rue|avenue|av|bd|boulevard|place|pl|chemin|route|allee|quai|impasse|cours|street|st|road|rd|ave|blvd|lane|ln|way|drive|dr|square|sq|high street|centre commercial|zac|zi)\b/;
// French, British (also cut short by OCR: "BS1 4D"), American.
const POSTCODE = /\b\d{5}\b|\b[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{0,2}\b|\b[a-z]{2} \d{5}\b/;
const CONTACT =
  /@|\.com\b|\.fr\b|\.co\.uk\b|\btel\b|\bphone\b|\bfax\b|\bsiret\b|\bsiren\b|\bvat no\b|\btva intra/;
const SMALL = new Set(
  "de|du|des|la|le|les|et|d'|l'|of|the|and|a|an|au|aux|en|sur|sous|chez|da|di|del|at|on|in|by|for|to".split(
    '|',
  ),
);

const norm = (s: string): string => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

/** How many of the characters that are not spaces are letters: "*** 2336" is not a name. */
const letterShare = (s: string): number => {
  const chars = s.replace(/\s/g, '');
  return chars.length === 0 ? 0 : (chars.match(/[\p{L}'&-]/gu) ?? []).length / chars.length;
};

/** OCR's specks around a line: "BP |", "' MONOPRIX .", "~ CHEZ MARCEL". */
const trimSpecks = (s: string): string =>
  s.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’.)!]+$|\s+[^\p{L}\p{N}\s]{1,2}$/gu, '').trim();

function nameLike(line: OcrLine, minLetters = 3): boolean {
  const text = norm(trimSpecks(line.text));
  if (line.letters < minLetters || letterShare(text) < 0.75) return false;
  if (line.amounts.length > 0 || NOT_A_NAME.test(text) || CONTACT.test(text)) return false;
  if (/\d/.test(text) && (STREET.test(text) || POSTCODE.test(text))) return false;
  return text.split(/\s+/).length <= 6;
}

/**
 * A company's legal form printed before or after its name (« SAS LE PETIT ZINC », "HARBOUR BOOKS
 * LTD", "Hudson Hardware, Inc."): a person never says it.
 */
const LEGAL_FORM =
  /^(?:sas|sasu|sarl|eurl|sa|snc|sci)\s+(?=\S{2})|[\s,]+(?:sas|sasu|sarl|s[aà]rl|eurl|sa|srl|sprl|bv|bvba|nv|ag|gmbh|ltd|limited|plc|llc|inc)\.?$/iu;

/** "LA TABLE DE LÉA" → "La Table de Léa"; "CVS pharmacy" → "CVS Pharmacy"; mixed case stays. */
export function displayName(printed: string): string {
  const text = printed
    .replace(/[^\p{L}\p{N}'’&.\- ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEGAL_FORM, '')
    .replace(/[\s,]+$/, '');
  const upper = text === text.toUpperCase();
  const lower = text === text.toLowerCase();
  return text
    .split(' ')
    .map((word, i) => {
      const w = norm(word);
      if (i > 0 && SMALL.has(w)) return w === word.toLowerCase() ? word.toLowerCase() : word;
      if (!upper && !lower && word !== word.toLowerCase()) return word;
      // A short shouted word with no vowel sound to it is an acronym: CVS, BP, KFC.
      if (word === word.toUpperCase() && word.length <= 3 && !/[aeiouy]/i.test(word.slice(1))) return word;
      return word
        .toLowerCase()
        .replace(/(^|[-’'.&])(\p{L})/gu, (_, sep: string, c: string) =>
          sep === "'" || sep === '’' ? sep + c : sep + c.toUpperCase(),
        );
    })
    .join(' ');
}

export interface MerchantReading {
  name: string;
  /** The brand's category when the name is a known brand. */
  category?: Category;
}

/** The category of a brand named in the line, if one is. */
function brandIn(line: OcrLine): Category | null {
  const text = trimSpecks(line.text);
  const brand = findBrand(text);
  if (!brand) return null;
  // "BP" or "TER" are brands only when they are the line; a longer brand may sit among other words.
  const words = text.split(/\s+/).length;
  return brand.name.replace(/[^\p{L}]/gu, '').length <= 3 && words > 2 ? null : brand.category;
}

/**
 * The merchant from the ticket's first lines, or null when none reads as a name. The first line
 * that reads as a name is it, unless one of the next two names a known brand (OCR's noise or a
 * slogan came first).
 */
export function findMerchant(lines: readonly OcrLine[]): MerchantReading | null {
  // The header: up to the first amount (the terminal's slip prints its amount last), at most 14 lines.
  const end = lines.findIndex((l) => l.amounts.length > 0);
  const header = lines.slice(0, Math.min(end === -1 ? lines.length : end, 14));
  const names = header.filter((l) => nameLike(l, 2));
  for (const line of names.slice(0, 3)) {
    const brand = brandIn(line);
    if (brand) return { name: displayName(trimSpecks(line.text)), category: brand };
  }
  const first = names.find((l) => nameLike(l));
  return first ? { name: displayName(trimSpecks(first.text)) } : null;
}
