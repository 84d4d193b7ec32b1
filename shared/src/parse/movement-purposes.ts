import { word } from './movement-debts.ts';
import { namesDebt } from './movement-frames.ts';
import type { Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import { wordSet } from './word-sets.ts';

/*
 * What the money was for, the third part of movement-roles.ts's frame (issue 29, round 21), read
 * from where it went rather than from a word for the movement: cash taken out of a place that
 * holds money ("took 80 out of the hole in the wall", « 60 € en billets », cash back at a till) is
 * one's own money moved; a loan a bank paid out (« m'a débloqué les 2 000 € du prêt ») is borrowed.
 */
export type Purpose = 'cash' | 'borrowed';

const TAKE = wordSet('took|take|taken|taking|pulled|pull|pulling|drew|draw|got|get|grabbed|grab');
/** Cash said after the amount: « en billets », « en liquide », "in cash", "in notes". */
const CASH = wordSet('billets|liquide|especes|cash|notes');
/** Where a till hands cash back: "at Tesco", « à la caisse », « au Leclerc ». */
const AT = wordSet('at|a|au');
/** Money coming to the speaker from a bank granting it. */
const GRANTED = wordSet(
  'debloque|debloquee|debloques|accorde|accordee|accordes|octroye|octroyee|approved|granted|hit|verse|versee|credited',
);
const BACK = wordSet('rembourse|remboursee|rembourses|repaid|paying|paid|pay|back|regle|reglee|solde|soldee');

/**
 * What the segment's amount was for, when where it went says it. `pays(from, to)`: words there
 * name what was bought (then it was spent); `verbAt(i)`: a verb of buying at token i.
 */
export function purposeOf(
  scan: Scan,
  seg: Segment,
  pays: (from: number, to: number) => boolean,
  verbAt: (i: number) => boolean,
): Purpose | undefined {
  const amount = seg.amount;
  if (!amount) return undefined;
  const after = (k: number) => word(scan, amount.end + k);
  const buys = () =>
    pays(seg.start, seg.end) || scan.tokens.some((_, i) => i >= seg.start && i < seg.end && verbAt(i));
  // "took 80 out of the hole in the wall", "pulled 50 from savings": money taken out of a place.
  // "got 3 out of 5", "14 change out of 50" are a score and change, not a place.
  const place = scan.tokens[amount.end + 2]?.kind === 'word';
  if (after(0) === 'out' && /^(of|from)$/.test(after(1)) && place && TAKE.has(word(scan, amount.start - 1)))
    return 'cash';
  // « je suis passée au distrib, 60 € en billets »: somewhere gone to, notes in hand, nothing bought
  // and no movement word (« il m'a filé 80 € en espèces » is told by its verb); « 17 euros en
  // liquide » alone was paid in cash.
  const cashInHand = /^(en|in)$/.test(after(0)) && CASH.has(after(1)) && amount.start > seg.start + 2;
  if (
    cashInHand &&
    !buys() &&
    !scan.marks.some((m) => m.start >= seg.start && m.start < seg.end && m.mark !== 'sep')
  )
    return 'cash';
  // "got 40 cash back at Tesco", « 20 € de cashback à la caisse »: a till giving one's own money as cash.
  for (let i = seg.start; i < seg.end - 1; i++) {
    const w = word(scan, i);
    const back = w === 'cashback' ? i + 1 : w === 'cash' && word(scan, i + 1) === 'back' ? i + 2 : -1;
    if (back > 0 && AT.has(word(scan, back))) return 'cash';
  }
  // « la banque m'a débloqué les 2 000 € du prêt », "the bank approved my car loan and the 2,000
  // euros hit my account": a loan named where money came to the speaker, nothing paid back.
  let granted = false;
  let loan = false;
  for (let i = seg.start; i < seg.end; i++) {
    const w = word(scan, i);
    if (BACK.has(w) || verbAt(i)) return undefined;
    if (GRANTED.has(w)) granted = true;
    // A lower-case loan word: « Crédit Agricole » names a bank, not a loan.
    if (namesDebt(scan, i, i + 1) && /^\p{Ll}/u.test(scan.tokens[i]?.raw ?? '')) loan = true;
  }
  return granted && loan ? 'borrowed' : undefined;
}
