/** Currency words and symbols, French and English, onto ISO 4217 codes. */
import type { Lang } from './numbers.ts';

const DOLLAR_CURRENCIES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD']);

const WORDS: Record<string, string> = {
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  balle: 'EUR',
  balles: 'EUR',
  boules: 'EUR',
  dollar: 'USD',
  dollars: 'USD',
  usd: 'USD',
  buck: 'USD',
  bucks: 'USD',
  livre: 'GBP',
  livres: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  quid: 'GBP',
  gbp: 'GBP',
  sterling: 'GBP',
  franc: 'CHF',
  francs: 'CHF',
  chf: 'CHF',
  yen: 'JPY',
  yens: 'JPY',
  jpy: 'JPY',
  yuan: 'CNY',
  yuans: 'CNY',
  cad: 'CAD',
  aud: 'AUD',
  dirham: 'MAD',
  dirhams: 'MAD',
  mad: 'MAD',
  couronne: 'SEK',
  couronnes: 'SEK',
  krona: 'SEK',
  kronor: 'SEK',
  zloty: 'PLN',
  zlotys: 'PLN',
  roupie: 'INR',
  roupies: 'INR',
  rupee: 'INR',
  rupees: 'INR',
  baht: 'THB',
  peso: 'MXN',
  pesos: 'MXN',
};

/** Words that only name the minor unit: "cinquante centimes", "fifty cents". */
const MINOR = new Set(['centime', 'centimes', 'cent', 'cents', 'penny', 'pence']);

const SYMBOLS: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY' };

/** Words right after a currency word that change it: "dollars canadiens", "Canadian dollars". */
const QUALIFIERS: Record<string, string> = {
  canadiens: 'CAD',
  canadian: 'CAD',
  australiens: 'AUD',
  australian: 'AUD',
  americains: 'USD',
  american: 'USD',
  us: 'USD',
  suisses: 'CHF',
  suisse: 'CHF',
  swiss: 'CHF',
};

/** Qualifiers said before the currency word: "US dollars", "Swiss francs". */
export const QUALIFIERS_BEFORE = new Set(['us', 'swiss', 'canadian', 'australian', 'american']);

export function isCurrencyWord(word: string): boolean {
  return word in WORDS || MINOR.has(word);
}

export function isMinorUnit(word: string, lang: Lang): boolean {
  // In French "cent" is a hundred; only "centime(s)" is the minor unit.
  return MINOR.has(word) && (lang === 'en' || word.startsWith('centime'));
}

/**
 * The code a currency word or symbol names, in the light of the user's default currency
 * ("dollars" for someone in Canada is CAD; "francs" are Swiss unless said otherwise).
 */
export function currencyOf(
  token: string,
  defaultCurrency: string,
  qualifierBefore?: string,
  qualifierAfter?: string,
): string | null {
  const code = SYMBOLS[token] ?? WORDS[token];
  if (!code) return null;
  const qualified =
    (qualifierAfter && QUALIFIERS[qualifierAfter]) || (qualifierBefore && QUALIFIERS[qualifierBefore]);
  if (qualified) return qualified;
  if (code === 'USD' && DOLLAR_CURRENCIES.has(defaultCurrency) && token !== 'usd') return defaultCurrency;
  return code;
}

export function isCurrencySymbol(token: string): boolean {
  return token in SYMBOLS;
}
