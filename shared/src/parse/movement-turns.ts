import type { Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';

/**
 * How a note turns a movement word around (round v19n, issue 29): a payback denied (« elle me
 * remboursera pas », "she doesn't need to pay me back") names no money to come or come back, and a
 * self-correction (« versement sur le livret A, enfin non, c'est l'assurance habitation ») takes
 * back the words before it, so only the corrected words are read.
 */

/** Words that deny the verb after them, a few words on: « ne », "doesn't", "no need to", « pas besoin de ». */
const DENIAL_BEFORE = new Set([
  'ne',
  "n'",
  'pas',
  'jamais',
  'not',
  'never',
  'no',
  "doesn't",
  'doesnt',
  "don't",
  'dont',
  "won't",
  'wont',
  "didn't",
  'didnt',
  "isn't",
  "aren't",
  "shouldn't",
  "can't",
]);
/** Words that deny the verb before them, in spoken French (« il me rendra pas »). */
const DENIAL_AFTER = new Set(['pas', 'jamais', 'plus']);

/** Whether the words tokens[at, end) are denied: a denial up to three words before, or right after. */
export function deniedAt(scan: Scan, at: number, end: number): boolean {
  for (let k = Math.max(0, at - 3); k < at; k++) {
    const t = scan.tokens[k];
    if (t?.kind === 'punct' || t?.kind === 'num') continue;
    if (DENIAL_BEFORE.has(t?.norm ?? '')) return true;
  }
  return DENIAL_AFTER.has(scan.tokens[end]?.norm ?? '');
}

/** A payback word: what comes back, or is to come back, to someone. */
export const PAYBACK_WORDS = /(^| )(back|rembours\S*|rend\S*|rendu\S*)( |$)/;

/**
 * Corrections that take back the words before them, not only an amount (markers.ts holds them all;
 * « enfin », "actually", « plutôt » alone are too often other words to take back a clause).
 */
const TAKING_BACK =
  /^(non|non pardon|pardon|euh non|heu non|ah non|oh non|enfin non|non enfin|je veux dire|ou plutot|no|no wait|sorry|no sorry|i mean|or rather|scratch that|make that|je me suis trompe|je me suis trompee|my bad|non en fait)$/;

/**
 * The first word after a self-correction that takes back the segment's words before it
 * (« versement sur le livret A, enfin non, c'est l'assurance habitation qui est passée, 32 € »):
 * the correction follows a pause, comes before the segment's amount, and no amount said before it
 * is still live (« 15 euros, non pardon, 18 » corrects only the amount). The segment's start when
 * there is none.
 */
export function correctedFrom(scan: Scan, seg: Segment, amountStart: number): number {
  let from = seg.start;
  for (const m of scan.marks) {
    if (m.mark !== 'correction' || m.start <= seg.start || m.end > amountStart) continue;
    if (scan.tokens[m.start - 1]?.kind !== 'punct') continue;
    const words = scan.tokens
      .slice(m.start, m.end)
      .map((t) => t.norm)
      .join(' ');
    if (!TAKING_BACK.test(words)) continue;
    if (scan.amounts.some((a) => !a.dropped && a.start >= seg.start && a.end <= m.start)) continue;
    from = m.end;
  }
  return from;
}

const SHARE = /^(part|share|moitie|half)$/;
const THIRD_PERSON_OWN = /^(sa|son|leur|her|his|their)$/;
const SPEAKER = /^(j'|je|i|we|on|nous|moi|me)$/;
const AUXILIARY = /^(a|ont|has|have|had|m'|me|enfin|deja|aussi|finally|already|also|just)$/;
const ADVERB = /^(enfin|deja|aussi|finally|already|also|back|over)$/;

/**
 * « Sarah a payé sa part du Airbnb, 85 € », "Tom paid his part of the villa": someone else paying
 * their own share of a thing the speaker paid settles it with the speaker: a repayment. The verb
 * of paying or sending (a 'verb' or 'transfer' mark) comes right before « sa part » (an adverb between),
 * its subject is no pronoun of the speaker's, and it is not denied (« Sarah n'a pas payé sa part »).
 */
export function ownSharePaidByOther(scan: Scan, seg: Segment): boolean {
  for (let i = seg.start + 2; i < seg.end; i++) {
    if (!SHARE.test(scan.tokens[i]?.norm ?? '') || !THIRD_PERSON_OWN.test(scan.tokens[i - 1]?.norm ?? ''))
      continue;
    const paid = scan.marks.find(
      (m) =>
        (m.mark === 'verb' || m.mark === 'transfer') &&
        m.start >= seg.start &&
        (m.end === i - 1 || (m.end === i - 2 && ADVERB.test(scan.tokens[i - 2]?.norm ?? ''))),
    );
    if (!paid || deniedAt(scan, paid.start, paid.end)) continue;
    let k = paid.start - 1;
    while (AUXILIARY.test(scan.tokens[k]?.norm ?? '') && k > seg.start) k--;
    const who = scan.tokens[k];
    if (
      k < seg.start ||
      who?.kind !== 'word' ||
      SPEAKER.test(who.norm) ||
      SPEAKER.test(scan.tokens[paid.start]?.norm ?? '')
    )
      continue;
    return true;
  }
  return false;
}
