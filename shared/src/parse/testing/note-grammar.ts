/**
 * What the seeded note grammars share (never-dropped-notes.ts, the exact-amount notes): numbers
 * in French and English words, and the pick of one of a list by the seeded generator.
 */

/** One of `xs`, drawn by the grammar's seeded generator. */
export type Pick = <T>(xs: readonly T[]) => T;

const FR_UNITS =
  'zéro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize'.split('|');
const FR_TENS = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];
const EN_UNITS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen'.split(
    '|',
  );
const EN_TENS = '|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'.split('|');

/** 1..99 in French words (France's: « soixante-dix », « quatre-vingt-onze »). */
export function frWords(n: number): string {
  if (n <= 16) return FR_UNITS[n] ?? '';
  if (n < 20) return `dix-${FR_UNITS[n - 10]}`;
  if (n === 60 || n === 80) return n === 60 ? 'soixante' : 'quatre-vingts';
  if (n > 60 && n < 80) return n === 71 ? 'soixante et onze' : `soixante-${frWords(n - 60)}`;
  if (n >= 80) return n === 80 ? 'quatre-vingts' : `quatre-vingt-${frWords(n - 80)}`;
  const ten = FR_TENS[Math.floor(n / 10)] ?? '';
  const unit = n % 10;
  if (unit === 0) return ten;
  return unit === 1 ? `${ten} et un` : `${ten}-${FR_UNITS[unit]}`;
}

export function enWords(n: number): string {
  if (n < 20) return EN_UNITS[n] ?? '';
  const ten = EN_TENS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? ten : `${ten}-${EN_UNITS[n % 10]}`;
}
