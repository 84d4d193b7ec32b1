import { GIVEN_NAMES } from './lexicon-given-names.ts';

let names: ReadonlySet<string> | undefined;

/** Whether a normed word is a French or English given name (Faker's lists, lexicon-given-names.ts). */
export function isGivenName(norm: string): boolean {
  // Built on first use: most notes never name who gave money back.
  names ??= new Set(GIVEN_NAMES.split('|'));
  return names.has(norm);
}
