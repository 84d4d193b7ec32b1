import { DETERMINERS } from './determiners.ts';
import { isPersonWord } from './movement-parties.ts';
import type { AmountItem, Scan } from './scan-types.ts';
import { word as norm } from './scan-word.ts';
import type { Segment } from './segments.ts';

/**
 * « j'ai trouvé un billet de 20 € par terre », "found 20 euros in my old coat", « retrouvé 10 € dans
 * ma poche »: money found is money that came in. The money itself is found: the amount right after
 * the verb, or after a note or a coin (« une lampe à 15 € trouvée » is bought).
 */
const FOUND = new Set(['trouve', 'retrouve', 'trouvee', 'retrouvee', 'found', 'finding']);
const FOUND_GAP = new Set(
  "un|une|a|an|billet|billets|piece|pieces|de|d'|note|notes|bill|coin|coins|the|some|deux|two".split('|'),
);
export function foundMoney(scan: Scan, amount: AmountItem): boolean {
  for (let i = amount.start - 1; i >= Math.max(0, amount.start - 4); i--) {
    if (FOUND.has(norm(scan, i))) return true;
    if (!FOUND_GAP.has(norm(scan, i))) return false;
  }
  return false;
}

/**
 * « j'ai filé 20 balles à mon frère », "gave my sister 30 euros", « j'ai donné 5 € à un SDF »: money
 * handed to a person with nothing named is given, a present (the sets' convention: money given is an
 * expense of gifts; sent, « envoyé », to family it is a transfer, movement-words.ts; a return said,
 * « il me les rend samedi », makes it a loan, read before this).
 */
const HANDED = new Set(['file', 'refile', 'donne', 'gave', 'given', 'handed', 'slipped']);
const HOMELESS = new Set(['sdf', 'mendiant', 'mendiante', 'homeless', 'beggar', 'busker', 'musicien']);
export function handedToPerson(scan: Scan, seg: Segment, amount: AmountItem): boolean {
  let verb = -1;
  for (let i = seg.start; i < amount.start; i++) if (HANDED.has(norm(scan, i))) verb = i;
  // « mon père m'a filé 100 balles »: handed to the speaker is money in (movements.ts).
  if (verb < 0 || norm(scan, verb - 1) === "m'" || norm(scan, verb - 1) === 'me') return false;
  for (let i = verb + 1; i < seg.end; i++) {
    if (!DETERMINERS.has(norm(scan, i))) continue;
    const who = norm(scan, i + 1);
    if (isPersonWord(who) || HOMELESS.has(who)) return true;
  }
  return false;
}
