import { placeMoney } from './place-currency.ts';
import type { AmountItem, Scan } from './scan-types.ts';

/* Whether money of another country is the speaker's own: they live where it is spent, not travel. */

/** Names people give their own money at home: a Québécois' « piasses », a Briton's "quid", an American's "bucks". */
const HOME_NAMES = new Set([
  'piasse',
  'piasses',
  'piastre',
  'piastres',
  'piace',
  'piaces',
  'quid',
  'buck',
  'bucks',
]);
/** Tens counted the Swiss or Belgian way: « huitante francs » is said by someone who lives there. */
const REGIONAL_TENS = /^(septante|octante|huitante|nonante)/;
/** Before a place's name: « à Québec », "in Zurich". */
const AT = /^(a|au|aux|en|in|at|to)$/;

function placeNamed(scan: Scan): boolean {
  if (placeMoney(scan.tokens) !== null) return true;
  for (let i = 2; i < scan.tokens.length; i++) {
    const t = scan.tokens[i];
    if (t?.kind === 'word' && AT.test(scan.tokens[i - 1]?.norm ?? '') && /^\p{Lu}/u.test(t.raw)) return true;
  }
  return false;
}

/**
 * « huitante francs à nous quatre », « l'Hydro-Québec 160 piasses », « vingt francs à la Chaîne du
 * Bonheur »: money of another country said as the people who live there say it (its slang name,
 * the region's tens, or its plain shared name — « francs », "dollars" — with no place named) is
 * the speaker's everyday money, so a purchase the lexicon does not know is no trip. A place named
 * (« fondue à Zermatt, 38 francs suisses », "35 francs for lunch in Zurich") still says travel.
 */
export function saidAtHome(scan: Scan, amount: AmountItem): boolean {
  if (placeNamed(scan)) return false;
  const name = scan.tokens[amount.currencyAt]?.norm ?? '';
  if (HOME_NAMES.has(name)) return true;
  for (let i = amount.start; i < amount.end; i++)
    if (REGIONAL_TENS.test(scan.tokens[i]?.norm ?? '')) return true;
  const word = amount.currency;
  return word?.plain === true || (word?.code === 'CHF' && word.ambiguous);
}
