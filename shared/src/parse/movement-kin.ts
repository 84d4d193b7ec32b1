import { DEBT_WORDS } from './movement-debts.ts';
import { PARTS, SPEAKING } from './movement-frames.ts';
import { ELDERS, OCCASIONS } from './movement-parties.ts';
import { NOT } from './movement-roles.ts';
import { ownCardPaidOff } from './own-card-paid.ts';
import { Role, type Scan } from './scan-types.ts';
import { word } from './scan-word.ts';
import type { Segment } from './segments.ts';
import { wordsOf } from './tokenize.ts';
import type { MovementKind } from './types.ts';
import { wordSet } from './word-sets.ts';

/*
 * Money kept in the household, read before any movement word (README « Label conventions »): one's
 * own card paid off, money sent to one's family (a transfer, also when it says what the relative
 * needs it for), pocket money (spent); and money owed to the speaker, given back.
 */

/** Family one sends money to, beside the elders (not a friend, a colleague or a neighbour: those share bills). */
const KIN = wordSet('fils|fille|enfants|frere|soeur|son|daughter|kids|brother|sister');
const isKin = (w: string) => KIN.has(w) || ELDERS.has(w);
const OWN = wordSet('mon|ma|mes|my|our');
/** A present, pocket money, a share, a debt, the rent or a fee paid through them: spent or paid back. */
const NOT_SENT = wordSet('cadeau|gift|present|poche|pocket|loyer|rent|frais|fees|tuition|ans|years');
/** Between the verb and the relative: « de », « à », « sur le compte de », "to", and the amount. */
const LINKS = wordSet("de|d'|of|a|to|sur|le|compte|into|the|account");
/** What the relative's own life needs: « pour ses courses », "for her rent", « pour qu'il … ». */
const THEIRS = wordSet("ses|son|sa|leur|leurs|his|her|their|qu'");

/** The relative's word at i (after « mon », "my", and maybe « petit »): the index past it, or -1. */
function kinAt(scan: Scan, i: number): number {
  if (!OWN.has(word(scan, i))) return -1;
  const at = /^(petite?|little|big)$/.test(word(scan, i + 1)) ? i + 2 : i + 1;
  return isKin(word(scan, at)) ? at + 1 : -1;
}

/**
 * « virement de 80 € à mon fils pour ses courses », "sent 150 to my daughter at uni", « viré 40 €
 * sur le compte de mon fils pour qu'il fasse ses courses »: a movement word of sending, then the
 * amount only, then the relative; any « pour », "for" after them followed by their own, and no
 * present, share, debt or fee named (« pour son anniversaire », « pour ses 18 ans », « ma part »).
 */
function sentToKin(scan: Scan, seg: Segment): boolean {
  const sent = scan.marks.find((m) => m.mark === 'transfer' && m.start >= seg.start && m.start < seg.end);
  let i = sent?.end ?? seg.end;
  while (i < seg.end && (scan.roles[i] !== Role.Free || LINKS.has(word(scan, i)))) i++;
  // Sent to them (« à », "to", « sur le compte de »), or "sent my mum 50": not « de mon père », "from my mum".
  const to =
    i === sent?.end
      ? !/from$/.test(word(scan, i - 1))
      : /^(a|to)$/.test(word(scan, i - 1)) || word(scan, i - 2) === 'compte';
  const after = to ? kinAt(scan, i) : -1;
  if (after < 0) return false;
  for (let i = seg.start; i < seg.end; i++) {
    const w = word(scan, i);
    if (NOT_SENT.has(w) || OCCASIONS.has(w) || PARTS.has(w) || DEBT_WORDS.has(w)) return false;
    if (i >= after && (w === 'pour' || w === 'for') && !THEIRS.has(word(scan, i + 1))) return false;
  }
  return true;
}

/**
 * One's own card paid off (a transfer, its interest spent: own-card-paid.ts), money sent to a
 * relative (a transfer). Undefined when none is said.
 */
export function householdMoney(scan: Scan, seg: Segment): MovementKind | null | undefined {
  const card = ownCardPaidOff(scan, [seg.start, seg.end]);
  if (card !== undefined) return card;
  return sentToKin(scan, seg) ? 'transfer' : undefined;
}

/**
 * « Manon s'est acquittée de ce qu'elle me devait, 25 € », "Sam handed over what he owed me, 40":
 * a debt to the speaker told of the money given, with no word of it not given (« il ne m'a
 * toujours pas rendu… », "still hasn't": movement-roles.ts's NOT), was given back whatever the verb (movements.ts reads it
 * when no movement word says more).
 */
export const owedMePaid = (scan: Scan, seg: Segment) =>
  /(qu' (il|elle|ils|elles) me devai(t|ent)|\b(he|she|they) owed)\b/.test(
    wordsOf(scan.tokens, seg.start, seg.end),
  ) &&
  !SPEAKING.has(word(scan, seg.start)) &&
  !scan.tokens.slice(seg.start, seg.end).some((t) => NOT.has(t.norm));
