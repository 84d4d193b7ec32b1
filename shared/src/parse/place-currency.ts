import type { CurrencyWord } from './currencies.ts';
import { PhraseTable } from './phrase-table.ts';
import type { Token } from './tokenize.ts';

/**
 * The money a place uses, for a currency word several countries share: "350 couronnes" in Prague
 * are Czech crowns, "3,75 dollars" in Montreal Canadian ones. Only places whose money shares a
 * word with others are listed; the word's own default stays when no place is named.
 */
type Family = 'dollar' | 'crown';
const of = (family: Family, code: string, places: string): [string, [Family, string]][] =>
  places.split('|').map((p) => [p, [family, code]]);

const PLACES = new PhraseTable<[Family, string]>([
  ...of('dollar', 'CAD', 'canada|montreal|quebec|toronto|vancouver|ottawa|calgary'),
  ...of('dollar', 'AUD', 'australie|australia|sydney|melbourne|brisbane|perth'),
  ...of('dollar', 'NZD', 'nouvelle zelande|new zealand|auckland|wellington'),
  ...of('dollar', 'HKD', 'hong kong'),
  ...of('dollar', 'SGD', 'singapour|singapore'),
  ...of('crown', 'CZK', 'prague|praha|tchequie|republique tcheque|czech republic|czechia|brno'),
  ...of('crown', 'SEK', 'suede|sweden|stockholm|goteborg|gothenburg|malmo'),
  ...of('crown', 'DKK', 'danemark|denmark|copenhague|copenhagen'),
  ...of('crown', 'NOK', 'norvege|norway|oslo|bergen'),
]);

function familyOf(word: CurrencyWord): Family | null {
  if (word.minor || word.code === null) return null;
  if (word.crown) return 'crown';
  // Only the plain "dollars" (read as USD): "dollars canadiens" already says its country.
  return word.code === 'USD' && !word.bucks && word.plain ? 'dollar' : null;
}

/** The currency the place named in the sentence gives a shared currency word, if any. */
export function placeCurrency(tokens: readonly Token[], word: CurrencyWord): string | null {
  const family = familyOf(word);
  if (!family) return null;
  for (let i = 0; i < tokens.length; i++) {
    const hit = PLACES.match(tokens, i);
    if (hit && hit.value[0] === family) return hit.value[1];
  }
  return null;
}
