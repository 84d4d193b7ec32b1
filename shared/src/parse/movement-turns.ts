import { isGivenName } from './given-names.ts';
import { ELDERS, isPersonWord } from './movement-parties.ts';
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

/**
 * "paid my sister for the concert ticket she bought me", « j'ai remboursé Léa du billet qu'elle
 * m'a acheté »: what someone bought for the speaker (the paying word at tokens[i], "me" after it or
 * « m'a » before it) and the speaker paying for it earlier in tokens[from, i): the speaker paid.
 */
export function paidForWhatTheyGot(scan: Scan, from: number, i: number): boolean {
  const w = (k: number) => scan.tokens[k]?.norm ?? '';
  const forMe = w(i + 1) === 'me' || w(i - 1) === "m'" || (w(i - 1) === 'a' && w(i - 2) === "m'");
  if (!forMe) return false;
  return scan.marks.some(
    (m) =>
      m.mark === 'verb' &&
      m.start >= from &&
      m.end < i - 1 &&
      (m.start === from ||
        SPEAKER.test(w(m.start)) ||
        SPEAKER.test(w(m.start - 1)) ||
        w(m.start - 1) === 'ai'),
  );
}

/** Words that put a verb ahead, one or two words before it: "is going to", « va », "will", "needs to". */
const TO_COME_ONE = new Set([
  'va',
  'vont',
  'doit',
  'doivent',
  'devrait',
  'devraient',
  'will',
  'should',
  'must',
  'gonna',
]);
const TO_COME_TWO = /^(going to|needs to|need to|has to|have to|is to|are to|supposed to|meant to)$/;
const toComeAt = (scan: Scan, at: number) =>
  TO_COME_ONE.has(scan.tokens[at - 1]?.norm ?? '') ||
  TO_COME_TWO.test(`${scan.tokens[at - 2]?.norm ?? ''} ${scan.tokens[at - 1]?.norm ?? ''}`);

/** A payback word denied, or still to come ("Tom is going to pay me back"): no money came back. */
export const paybackNotDone = (scan: Scan, m: { start: number; end: number }, words: string) =>
  PAYBACK_WORDS.test(words) && (deniedAt(scan, m.start, m.end) || toComeAt(scan, m.start));

/**
 * "Tom is going to pay me back 15 euros": a payback still to come, said before the amount, and
 * nothing else moved or paid in the segment: money owed, neither spent nor moved.
 */
export function paybackToCome(
  scan: Scan,
  seg: Segment,
  words: (from: number, to: number) => string,
): boolean {
  let toCome = false;
  for (const m of scan.marks) {
    if (m.start < seg.start || m.start >= seg.end) continue;
    if (m.mark === 'verb') return false;
    if (!MOVED.has(m.mark)) continue;
    // « resto 60 €, Paul va me rembourser »: the amount said before is spent, the payback an aside.
    if (
      !PAYBACK_WORDS.test(words(m.start, m.end)) ||
      !toComeAt(scan, m.start) ||
      (seg.amount?.start ?? 0) < m.end
    )
      return false;
    toCome = true;
  }
  return toCome;
}
const MOVED = new Set(['refund', 'paidBack', 'repayment', 'incoming', 'loan', 'transfer', 'income']);

/**
 * « ma belle-mère a tenu à me payer mon caddie », « Paul a voulu m'offrir le resto »: someone of
 * one's own set on paying for the speaker, a treat the speaker did not pay. « je vais me payer un
 * resto », « ma sœur m'a dit de me payer un resto » are the speaker's own.
 */
export function offeredToMe(scan: Scan, from: number, to: number): boolean {
  const w = (i: number) => scan.tokens[i]?.norm ?? '';
  const other = (k: number) => isPersonWord(w(k)) || ELDERS.has(w(k)) || isGivenName(w(k));
  for (let i = from + 3; i < to; i++) {
    if (!/^(me|m')$/.test(w(i)) || !/^(payer|offrir|inviter)$/.test(w(i + 1))) continue;
    // « a tenu à », « a voulu », « a insisté pour »: the giver's auxiliary two or three words before.
    for (let k = i - 1; k >= Math.max(from + 1, i - 3); k--)
      if (/^(a|ont)$/.test(w(k)) && other(k - 1)) return true;
  }
  return false;
}
