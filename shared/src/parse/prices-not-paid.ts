import { Role, type Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';

/*
 * Prices said that the speaker did not pay (issue 29), beside not-paid.ts's other readings: a price
 * a seller asked (« le vendeur demandait 50 € »), a price only looked at ("looked at a 60 euro
 * jacket") and a price the thing had before a lower one was got (« le manteau était à 200 mais je
 * l'ai eu à 140 »).
 */

/**
 * « le vendeur demandait 50 € », « le marchand voulait 300 dirhams », "he was asking 60": the price
 * a seller asked, said by someone other than the speaker (« je voulais » is a plan, PAST_PLAN).
 */
const ASKED = new Set('demandait|demandaient|voulait|voulaient|asked|asking|wanted'.split('|'));
const SPEAKER = new Set(['je', "j'", 'on', 'nous', 'i', 'we']);
function askedBySeller(scan: Scan, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    if (!ASKED.has(scan.tokens[i]?.norm ?? '')) continue;
    const who = scan.tokens[i - 1];
    const aux = /^(was|were)$/.test(who?.norm ?? '') ? scan.tokens[i - 2] : who;
    if (aux?.kind === 'word' && !SPEAKER.has(aux.norm) && scan.roles[i - 1] !== Role.Amount) return true;
  }
  return false;
}

/**
 * "Looked at a 60 euro jacket, then bought a 35 euro one", "tried on a 90 euro coat": a price said
 * right after looking at or trying on, in a clause that pays nothing, was not paid. Only the
 * English: « j'ai essayé le nouveau resto » is a meal.
 */
const BROWSED = new Map([
  ['looked', 'at'],
  ['looking', 'at'],
  ['tried', 'on'],
  ['trying', 'on'],
]);
function browsedOnly(scan: Scan, seg: Segment): boolean {
  const amount = seg.amount;
  if (!amount || scan.marks.some((m) => m.mark === 'verb' && m.start >= seg.start && m.start < seg.end))
    return false;
  for (let i = seg.start; i < amount.start; i++) {
    if (BROWSED.get(scan.tokens[i]?.norm ?? '') !== scan.tokens[i + 1]?.norm) continue;
    // "looked at a 60 euro jacket": the price of the thing looked at, its article between.
    const gap = amount.start - (i + 2);
    if (gap === 0 || (gap === 1 && /^(a|an|the)$/.test(scan.tokens[i + 2]?.norm ?? ''))) return true;
  }
  return false;
}

/**
 * « le manteau était à 200 mais je l'ai eu à 140 », « la robe coûtait 90, avec la réduction 63 »,
 * "the jacket was listed at 90 but I got it for 70": a price the thing had (a listing word before
 * the amount) is not what was paid when a later figure of the sentence is got, paid or brought down
 * (a word of paying, getting or a discount after it). « le pull coûtait 30 et le pantalon 40 »
 * (nothing got or brought down after) keeps both.
 */
const LISTED = new Set(
  'etait|etaient|coutait|coutaient|valait|valaient|affiche|affichee|listed|priced|marked|tagged'.split('|'),
);
const GOT_FOR_LESS = new Set(
  'eu|eue|eus|eues|got|paid|paye|payee|payes|payees|reduction|remise|rabais|soldes|promo|discount|negocie|negociee|negotiated|haggled'.split(
    '|',
  ),
);
function listedThenPaid(scan: Scan, seg: Segment): boolean {
  const amount = seg.amount;
  if (!amount) return false;
  let listed = false;
  for (let i = seg.start; i < amount.start && !listed; i++) listed = LISTED.has(scan.tokens[i]?.norm ?? '');
  if (!listed) return false;
  const later = scan.amounts.find((a) => a.start >= amount.end && !a.dropped && !a.quantity);
  if (!later) return false;
  for (let i = amount.end; i < later.start; i++)
    if (GOT_FOR_LESS.has(scan.tokens[i]?.norm ?? '')) return true;
  return false;
}

/** Whether the segment's amount is a price asked, looked at or listed, not the one paid. */
export const priceNotPaid = (scan: Scan, seg: Segment) =>
  askedBySeller(scan, seg.start, seg.end) || browsedOnly(scan, seg) || listedThenPaid(scan, seg);
