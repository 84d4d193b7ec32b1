import { numberWord } from './number-words.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';

/** Banknotes by their English nicknames: "a tenner", "a fiver", or figures counted (in the speaker's money). */
const NOTE_WORDS = new Map([
  ['tenner', 10],
  ['fiver', 5],
  ['tenners', 10],
  ['fivers', 5],
  // "two twenties", "three tens": so many notes of the figure (only counted: "the twenties" is a decade).
  ['fives', 5],
  ['tens', 10],
  ['twenties', 20],
  ['fifties', 50],
]);

/**
 * "a tenner", "fiver", and so many of them: "two fivers", "three tenners" (round v21a: read as
 * two of something, the notes' money was lost). The value in whole money and where it ends.
 */
export function noteNicknameAt(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): { value: number; end: number } | null {
  const t = tokens[i]?.norm ?? '';
  const one = NOTE_WORDS.get(t);
  if (one !== undefined) return /s$/.test(t) ? null : { value: one, end: i + 1 };
  const each = NOTE_WORDS.get(tokens[i + 1]?.norm ?? '');
  const n = each === undefined ? undefined : numberWord(t, lang);
  return each !== undefined && n?.kind === 'unit' && n.value >= 2
    ? { value: n.value * each, end: i + 2 }
    : null;
}
