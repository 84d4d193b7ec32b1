import type { NumberWord } from './types.ts';

/**
 * A table of number words written one line a kind, « word value word value … », in the order
 * the entries are set (numbers-en.ts's too): shorter than an object written out per word.
 */
export function numberTable(
  rows: readonly (readonly [NumberWord['kind'], string])[],
): ReadonlyMap<string, NumberWord> {
  const table = new Map<string, NumberWord>();
  for (const [kind, line] of rows) {
    const parts = line.split(' ');
    for (let i = 0; i < parts.length; i += 2)
      table.set(parts[i] as string, { value: Number(parts[i + 1]), kind });
  }
  return table;
}

/**
 * French number words, accent-free. Compounds ("quatre-vingt-dix-neuf", "soixante et onze")
 * are read by `readNumberWords` from these parts; Belgian and Swiss tens are here too.
 */
export const FR_NUMBER_WORDS: ReadonlyMap<string, NumberWord> = numberTable([
  ['unit', 'zero 0 un 1 une 1 deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9'],
  ['teen', 'dix 10 onze 11 douze 12 treize 13 quatorze 14 quinze 15 seize 16'],
  [
    'ten',
    'vingt 20 vingts 20 trente 30 quarante 40 cinquante 50 soixante 60 septante 70 huitante 80 octante 80 nonante 90',
  ],
  ['hundred', 'cent 100 cents 100'],
  ['scale', 'mille 1000 mil 1000 million 1000000 millions 1000000'],
]);

/** Ordinals used for days of the month: "le premier novembre", "le trois" stays a cardinal. */
export const FR_ORDINAL_DAYS: ReadonlyMap<string, number> = new Map([
  ['premier', 1],
  ['premiere', 1],
  ['1er', 1],
]);
