import type { NumberWord } from './types.ts';

/**
 * French number words, accent-free. Compounds ("quatre-vingt-dix-neuf", "soixante et onze")
 * are read by `readNumberWords` from these parts; Belgian and Swiss tens are here too.
 */
export const FR_NUMBER_WORDS: ReadonlyMap<string, NumberWord> = new Map<string, NumberWord>([
  ['zero', { value: 0, kind: 'unit' }],
  ['un', { value: 1, kind: 'unit' }],
  ['une', { value: 1, kind: 'unit' }],
  ['deux', { value: 2, kind: 'unit' }],
  ['trois', { value: 3, kind: 'unit' }],
  ['quatre', { value: 4, kind: 'unit' }],
  ['cinq', { value: 5, kind: 'unit' }],
  ['six', { value: 6, kind: 'unit' }],
  ['sept', { value: 7, kind: 'unit' }],
  ['huit', { value: 8, kind: 'unit' }],
  ['neuf', { value: 9, kind: 'unit' }],
  ['dix', { value: 10, kind: 'teen' }],
  ['onze', { value: 11, kind: 'teen' }],
  ['douze', { value: 12, kind: 'teen' }],
  ['treize', { value: 13, kind: 'teen' }],
  ['quatorze', { value: 14, kind: 'teen' }],
  ['quinze', { value: 15, kind: 'teen' }],
  ['seize', { value: 16, kind: 'teen' }],
  ['vingt', { value: 20, kind: 'ten' }],
  ['vingts', { value: 20, kind: 'ten' }],
  ['trente', { value: 30, kind: 'ten' }],
  ['quarante', { value: 40, kind: 'ten' }],
  ['cinquante', { value: 50, kind: 'ten' }],
  ['soixante', { value: 60, kind: 'ten' }],
  ['septante', { value: 70, kind: 'ten' }],
  ['huitante', { value: 80, kind: 'ten' }],
  ['octante', { value: 80, kind: 'ten' }],
  ['nonante', { value: 90, kind: 'ten' }],
  ['cent', { value: 100, kind: 'hundred' }],
  ['cents', { value: 100, kind: 'hundred' }],
  ['mille', { value: 1000, kind: 'scale' }],
  ['mil', { value: 1000, kind: 'scale' }],
  ['million', { value: 1_000_000, kind: 'scale' }],
  ['millions', { value: 1_000_000, kind: 'scale' }],
]);

/** Ordinals used for days of the month: "le premier novembre", "le trois" stays a cardinal. */
export const FR_ORDINAL_DAYS: ReadonlyMap<string, number> = new Map([
  ['premier', 1],
  ['premiere', 1],
  ['1er', 1],
]);
