import { ABROAD_WORDS } from './currencies-abroad.ts';
import { matchNamedCurrency, NAMED_CODES } from './currencies-named.ts';
import { EN_NUMBER_WORDS } from './numbers-en.ts';
import { type Normed, PhraseTable } from './phrase-table.ts';

/**
 * What a currency word says. `code: null` means "the money in use": the default currency, or
 * the one named elsewhere in the sentence ("balles" is slang for it; "centimes" are its cents).
 */
export interface CurrencyWord {
  code: string | null;
  /** "centimes", "cents", "pence": the amount is in hundredths. */
  minor: boolean;
  /** "livres" are also books, "francs" may be Swiss or CFA, "bucks" may be any dollar. */
  ambiguous: boolean;
  /** "bucks": the default currency when it is a dollar, else USD. */
  bucks?: boolean;
  /** Also a thing counted (« boules », « sacs »): money only when nothing else is (read-amount.ts thingCounted). */
  thing?: boolean;
  /** « patates », « briques »: so many of the money in use (« trois patates » is 3 000). */
  times?: number;
  /** "dollars" with no country: a place named in the sentence may say which (place-currency.ts). */
  plain?: boolean;
  /** "couronnes", "crowns": money only when a place says whose (place-currency.ts). */
  crown?: boolean;
}

const major = (code: string, ambiguous = false): CurrencyWord => ({ code, minor: false, ambiguous });
const MONEY: CurrencyWord = { code: null, minor: false, ambiguous: false };
const MINOR: CurrencyWord = { code: null, minor: true, ambiguous: false };
const TEN_THOUSAND: CurrencyWord = { code: null, minor: false, ambiguous: false, thing: true, times: 10_000 };

const WORDS: readonly [string, CurrencyWord][] = [
  ...['€', 'euro', 'euros', 'eur'].map((w) => [w, major('EUR')] as [string, CurrencyWord]),
  ['balle', MONEY],
  ['balles', MONEY],
  // "30 boules le t-shirt" (slang); "deux boules de glace" are scoops (read-amount.ts).
  ['boules', { code: null, minor: false, ambiguous: false, thing: true }],
  // « vingt sacs le ciné » (slang, like « balles »); « deux sacs de ciment » are bags (read-amount.ts).
  ['sacs', { code: null, minor: false, ambiguous: false, thing: true }],
  // « la moto m'a coûté trois patates » (slang, thousands); « trois patates douces » are potatoes.
  ['patates', { code: null, minor: false, ambiguous: false, thing: true, times: 1000 }],
  // « une brique », « un bâton »: a million old francs, 10 000 francs, a figure the words kept in
  // euros; « une brique de lait », « un bâton de colle » are things (read-amount.ts).
  ...['brique', 'briques', 'baton', 'batons'].map((w): [string, CurrencyWord] => [w, TEN_THOUSAND]),
  ['centime', MINOR],
  ['centimes', MINOR],
  ['cent', MINOR],
  ['cents', MINOR],
  ['pence', { code: 'GBP', minor: true, ambiguous: false }],
  ['penny', { code: 'GBP', minor: true, ambiguous: false }],
  ...['$', 'dollar', 'dollars'].map((w) => [w, { ...major('USD'), plain: true }] as [string, CurrencyWord]),
  // Names CLDR gives a currency (« dollars canadiens », "Swiss francs", « dinars tunisiens »,
  // « couronnes danoises », "zlotys") are read from them (currencies-named.ts); these are what CLDR
  // does not say, or says otherwise.
  ...['usd', 'us $'].map((w) => [w, major('USD')] as [string, CurrencyWord]),
  ...['couronne', 'couronnes', 'crown', 'crowns', 'krone', 'kroner'].map(
    (w) => [w, { ...major('SEK', true), crown: true }] as [string, CurrencyWord],
  ),
  ['dollars americains', major('USD')],
  ['dollar americain', major('USD')],
  ['american dollars', major('USD')],
  ['buck', { code: 'USD', minor: false, ambiguous: true, bucks: true }],
  ['bucks', { code: 'USD', minor: false, ambiguous: true, bucks: true }],
  // "C$45", "AU$30": a dollar's country before the sign (read only in capitals, isLeadingCurrency).
  ...['c $', 'ca $', 'can $'].map((w) => [w, major('CAD')] as [string, CurrencyWord]),
  ...['au $', 'nz $', 'hk $', 's $', 'r $', 'nt $'].map(
    (w, k) => [w, major(['AUD', 'NZD', 'HKD', 'SGD', 'BRL', 'TWD'][k] as string)] as [string, CurrencyWord],
  ),
  // Québec: « piasses », « piastres » are Canadian dollars.
  ...['piasse', 'piasses', 'piastre', 'piastres', 'piace', 'piaces'].map(
    (w) => [w, major('CAD')] as [string, CurrencyWord],
  ),
  ...['£', 'pound', 'pounds'].map((w) => [w, major('GBP')] as [string, CurrencyWord]),
  ['quid', major('GBP')],
  ['gbp', major('GBP')],
  ['livre', major('GBP', true)],
  ['livres', major('GBP', true)],
  ['chf', major('CHF')],
  ['franc', major('CHF', true)],
  ['francs', major('CHF', true)],
  // « 300 CFA », « 2 000 FCFA »: the franc said by its zone alone; « francs Pacifique » in Nouméa.
  ...['franc cfa', 'francs cfa', 'cfa', 'fcfa'].map((w) => [w, major('XOF')] as [string, CurrencyWord]),
  ...['franc pacifique', 'francs pacifique'].map((w) => [w, major('XPF')] as [string, CurrencyWord]),
  ...['¥', 'jpy'].map((w) => [w, major('JPY')] as [string, CurrencyWord]),
  ...['renminbi', 'rmb'].map((w) => [w, major('CNY')] as [string, CurrencyWord]),
  ['zlotych', major('PLN')],
  ['reais', major('BRL')],
  ...['peso', 'pesos'].map((w) => [w, major('MXN', true)] as [string, CurrencyWord]),
  ...['rand', 'rands'].map((w) => [w, major('ZAR')] as [string, CurrencyWord]),
  ...ABROAD_WORDS,
];

const TABLE = new PhraseTable<CurrencyWord>(WORDS);

/**
 * Codes read only when written in capitals, since "mad", "try" or "cad" are also words: every
 * currency in use (currencies-named.ts) but those that are a word or a body in capitals too
 * ("ALL", "TOP", "PEN", "SOS", "PHP", "CVE").
 */
// "LBP" is La Banque Postale, "COP" a climate summit, « ARS » a health agency, "SDG" a goal.
const CODES_WORDS = new Set(
  'ALL TOP CUP MOP BOB PEN SOS GEL AMD PHP BAM CVE MUR DOP LBP COP ARS SDG'.split(' '),
);
const ISO_CODES = new Set(['EUR', ...[...NAMED_CODES].filter((c) => !CODES_WORDS.has(c))]);

interface RawToken extends Normed {
  raw: string;
  kind: string;
  spaced?: boolean;
}

const PENCE: CurrencyWord = { code: 'GBP', minor: true, ambiguous: false };

/** The currency named at tokens[i] ("€", "euros", "francs suisses", "US$", "CAD"), if any. */
export function matchCurrency(
  tokens: readonly RawToken[],
  i: number,
): { word: CurrencyWord; end: number } | null {
  const t = tokens[i];
  if (!t || (t.kind !== 'word' && t.kind !== 'sym')) return null;
  if (t.raw.length === 3 && ISO_CODES.has(t.raw)) {
    // "US $" must not stop at "US"; otherwise an upper-case code stands alone.
    return { word: major(t.raw), end: i + 1 };
  }
  // "80p": a "p" glued to the figures is pence; spaced, it is a letter. After a number said in
  // words ("ninety-nine p", "fifty p") it is pence as spoken: a letter is never counted so.
  const before = tokens[i - 1];
  if (
    t.raw === 'p' &&
    ((t.spaced === false && before?.kind === 'num') ||
      (EN_NUMBER_WORDS.has(before?.norm ?? '') && tokens[i + 1]?.raw !== '.'))
  )
    return { word: PENCE, end: i + 1 };
  const hit = TABLE.match(tokens, i);
  // CLDR's names where they say more than the hand list (« couronnes islandaises », "Kenyan
  // shillings") or what it does not know (« nairas »); the hand list wins where both say as much.
  const named = matchNamedCurrency(tokens, i);
  if (named && (!hit || named.end > hit.end))
    return { word: named.thing ? { ...major(named.code), thing: true } : major(named.code), end: named.end };
  return hit ? { word: hit.value, end: hit.end } : null;
}

/** Symbols and codes that may stand before the number: "€12", "$15", "EUR 40", "US$ 20". */
export function isLeadingCurrency(tokens: readonly RawToken[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.kind === 'sym') return t.raw === '€' || t.raw === '$' || t.raw === '£' || t.raw === '¥';
  return (
    (t.raw.length === 3 && ISO_CODES.has(t.raw)) ||
    ((t.norm === 'us' || /^(C|CA|CAN|AU|NZ|HK|S|R|NT)$/.test(t.raw)) && tokens[i + 1]?.raw === '$')
  );
}

/**
 * A symbol written against the figures after it and apart from those before: « porte 7 €433 »,
 * "gate 7 £63.20". It is the next number's money, not the one before ("7 €"); two figures
 * alone after it stay cents (« 12 €50 »).
 */
export function symbolLeadsNext(
  tokens: readonly (RawToken & { start: number; end: number })[],
  i: number,
  /** After a name's number (« porte 7 €43 ») two figures are money too. */
  afterName = false,
): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return (
    t?.kind === 'sym' &&
    isLeadingCurrency(tokens, i) &&
    t.spaced === true &&
    next?.kind === 'num' &&
    next.start === t.end &&
    (afterName || !/^\d{2}$/.test(next.norm))
  );
}

/** Dollar currencies: "bucks" means the user's own money when it is one of these. */
export function isDollarCurrency(code: string): boolean {
  return ['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD'].includes(code);
}
