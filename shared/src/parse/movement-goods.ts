/**
 * Things that came back or came in, not money (movements.ts, movement-of-mark.ts): a bill or a
 * parcel received, money got back for a thing returned.
 */

import { DETERMINERS } from './determiners.ts';
import type { Scan } from './scan-types.ts';
import { word } from './scan-word.ts';
import type { Segment } from './segments.ts';
import { wordSet } from './word-sets.ts';

/** « j'ai reçu la facture EDF », "received the bill": a thing came, not money. */
const GOODS = wordSet(
  'facture|factures|colis|commande|commandes|paquet|livraison|courrier|bill|bills|parcel|parcels|order|' +
    'package|delivery|invoice|avis|relance|echeancier|amende|amendes|contravention|pv|fine|penalty',
);
export function receivedGoods(scan: Scan, end: number): boolean {
  let i = end;
  while (DETERMINERS.has(word(scan, i))) i++;
  return GOODS.has(word(scan, i));
}

/** « facture de gaz reçue », "the plumber's invoice received": the thing named just before its participle. */
export function goodsJustBefore(scan: Scan, at: number): boolean {
  for (let i = Math.max(0, at - 4); i < at; i++) if (GOODS.has(word(scan, i))) return true;
  return false;
}

const RETURNED = wordSet('returned|return|took|brought|sent|rapporte|ramene|retourne|renvoye|rendu');

/** "got 45 euros back", "got my 60 euros back" after a thing taken back: not change from a note, not a purchase. */
export function gotBackForReturn(scan: Scan, amount: NonNullable<Segment['amount']>): boolean {
  const { tokens } = scan;
  const gotAt = /^(my|the|all|our)$/.test(tokens[amount.start - 1]?.norm ?? '')
    ? amount.start - 2
    : amount.start - 1;
  if (tokens[amount.end]?.norm !== 'back' || !/^(got|get|getting)$/.test(tokens[gotAt]?.norm ?? ''))
    return false;
  return tokens.some((t, i) => i < gotAt && RETURNED.has(t.norm));
}
