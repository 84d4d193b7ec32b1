import { type CurrencyWord, matchCurrency } from './currencies.ts';
import { isPersonWord } from './movement-parties.ts';
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

/**
 * The money of a place where something was spent (« à Londres », "in New York"): a number said
 * with no currency there is that place's money. Only places whose money is not the euro.
 */
const money = (code: string, places: string): [string, string][] => places.split('|').map((p) => [p, code]);
const PLACE_MONEY = new PhraseTable<string>([
  ...money(
    'GBP',
    'londres|london|edimbourg|edinburgh|manchester|liverpool|brighton|glasgow|birmingham|oxford|cambridge|' +
      'bristol|leeds|soho|camden|angleterre|england|ecosse|scotland|royaume uni|uk',
  ),
  ...money(
    'USD',
    'new york|chicago|boston|miami|washington|los angeles|san francisco|las vegas|seattle|austin|' +
      'etats unis|usa|amerique|new orleans|la nouvelle orleans',
  ),
  ...money('CAD', 'montreal|quebec|toronto|vancouver|ottawa|canada'),
  ...money('CHF', 'geneve|geneva|zurich|lausanne|berne|bern|bale|basel|suisse|switzerland|zermatt|fribourg'),
  ...money('JPY', 'tokyo|osaka|kyoto|japon|japan'),
  ...money('MAD', 'marrakech|fes|casablanca|rabat|tanger|maroc|morocco'),
  ...money('PLN', 'cracovie|krakow|varsovie|warsaw|gdansk|pologne|poland'),
  ...money('CZK', 'prague|praha'),
  ...money('HUF', 'budapest|hongrie|hungary'),
  ...money('THB', 'bangkok|phuket|thailande|thailand'),
  ...money('AUD', 'sydney|melbourne|australie|australia'),
  // Moneys no shared word stands for, by their cities and countries (« à Istanbul le kebab 150 »).
  ...money('INR', 'mumbai|bombay|delhi|new delhi|bangalore|inde|india'),
  ...money('MXN', 'mexico|cancun|mexique'),
  ...money('TRY', 'istanbul|ankara|turquie|turkey'),
  ...money('BRL', 'rio de janeiro|sao paulo|bresil|brazil'),
  ...money('CNY', 'pekin|beijing|shanghai|chine|china'),
  ...money('KRW', 'seoul|coree du sud|south korea'),
  ...money('HKD', 'hong kong'),
  ...money('SGD', 'singapour|singapore'),
  ...money('NZD', 'auckland|nouvelle zelande|new zealand'),
  ...money('ZAR', 'cape town|johannesburg|afrique du sud|south africa'),
  ...money('SEK', 'stockholm|suede|sweden'),
  ...money('DKK', 'copenhague|copenhagen|danemark|denmark'),
  ...money('NOK', 'oslo|norvege|norway'),
  ...money('RON', 'bucarest|bucharest|roumanie|romania'),
  ...money('RUB', 'moscou|moscow|russie|russia'),
  ...money('VND', 'hanoi|ho chi minh|vietnam'),
  ...money('MYR', 'kuala lumpur|malaisie|malaysia'),
]);
const AT = /^(a|au|aux|en|in|at)$/;

/**
 * « au souk de Marrakech », « à la médina de Fès »: a place in the city, « de » naming the city
 * after a place one is at. « le train de Londres » names where it comes from: no place one is at.
 */
function inPlaceOf(tokens: readonly Token[], i: number): boolean {
  if (!/^(de|d')$/.test(tokens[i - 1]?.norm ?? '') || tokens[i - 2]?.kind !== 'word') return false;
  const before = tokens[i - 3]?.norm ?? '';
  return (
    /^(au|aux|dans)$/.test(before) || (/^(la|le|l'|les)$/.test(before) && AT.test(tokens[i - 4]?.norm ?? ''))
  );
}

/**
 * A country's own state bodies pay and charge only in its money, as a fare card does (HMRC's rebate,
 * the DVLA's fee): named anywhere, a number said with no currency is that money.
 */
const BODY_MONEY: Record<string, string> = { hmrc: 'GBP', dvla: 'GBP' };

/**
 * "sent 150 to my brother in Kraków", « envoyé 100 à mon fils à Lyon »: the place where the one
 * money went to lives, not where it was spent (« chez ma sœur à Londres » stays a place one is at).
 */
const homeOfOneSentTo = (tokens: readonly Token[], i: number) =>
  isPersonWord(tokens[i - 2]?.norm ?? '') &&
  /^(my|his|her|our|mon|ma|mes|son|sa|ses|notre|nos)$/.test(tokens[i - 3]?.norm ?? '') &&
  /^(to|a)$/.test(tokens[i - 4]?.norm ?? '');

/** The money of a state body named, or of the place named after « à », "in" or "at", if any. */
export function placeMoney(tokens: readonly Token[]): string | null {
  for (const t of tokens) if (Object.hasOwn(BODY_MONEY, t.norm)) return BODY_MONEY[t.norm] ?? null;
  for (let i = 1; i < tokens.length; i++) {
    if ((!AT.test(tokens[i - 1]?.norm ?? '') && !inPlaceOf(tokens, i)) || homeOfOneSentTo(tokens, i))
      continue;
    const hit = PLACE_MONEY.match(tokens, i);
    if (hit) return hit.value;
  }
  return null;
}

/**
 * "Peruvian soles, 30 for the alpaca scarf", « payé en dollars, 30 »: a money named in the note
 * with no number beside it is the money of the numbers said with none. Not a word that may be
 * something else (« livres », « couronnes », « gourdes »), nor slang that names no country.
 */
function moneyNamedAlone(tokens: readonly Token[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    // "a 3 pound bag": beside a number the word is that number's, money or a measure.
    const alone = tokens[i]?.kind === 'word' && tokens[i - 1]?.kind !== 'num';
    const word = alone ? matchCurrency(tokens, i)?.word : undefined;
    if (!word?.code || word.minor || word.ambiguous || word.thing || word.crown) continue;
    return placeCurrency(tokens, word) ?? word.code;
  }
  return null;
}

/** The money a note's numbers said with none are in: the place's or body's named, else a money named alone. */
export const noteMoney = (tokens: readonly Token[]): string | null =>
  placeMoney(tokens) ?? moneyNamedAlone(tokens);
