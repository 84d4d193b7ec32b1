/**
 * A fee named by what it is for (issue 29, purposes25). A fee's own words say what kind of payment
 * it is (an application, a booking, a file, an arrangement), not what it buys: « les frais de
 * dossier pour le prêt » is spent on the loan's paperwork, not a loan; "the booking fee for the
 * concert" is the concert's. categorize.ts and movement-of-mark.ts ask these.
 */
import { isFrameWord, LINKS, nounAfterLink } from './category-frames.ts';
import type { Token } from './tokenize.ts';

/** The words of a fee, a charge or a cover paid on top of a thing (« l'assurance du prêt »). */
export const FEES = /^(frais|fees?|charges?|commissions?|assurance|insurance|cotisations?)$/;
/** What joins a fee to what it is for: « frais de dossier pour le prêt », "the fee for the loan", "on the loan". */
const linked = (token: Token | undefined) =>
  LINKS.has(token?.norm ?? '') || /^(pour|on|sur)$/.test(token?.norm ?? '');

/**
 * Whether the word at tokens[at] (a loan's, a debt's) is what a fee said before it in the clause
 * is for: past a determiner and « pour » / « de » / "for", with at most three words (the fee's
 * kind: « de dossier », "arrangement") between the fee and that link.
 */
export function feeFor(tokens: readonly Token[], from: number, at: number): boolean {
  // Past one word between, the determiner: « pour le prêt », « du crédit ».
  let k = at - 1;
  if (!linked(tokens[k])) k--;
  if (!linked(tokens[k])) return false;
  for (let j = k - 1; j >= Math.max(from, k - 4); j--) {
    const t = tokens[j];
    if (t?.kind !== 'word') return false;
    if (FEES.test(t.norm)) return true;
  }
  return false;
}

/**
 * Whether the keyword at tokens[i] is what a fee is for, when the keyword said first,
 * tokens[start, end), only says the fee's kind as the modifier of a frame word right after it (a
 * fee, a deposit, a membership: FRAMES): "the application fee for the visa" (not an app),
 * "booking fee for the concert" (not a stay).
 */
export function feeOfModifier(tokens: readonly Token[], start: number, end: number, i: number): boolean {
  return (
    end === start + 1 &&
    isFrameWord(tokens[end]?.norm ?? '') &&
    linked(tokens[end + 1]) &&
    i === nounAfterLink(tokens, end + 1)
  );
}
