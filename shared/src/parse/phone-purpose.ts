/**
 * A phone a thing is bought for or is a part of is the device, not its line: « une coque pour mon
 * portable », "a case for my phone", « la batterie du téléphone » (shopping), while « une recharge
 * pour mon portable » stays the line's. categorize.ts asks this.
 */

import { forPurpose } from './category-frames.ts';
import { DETERMINERS } from './determiners.ts';
import type { Token } from './tokenize.ts';

/** A phone said by itself, which the tables read as its plan or its bill (utilities). */
const PHONES = new Set('portable|telephone|tel|mobile|smartphone|iphone|phone|cellphone'.split('|'));
/** What is bought for a phone's line, not the phone: « une recharge pour mon portable », "a plan for my phone". */
const LINE = new Set(
  (
    'forfait|abonnement|recharge|credit|data|facture|carte|sim|contrat|ligne|option|' +
    'plan|subscription|top|topup|bill|contract|line|card'
  ).split('|'),
);

/** A thing's owner after it: « du », "of", or « de », "of" and a possessive (« de mon », "of my"). */
const OF = new Set(['du', 'of']);
/** « 20 euros de téléphone »: money's word before « de » is what was spent on the line. */
const MONEY = /^(euros?|balles|dollars?|livres)$/;

/** « la batterie du téléphone », "the screen of my phone": tokens[i] owns a thing said before it. */
function partOf(tokens: readonly Token[], from: number, i: number): boolean {
  const before = tokens[i - 1]?.norm ?? '';
  if (OF.has(before)) return i - 1 > from;
  // « une coque de téléphone »: a French head, « de » and the device it is made for.
  if (before === 'de')
    return i - 1 > from && tokens[i - 2]?.kind === 'word' && !MONEY.test(tokens[i - 2]?.norm ?? '');
  return DETERMINERS.has(before) && /^(de|of)$/.test(tokens[i - 2]?.norm ?? '') && i - 2 > from;
}

/** A phone said new or used is one bought: « un nouveau portable », « un téléphone neuf », "a new mobile". */
const BOUGHT = new Set(
  'nouveau|nouvel|neuf|neufs|reconditionne|occasion|new|refurbished|used|second-hand|secondhand'.split('|'),
);
const boughtNew = (tokens: readonly Token[], i: number) =>
  // "a new phone plan": a compound's last noun is the line.
  !LINE.has(tokens[i + 1]?.norm.replace(/s$/, '') ?? '') &&
  (BOUGHT.has(tokens[i - 1]?.norm ?? '') ||
    BOUGHT.has(tokens[i + 1]?.norm ?? '') ||
    // « un portable d'occasion »
    (/^(d'|de)$/.test(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm === 'occasion'));

/**
 * Whether tokens[i], a phone said new or used, or a phone after « pour » or "for", or a phone a part is of (« la batterie du
 * téléphone », « une coque de téléphone »), is the device a thing is bought for (« une coque pour mon portable », "a case for
 * my phone": shopping), not its line: no word of a plan or a bill before it in tokens[from, i).
 */
export function forAPhone(tokens: readonly Token[], from: number, i: number): boolean {
  // « le réparateur de téléphones »: phones said in the plural are the devices too.
  if (
    !PHONES.has(tokens[i]?.norm.replace(/s$/, '') ?? '') ||
    !(forPurpose(tokens, i) || partOf(tokens, from, i) || boughtNew(tokens, i))
  )
    return false;
  for (let j = from; j < i; j++) if (LINE.has(tokens[j]?.norm.replace(/s$/, '') ?? '')) return false;
  return true;
}
