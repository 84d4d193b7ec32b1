import { isPersonWord } from './movement-parties.ts';
import type { AmountItem, Scan } from './scan-types.ts';
import { word as norm } from './scan-word.ts';
import type { Segment } from './segments.ts';

/*
 * Money owed to the speaker and not back yet (issue 29, rounds 14 and 15), beside not-spent.ts:
 * a person's debt to the speaker (« Paul doit me rembourser 20 € »), money that has not come back
 * (« ma sœur m'a toujours pas rendu les 40 € », "still hasn't paid me back", « j'attends les 50 € de
 * Marc »). Owed, not moved: the amount is kept, flagged `not_paid`.
 */

/**
 * « Paul doit me rembourser 20 € », « ma mère doit encore me rendre 50 € »: a person's debt to the
 * speaker, not paid yet (« la mutuelle doit me rembourser » beside a bill is an aside: a body, not a person).
 */
const MUST = new Set(['doit', 'doivent', 'devait', 'devra']);
const GIVE_BACK = new Set(['rendre', 'rembourser', 'payer', 'regler', 'virer']);
function owedByPerson(scan: Scan, seg: Segment): boolean {
  for (let i = seg.start + 1; i < seg.end; i++) {
    if (!MUST.has(norm(scan, i))) continue;
    const who = scan.tokens[i - 1];
    let k = i + 1;
    if (norm(scan, k) === 'encore') k++;
    if ((norm(scan, k) !== 'me' && norm(scan, k) !== "m'") || !GIVE_BACK.has(norm(scan, k + 1))) continue;
    // « la mutuelle doit me rembourser 35 € »: a body's debt too when the amount owed follows the verb.
    const amountOwed = (seg.amount?.start ?? 0) > k + 1 && (seg.amount?.start ?? 0) <= k + 4;
    if (who?.kind === 'word' && (amountOwed || isPersonWord(who.norm) || /^\p{Lu}/u.test(who.raw)))
      return true;
  }
  return false;
}

/**
 * « ma sœur m'a toujours pas rendu les 40 € », "still hasn't paid me back the 40", « j'attends
 * toujours les 50 € de Marc »: money to come back that has not: owed, not moved.
 */
const NOT_YET = new Set([
  'pas',
  'jamais',
  "hasn't",
  'hasnt',
  "haven't",
  'havent',
  "didn't",
  'didnt',
  'never',
  'not',
]);
const GIVEN_BACK = new Set([
  'rendu',
  'rendus',
  'rembourse',
  'remboursee',
  'paid',
  'repaid',
  'returned',
  'given',
  'sent',
]);
/** Words that say money came back whoever they are said to; the others need "me", "back" or « m' ». */
const BACK_ALONE = new Set(['rendu', 'rendus', 'rembourse', 'remboursee', 'repaid', 'returned']);
const speakerPays = (scan: Scan, seg: Segment) =>
  scan.marks.some(
    (m) =>
      m.mark === 'verb' &&
      m.start >= seg.start &&
      m.start < seg.end &&
      /^(j'|je|i|we|on|nous)$/.test(norm(scan, m.start)),
  );
const toSpeaker = (scan: Scan, i: number) =>
  /^(me|back|us)$/.test(norm(scan, i + 1)) ||
  /^(me|back|us)$/.test(norm(scan, i + 2)) ||
  [1, 2, 3, 4].some((k) => /^(m'|me|nous)$/.test(norm(scan, i - k)));
/** « j'attends », "waiting for" (« attends » alone is "wait", a correction). */
const AWAITING = new Set(['attends', 'attendons', 'waiting', 'awaiting']);
const awaiting = (scan: Scan, i: number) =>
  AWAITING.has(norm(scan, i)) &&
  (norm(scan, i).startsWith('wait') ||
    norm(scan, i).startsWith('await') ||
    /^(j'|nous|on)$/.test(norm(scan, i - 1)));
function notBackYet(scan: Scan, seg: Segment, amount: AmountItem): boolean {
  for (let i = seg.start; i < amount.start; i++) {
    const word = norm(scan, i);
    if (awaiting(scan, i)) return true;
    if (!GIVEN_BACK.has(word) || !(NOT_YET.has(norm(scan, i - 1)) || NOT_YET.has(norm(scan, i - 2))))
      continue;
    // "Tom hasn't paid his share, I paid 30": « payé », "paid", "sent" said of another, beside the
    // speaker paying, is another's debt, not money to come back to the speaker.
    if (!BACK_ALONE.has(word) && !toSpeaker(scan, i) && speakerPays(scan, seg)) continue;
    return true;
  }
  return false;
}

/** Words one of which the readings above need, looked for once with not-spent.ts's. */
export const OWED_WORDS: ReadonlySet<string> = new Set([...MUST, ...AWAITING, ...GIVEN_BACK]);

/** Whether the segment's amount is owed to the speaker and not back yet. */
export const owedNotBack = (scan: Scan, seg: Segment, amount: AmountItem) =>
  notBackYet(scan, seg, amount) || owedByPerson(scan, seg);
