import { readAmount } from './read-amount.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';

/** « 24 pas 22 », « 24 et pas 22 », "24 not 22": the word that takes back the figure after it. */
const DENIAL = new Set(['pas', 'not']);
const JOINS = new Set(['et', 'and', 'mais', 'but']);

/**
 * « c'était 24 pas 22 », "it was 24, not 22": a figure said right after the amount and denied is
 * the one the speaker heard wrong, not money and not a count (« 24 pas » is no walk of 24 steps).
 * The index past the denied figure, or `from` when none is there.
 */
export function deniedAfter(tokens: readonly Token[], from: number, lang: Lang): number {
  let j = from;
  if (tokens[j]?.kind === 'punct') j++;
  if (JOINS.has(tokens[j]?.norm ?? '')) j++;
  if (!DENIAL.has(tokens[j]?.norm ?? '')) return from;
  const denied = readAmount(tokens, j + 1, lang);
  return denied ? denied.end : from;
}
