/**
 * Moneys said by their own name that no other word stood for: an unknown one was kept as an
 * unclear amount in the default money (« 1500 roubles », « 90 ringgits », "20 Aussie dollars").
 * Part of currencies.ts's table (its CurrencyWord, written out here so the two files import one way).
 */
type CurrencyWord = { code: string; minor: false; ambiguous: boolean };
const major = (code: string, ambiguous = false): CurrencyWord => ({ code, minor: false, ambiguous });

export const ABROAD_WORDS: readonly [string, CurrencyWord][] = [
  ...['lira', 'liras', 'lires turques', 'turkish liras'].map(
    (w) => [w, major('TRY')] as [string, CurrencyWord],
  ),
  // "won" alone is also "I won": only the French plural and the country said.
  ...['wons', 'won coreens', 'won sud coreens', 'korean won'].map(
    (w) => [w, major('KRW')] as [string, CurrencyWord],
  ),
  // "a lei" is a garland, "a dong" no money: after "a", "un", these are things (ambiguous, as « un livre »).
  ...['leu', 'lei roumains', 'romanian lei'].map((w) => [w, major('RON')] as [string, CurrencyWord]),
  ['lei', major('RON', true)],
  ...['lev', 'leva', 'levs'].map((w) => [w, major('BGN')] as [string, CurrencyWord]),
  ...['rouble', 'roubles', 'ruble', 'rubles'].map((w) => [w, major('RUB')] as [string, CurrencyWord]),
  ...['ringgit', 'ringgits'].map((w) => [w, major('MYR')] as [string, CurrencyWord]),
  ...['dong', 'dongs'].map((w) => [w, major('VND', true)] as [string, CurrencyWord]),
  ...['rupiah', 'rupiahs', 'roupies indonesiennes'].map((w) => [w, major('IDR')] as [string, CurrencyWord]),
  // « złoty »: the Polish ł has no accent to fold.
  ...['złoty', 'złotys', 'złotych'].map((w) => [w, major('PLN')] as [string, CurrencyWord]),
  ...['aussie dollars', 'aussie dollar'].map((w) => [w, major('AUD')] as [string, CurrencyWord]),
  ...['dollars neo zelandais', 'new zealand dollars', 'kiwi dollars'].map(
    (w) => [w, major('NZD')] as [string, CurrencyWord],
  ),
  ...['dollars singapouriens', 'dollar singapourien', 'singapore dollars'].map(
    (w) => [w, major('SGD')] as [string, CurrencyWord],
  ),
  ...['dollars de hong kong', 'hong kong dollars'].map((w) => [w, major('HKD')] as [string, CurrencyWord]),
];
