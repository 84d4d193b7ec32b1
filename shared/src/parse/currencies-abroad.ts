/**
 * Moneys said by their own name that no other word stood for: an unknown one was kept as an
 * unclear amount in the default money (« 1500 roubles », "20 Aussie dollars"); the names CLDR gives
 * (« 90 ringgits », "Singapore dollars") are read from them now (currencies-named.ts).
 * Part of currencies.ts's table (its CurrencyWord, written out here so the two files import one way).
 */
type CurrencyWord = { code: string; minor: false; ambiguous: boolean };
const major = (code: string, ambiguous = false): CurrencyWord => ({ code, minor: false, ambiguous });

export const ABROAD_WORDS: readonly [string, CurrencyWord][] = [
  ['lires turques', major('TRY')],
  // "won" alone is also "I won": only the French plural and the country said.
  ...['wons', 'won coreens', 'won sud coreens', 'korean won'].map(
    (w) => [w, major('KRW')] as [string, CurrencyWord],
  ),
  // "a lei" is a garland, "a dong" no money: after "a", "un", these are things (ambiguous, as « un livre »).
  ['leu', major('RON')],
  ['lei', major('RON', true)],
  ...['lev', 'levs'].map((w) => [w, major('BGN')] as [string, CurrencyWord]),
  ...['dong', 'dongs'].map((w) => [w, major('VND', true)] as [string, CurrencyWord]),
  // « złoty »: the Polish ł has no accent to fold.
  ...['złoty', 'złotys', 'złotych'].map((w) => [w, major('PLN')] as [string, CurrencyWord]),
  ...['aussie dollars', 'aussie dollar'].map((w) => [w, major('AUD')] as [string, CurrencyWord]),
  ...['new zealand dollars', 'kiwi dollars'].map((w) => [w, major('NZD')] as [string, CurrencyWord]),
  ...['dollars de hong kong', 'hong kong dollars'].map((w) => [w, major('HKD')] as [string, CurrencyWord]),
];
