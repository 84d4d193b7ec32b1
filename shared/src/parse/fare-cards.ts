/**
 * Fares said by what is done with them. A card a person tops up is a fare card: the Oyster, the Leap card, a MetroCard, the Clipper card.
 * Their names are a city's, not words any table knows, but the act says what they are: money put on
 * a card of one's own, not spent on a thing, is the fare to come. A phone's, a gift's, a bank's or a
 * meter's card is said by its own word and is not one (categorize.ts asks this only when no keyword
 * names the note).
 */
import { determinersAnd } from './determiners.ts';
import type { Token } from './tokenize.ts';

/** A card, or a name glued to it ("MetroCard", "railcard", "travelcard"). */
const isCard = (norm: string) => norm === 'card' || norm === 'cards' || /^[a-z]{3,}card$/.test(norm);

/** Cards that are not fares: what their word names is what the money is for. */
const NOT_FARES = new Set(
  (
    'gift|gifts|sim|phone|credit|debit|bank|meter|store|loyalty|library|birthday|christmas|greeting|' +
    'greetings|post|memory|sd|graphics|sound|video|key|id|business|report|score|membership|member|' +
    'reward|rewards|prepaid|giftcard|postcard|keycard|scorecard|flashcard|creditcard|simcard'
  ).split('|'),
);

const UNNAMED = determinersAnd('new|old|same|other');

/** Money put on a card: "top up", "topped up", "top-up", "refill", "reload", "recharge". */
const TOP_UPS = new Set('topup|topups|refill|refills|refilled|reload|reloaded|recharge|recharged'.split('|'));
const TOPS = new Set(['top', 'tops', 'topped', 'topping']);
/** "put 20 on my Clipper card", "added 10 to the Oyster card". */
const PUTS = new Set(['put', 'loaded', 'added', 'add', 'load']);
const ONTO = new Set(['on', 'onto', 'to']);

/** The index of a fare card that tokens[from, to) says was topped up, or -1. */
export function toppedUpCard(tokens: readonly Token[], from: number, to: number): number {
  let card = -1;
  let topped = false;
  let put = false;
  for (let i = from; i < to; i++) {
    const norm = tokens[i]?.norm ?? '';
    if (TOP_UPS.has(norm) || (TOPS.has(norm) && tokens[i + 1]?.norm === 'up')) topped = true;
    if (PUTS.has(norm)) put = true;
    if (put && ONTO.has(norm)) topped = true;
    if (card < 0 && tokens[i]?.kind === 'word' && isCard(norm)) {
      const before = norm.endsWith('card') && norm !== 'card' ? norm : (tokens[i - 1]?.norm ?? '');
      if (NOT_FARES.has(before) || NOT_FARES.has(norm)) return -1;
      // "put 30 on my card" names no card: a bank's as likely as a fare's.
      if (tokens[i - 1]?.kind !== 'word' || UNNAMED.has(before)) return -1;
      card = i;
    }
  }
  return topped ? card : -1;
}

/** What a fare is bought as: a ticket or a pass into town, a single or a return to a place. */
const FARES_INTO = new Set(['ticket', 'tickets', 'pass', 'passes']);
const JOURNEYS = new Set(['return', 'returns', 'single', 'singles']);
/** A return said by when it may be used: "a day return", "an off-peak return". */
const RETURN_KINDS = new Set(['day', 'peak', 'off', 'open', 'period', 'anytime', 'saver']);

/**
 * Where tokens[from, to) says a journey's fare, or -1: a ticket or a pass "into" somewhere ("a
 * season ticket into Waterloo", "a weekly pass into town": commuting, where a show's ticket is
 * "to" or "for" it), a single or a return "to" a place named ("a return to Brighton"), or a return
 * said by when it may be used ("a day return"); in French, « un aller » or « un aller-retour » to a
 * town named.
 */
export function journeyFare(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const norm = tokens[i]?.norm ?? '';
    const next = tokens[i + 1]?.norm ?? '';
    if (FARES_INTO.has(norm) && next === 'into' && tokens[i + 2]?.kind === 'word') return i;
    // « un aller pour Nantes », « l'aller simple à Lille », « un aller-retour Paris-Lyon »: the noun
    // after its article (not the verb, « aller à Lyon »), then a town named.
    if (norm === 'aller' && /^(un|l')$/.test(tokens[i - 1]?.norm ?? '')) {
      const k = /^(simple|retour)$/.test(next) ? i + 2 : i + 1;
      const town = /^(pour|a)$/.test(tokens[k]?.norm ?? '') ? k + 1 : k;
      if (/^\p{Lu}/u.test(tokens[town]?.raw ?? '')) return i;
    }
    if (!JOURNEYS.has(norm)) continue;
    if (next === 'to' && /^\p{Lu}/u.test(tokens[i + 2]?.raw ?? '')) return i;
    if (norm.startsWith('return') && RETURN_KINDS.has(tokens[i - 1]?.norm ?? '')) return i;
  }
  return -1;
}
