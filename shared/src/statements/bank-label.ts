/**
 * Bank labels, read the way a person reads them: "CB CARREFOUR 28/11 CARTE 4974" is Carrefour.
 * The noise banks add (payment kind, card number, dates, references) is dropped; what is left is
 * the merchant's words, compared with an expense's words by the matcher and named by the category
 * reader. Pure: no I/O.
 */
import { singular } from '../parse/memory.ts';
import { normWord } from '../parse/tokenize.ts';

export { normWord };

/** Words that say how the money moved, not to whom: French and English bank vocabulary. */
const NOISE = new Set(
  (
    'cb|carte|card|paiement|payment|par|prlv|prelevement|prelev|sepa|vir|virement|recu|recus|emis|' +
    'en|votre|faveur|de|du|des|la|le|les|a|au|pour|motif|ref|reference|facture|fact|achat|achats|' +
    'retrait|dab|gab|atm|withdrawal|pos|debit|credit|mastercard|visa|cbk|cb*|tpe|ech|echeance|' +
    'mandat|num|no|numero|chq|cheque|sdd|sct|trn|transaction|purchase|direct|dd|fx|eur|usd|chf|gbp|' +
    'internet|web|www|com|fr|sa|sas|sarl|ltd|inc|gmbh|se|cedex|the|of|from|to|thank|you|merci|' +
    'frais|commission|int|intl|international|cours|en cours|on|at|x'
  ).split('|'),
);
/** Words that start the part of a transfer label that is the counterpart's name. */
const NAME_MARKERS = /\/(?:DE|A|BEN|FRM|NOM)\s+/i;

/** "4974 0123 4567 8912", "FR76 3000 6000 0112 3456 7890 189": long runs of digits (with spaces) and IBANs. */
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g;
const CARD = /\b\d(?:[ -]?\d){11,18}\b/g;

function lastFour(match: string): string {
  const chars = match.replace(/[\s-]/g, '');
  return `•••• ${chars.slice(-4)}`;
}

/**
 * Account and card numbers in a text shown to a person or written to a log: only their last four
 * characters stay ("•••• 0189"). Short numbers (a "CARTE 4974" suffix, a date) are untouched.
 */
export function maskAccountNumbers(text: string): string {
  return text.replace(IBAN, lastFour).replace(CARD, lastFour);
}

/** An account's number as shown: "•••• 0189" (an empty string stays empty). */
export function maskAccount(account: string): string {
  const chars = account.replace(/[\s-]/g, '');
  if (chars.length <= 4) return chars;
  return `•••• ${chars.slice(-4)}`;
}

/** The words of a label that name the merchant, normalised (lower case, no accents): ["carrefour"]. */
export function labelWords(label: string): string[] {
  const named = NAME_MARKERS.exec(label);
  const text = named ? (label.slice(named.index + named[0].length).split('/')[0] ?? '') : label;
  const words: string[] = [];
  for (const raw of text.split(/[^\p{L}\p{N}'&]+/u)) {
    if (raw === '') continue;
    const word = normWord(raw).replace(/^[ld]'/, '');
    // Dates, card numbers, references: digits say nothing of the merchant.
    if (/\d/.test(word) || word.length < 2 || NOISE.has(word)) continue;
    words.push(word);
  }
  return words;
}

/** The label's words as the matcher compares them: singular, as memoryKey folds an expense's. */
export function labelMatchWords(label: string): string[] {
  return labelWords(label).map(singular);
}

/** A label as a person would name the merchant: "CB CARREFOUR 28/11 CARTE 4974" → "Carrefour". */
export function merchantName(label: string): string {
  const words = labelWords(label);
  if (words.length === 0) return maskAccountNumbers(label.trim()).slice(0, 80);
  return words
    .slice(0, 5)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
