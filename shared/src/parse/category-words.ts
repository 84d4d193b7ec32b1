import type { Token } from './tokenize.ts';

/** The words of tokens[from, to) that are words of the sentence (no amount, date or currency). */
export function wordsBetween(
  tokens: readonly Token[],
  from: number,
  to: number,
  isWord: (i: number) => boolean,
): string {
  const words: string[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t && (t.kind === 'word' || t.kind === 'sym') && isWord(i)) words.push(t.raw);
  }
  return words.join(' ');
}
