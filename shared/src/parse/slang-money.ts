import { matchCurrency } from './currencies.ts';
import type { Token } from './tokenize.ts';

/**
 * A word that is slang for money and a thing too (« boules », « sacs ») counts things when « de »,
 * « d' » or « à » follows (« deux boules de glace », « trois sacs à 5 € ») or when other money is
 * said in the sentence (« glace deux boules 4 euros », « deux sacs poubelle 40 euros »): slang
 * stands for the money only when nothing else does.
 */
export function thingCounted(tokens: readonly Token[], after: number): boolean {
  if (/^(de|d'|a)$/.test(tokens[after]?.norm ?? '')) return true;
  for (let i = 0; i < tokens.length; i++) {
    const word = matchCurrency(tokens, i)?.word;
    if (word && !word.thing && !word.minor && !word.crown) return true;
  }
  return false;
}
