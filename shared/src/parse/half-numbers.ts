import { matchCurrency } from './currencies.ts';
import { numberWord } from './number-words.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';

/* A half said after a number in words (read-amount.ts): « deux mille et demi », "twelve and a half euros". */

/** How many tokens from tokens[k] say "and a half", « et demi » (after figures too: « 12 et demi »); 0 when none. */
export const halfAt = (tokens: readonly Token[], k: number): number => {
  if (tokens[k]?.norm === 'et' && /^demie?$/.test(tokens[k + 1]?.norm ?? '')) return 2;
  return tokens[k]?.norm === 'and' && tokens[k + 1]?.norm === 'a' && tokens[k + 2]?.norm === 'half' ? 3 : 0;
};

/** "half a grand", "half a million": half of the scale, 500 (was the whole scale, 1 000); null when none. */
export function halfOfScale(tokens: readonly Token[], i: number, lang: Lang): number | null {
  const scale = numberWord(tokens[i + 2]?.norm ?? '', lang);
  return tokens[i]?.norm === 'half' && /^an?$/.test(tokens[i + 1]?.norm ?? '') && scale?.kind === 'scale'
    ? scale.value / 2
    : null;
}

/**
 * « deux mille et demi », « mille et demi », "a grand and a half": a scale and half of it (2 500,
 * 1 500); "two and a half thousand", "one and a half grand": that many of the scale (2 500, 1 500);
 * "twelve and a half euros": 12,50. Were 2 000 €, 1 000 €, 500 €, 500 € and 6 €. The words read
 * (`w`, from readNumberWords) end at w.end; null when no half follows them.
 */
export function halfSaid(
  tokens: readonly Token[],
  w: { value: number; end: number },
  lang: Lang,
): { cents: number; int: number | null; end: number } | null {
  const half = halfAt(tokens, w.end);
  if (half === 0) return null;
  const whole = (value: number, end: number) => ({ cents: value * 100, int: value, end });
  const last = numberWord(tokens[w.end - 1]?.norm ?? '', lang);
  if (last?.kind === 'scale') return whole(w.value + last.value / 2, w.end + half);
  if (w.value < 1 || w.value > 99) return null;
  const after = w.end + half;
  const scale = numberWord(tokens[after]?.norm ?? '', lang);
  if (scale?.kind === 'scale' || scale?.kind === 'hundred')
    return whole(w.value * scale.value + scale.value / 2, after + 1);
  // "twelve and a half euros": the half is of the money said after it, in cents (its currency read by the caller).
  const money = matchCurrency(tokens, after);
  return money && !money.word.minor ? { cents: w.value * 100 + 50, int: null, end: after } : null;
}
