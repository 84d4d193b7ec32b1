import { BRAND_LEADING_NUMBERS } from './brand-names.ts';
import { WEEKDAYS } from './date-words.ts';
import { streetKindAt } from './name-numbers.ts';
import type { Token } from './tokenize.ts';

/**
 * Besides the kinds of street a house number is on (name-numbers.ts's streetKindAt: « rue »,
 * « avenue »…), the squares, bridges and walks a name is given to: « place du 8 Mai 1945 ».
 */
const SQUARE_WORDS = new Set([
  'place',
  'pont',
  'esplanade',
  'parvis',
  'promenade',
  'carrefour',
  'rond point',
]);
/** Places whose name may be a date written with its article: « le bar Le 14 Juillet ». */
const VENUE_WORDS = new Set(
  ['bar', 'cafe', 'restaurant', 'resto', 'brasserie', 'bistrot', 'bistro', 'hotel', 'pub', 'club'].concat([
    'cinema',
    'theatre',
    'salle',
    'boulangerie',
    'epicerie',
    'cave',
    'creperie',
    'pizzeria',
  ]),
);
const LINKS = /^(du|de|des|d')$/;

/**
 * "the 7-Eleven": a brand whose name starts with a number, written with a capital
 * after it (`brand-names.ts`). Its end, or `i` when there is none at tokens[i].
 */
export function leadingBrandEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t?.kind !== 'num' || next === undefined || !/^\p{Lu}/u.test(next.raw)) return i;
  return BRAND_LEADING_NUMBERS.has(`${t.norm} ${next.norm}`) ? i + 2 : i;
}

/**
 * "a Sunday roast", « un poulet du dimanche »: a day that says the kind of a thing, not when it was
 * paid ("Sunday: roast", « le brunch de dimanche », « du lundi au vendredi » are dated).
 */
function dayOfKind(tokens: readonly Token[], i: number, end: number): boolean {
  const d = tokens[i]?.norm === 'du' ? i + 1 : i;
  if (end !== d + 1 || !WEEKDAYS.has(tokens[d]?.norm ?? '')) return false;
  if (tokens[d - 1]?.norm === 'du') return tokens[d - 2]?.kind === 'word' && tokens[end]?.norm !== 'au';
  return /^an?$/.test(tokens[d - 1]?.norm ?? '') && tokens[end]?.kind === 'word';
}

/**
 * A date said as part of a name, not as the day of a payment: a street's (« rue du Quatre-Septembre »,
 * « avenue du 11 Novembre »), a place's written with its capital article (« au bar Le 14 Juillet »),
 * a brand's ("at the 7-Eleven"), "24/7" said of opening hours. The end of the name, or 0 when the
 * date from tokens[i] to tokens[end] is a date.
 */
export function dateInNameEnd(tokens: readonly Token[], i: number, end: number): number {
  const t = tokens[i];
  if (t === undefined) return 0;
  // « rue du 8 Mai »: the street's word before « du », the date from « du » or right after it.
  const street = LINKS.test(t.norm) ? i - 1 : LINKS.test(tokens[i - 1]?.norm ?? '') ? i - 2 : -1;
  if (street >= 0 && (streetKindAt(tokens, street) || SQUARE_WORDS.has(tokens[street]?.norm ?? '')))
    return end;
  if (/^(le|la)$/.test(t.norm) && /^\p{Lu}/u.test(t.raw) && VENUE_WORDS.has(tokens[i - 1]?.norm ?? ''))
    return end;
  // "the 24/7 diner", « ouvert 24/7 »: round the clock; « le 24/7 », "on 24/7" stay a day.
  if (t.kind === 'slashDate' && t.norm === '24/7' && !/^(le|du|au|on)$/.test(tokens[i - 1]?.norm ?? ''))
    return end;
  if (dayOfKind(tokens, i, end)) return end;
  for (let k = i; k < end; k++) {
    const brand = leadingBrandEnd(tokens, k);
    if (brand > k) return Math.max(end, brand);
  }
  return 0;
}
