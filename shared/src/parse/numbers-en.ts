import { numberTable } from './numbers-fr.ts';
import type { NumberWord } from './types.ts';

/** English number words; "a hundred" is handled by the reader ("a" only counts before a scale). */
export const EN_NUMBER_WORDS: ReadonlyMap<string, NumberWord> = numberTable([
  ['unit', 'zero 0 one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9'],
  [
    'teen',
    'ten 10 eleven 11 twelve 12 thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19',
  ],
  ['ten', 'twenty 20 thirty 30 forty 40 fourty 40 fifty 50 sixty 60 seventy 70 eighty 80 ninety 90'],
  ['hundred', 'hundred 100'],
  ['scale', 'thousand 1000 grand 1000 million 1000000'],
]);

/** Spoken ordinals for days of the month ("on the third", "November twenty-first"). */
const ORDINAL_PARTS: readonly [string, number][] = [
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['thirteenth', 13],
  ['fourteenth', 14],
  ['fifteenth', 15],
  ['sixteenth', 16],
  ['seventeenth', 17],
  ['eighteenth', 18],
  ['nineteenth', 19],
  ['twentieth', 20],
  ['thirtieth', 30],
];

export const EN_ORDINAL_DAYS: ReadonlyMap<string, number> = new Map(ORDINAL_PARTS);
