import { type Clause, clausesOf } from './clauses.ts';
import { cashTakenOut, paidWithApp, vendingMachine } from './money-stores.ts';
import { debtIn, debtSaid, owesOneWhoPaid, STILL_OWED } from './movement-debts.ts';
import { connectiveAt, speakerSubject } from './movement-frames.ts';
import { amountIsFee, feeOfMovement, forFees, ontoStore, sentFrom } from './movement-givers.ts';
import { gotBackForReturn } from './movement-goods.ts';
import { householdMoney, owedMePaid } from './movement-kin.ts';
import { kindOfFrame } from './movement-kind-of-frame.ts';
import { inName, kindOfMark } from './movement-of-mark.ts';
import { saidBefore } from './movement-parties.ts';
import {
  FRAME_WORDS,
  type Purpose,
  purposeAfterRoles,
  purposeFirst,
  purposeOfMark,
  purposeUnmarked,
} from './movement-purposes.ts';
import { movementFrame, ROLE_WORDS } from './movement-roles.ts';
import { correctedFrom, paidForWhatTheyGot, paybackNotDone, paybackToCome } from './movement-turns.ts';
import { GONE, paidBackOfThing, paybackAhead } from './payback-later.ts';
import { personAt } from './person-or-body.ts';
import type { Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import { wordsOf } from './tokenize.ts';
import { boughtByMe, treated } from './treats.ts';
import type { Mark, MovementKind } from './types.ts';

/** The kinds of money that moved, read from the phrases of movement-words.ts. */
const MOVEMENT_MARK_SET = new Set<Mark>([
  'refund',
  'paidBack',
  'repayment',
  'incoming',
  'loan',
  'transfer',
  'income',
]);
/** Marks of money that came to the speaker: owed to them, it pays a debt back. */
const CAME_IN = new Set<Mark>(['incoming', 'income', 'paidBack', 'repayment', 'refund']);
const PRIORITY: readonly MovementKind[] = ['loan', 'repayment', 'refund', 'transfer', 'income'];
/** Givings a movement word or a verb of buying says without naming both sides. */
const CAME_TO_SPEAKER = { giver: 'person', receiver: 'speaker', back: false } as const;
const SPEAKER_PAID = { giver: 'speaker', receiver: undefined, back: false } as const;

/**
 * Where the frame reads: the whole segment, or only the amount's own clause when that clause names
 * what was bought (« Tom m'a filé les 20 € qu'il me devait, du coup un chocolat à 2,50 » is spent).
 */
function frameRange(
  scan: Scan,
  clauses: readonly Clause[],
  whole: Clause,
  own: Clause,
  pays: (from: number, to: number) => boolean,
): Clause {
  if (clauses.length < 2 || own[0] === whole[0]) return whole;
  const buys = scan.marks.some((m) => m.mark === 'verb' && m.start >= own[0] && m.start < own[1]);
  return buys || pays(own[0], own[1]) ? own : whole;
}

/** The kind a purpose alone says (no giving, no debt). */
const ofPurpose = (purpose: Purpose) => kindOfFrame({ giving: undefined, debt: undefined, purpose }) ?? null;

/**
 * The kind one movement word says: what its money was for when who sent it tells (a client pays,
 * an insurer gives back), turned into the kind by the frame; else the word's own reading. "lunch at
 * Pret a Manger", « chez Crédit Agricole »: a movement word written with a capital inside a
 * sentence is part of a name, not money moved.
 */
function kindOfWord(
  scan: Scan,
  m: { mark: Mark; start: number; end: number },
  clause: Clause,
  isKeyword: (i: number) => boolean,
  pays: (from: number, to: number) => boolean,
): MovementKind | null {
  if (inName(scan, m.start)) return null;
  const purpose = purposeOfMark(scan, m, clause);
  return purpose ? ofPurpose(purpose) : kindOfMark(scan, m, clause, isKeyword, pays);
}

/** The clause tokens[i] is in, or the whole segment. */
const clauseAt = (clauses: readonly Clause[], seg: Segment, i: number): Clause =>
  clauses.find(([s, e]) => i >= s && i < e) ?? [seg.start, seg.end];

const marksOf = (scan: Scan, from: number, to: number) =>
  scan.marks.filter((m) => m.start >= from && m.start < to && MOVEMENT_MARK_SET.has(m.mark));

/**
 * The movement the segment's amount is, if any: a movement word in the amount's own clause, or
 * in another clause of the segment when the amount's clause names nothing bought ("Mon salaire
 * est tombé, 2 350 €"). `pays(from, to)` says whether words name what was paid for: a transfer
 * that pays for something ("virement de 650 € au proprio pour le loyer") is an expense.
 */
export function movementOf(
  scan: Scan,
  said: Segment,
  pays: (from: number, to: number) => boolean,
  isKeyword: (i: number) => boolean,
): MovementKind | null {
  const amount = said.amount;
  if (!amount || treated(scan, said, isKeyword) || boughtByMe(scan, said)) return null;
  // « versement sur le livret A, enfin non, c'est l'assurance habitation, 32 € »: the words taken back are not read.
  const seg: Segment = { ...said, start: correctedFrom(scan, said, amount.start) };
  const clauses = clausesOf(scan);
  const own = clauseAt(clauses, seg, amount.start);
  if (STILL_OWED.test(wordsOf(scan.tokens, own[0], own[1]))) return null;
  const whole: Clause = [seg.start, seg.end];
  // Money kept in the household (one's own card paid off, money sent to a relative): movement-kin.ts.
  const household = householdMoney(scan, seg);
  if (household !== undefined) return household;
  // What the money was for, and who gave it to whom: the frame says the kind, in kindOfFrame.
  // Most segments say none of the words the top-up, exchange and pay readers need: one walk for all.
  const framed = saidBefore(scan, whole, whole[1], FRAME_WORDS);
  const first = purposeFirst(scan, { ...seg, amount }, own, pays, framed);
  if (first) return ofPurpose(first);
  // Who gave to whom, and who owed whom (movement-roles.ts): « Karim me devait 25 €, il me les a
  // virés », « j'ai réglé ma dette à Julien », "I paid back 35 euros to Marcus": a debt settled.
  if (saidBefore(scan, whole, whole[1], ROLE_WORDS)) {
    const range = frameRange(scan, clauses, whole, own, pays);
    const settled = kindOfFrame(movementFrame(scan, range, clauses, pays, isKeyword));
    if (settled !== undefined) return settled;
  }
  const after = purposeAfterRoles(scan, whole, framed);
  if (after) return ofPurpose(after);
  const marks = marksOf(scan, seg.start, seg.end);
  // « j'ai pris la place de Hugo, 28 €, il me doit ça »: the speaker paid, and is owed it now: lent.
  if (scan.marks.some((m) => m.mark === 'verb' && m.start >= seg.start && m.start < seg.end)) {
    if (kindOfFrame({ giving: SPEAKER_PAID, debt: debtSaid(scan, whole) }) === 'loan') return 'loan';
  }
  if (marks.length === 0) {
    if (advancedTo(scan, seg.start, amount, isKeyword)) return 'loan';
    const unmarked = purposeUnmarked(scan, amount, own, isKeyword);
    return unmarked ? ofPurpose(unmarked) : owedMePaid(scan, seg) ? 'repayment' : null;
  }
  // "Sold my old phone, got 150 euros": after a sale, "got" is money received, not bought.
  const sold = marks.some((m) => m.mark === 'income');
  const buys = (from: number, to: number) =>
    scan.marks.some(
      (m) =>
        m.mark === 'verb' &&
        m.start >= from &&
        m.start < to &&
        !(sold && /^(i )?got$/.test(wordsOf(scan.tokens, m.start, m.end))),
    );
  // "payday, 2,600 euros net from the hospital": who the money came from is its giver, not a thing
  // bought, when the amount is said as pay (the pay word or "net" in its own clause); "got my
  // salary, 40 euros from the bakery": pay said apart, a place after "from" sold what was bought.
  const asPay =
    marks.some((m) => m.start >= own[0] && m.start < own[1]) ||
    saidBefore(scan, own, own[1], PAY_SAID) ||
    payArrived(scan, whole);
  const from = asPay
    ? scan.tokens.findIndex((t, i) => i >= amount.end && i < own[1] && t.norm === 'from')
    : -1;
  const ownBuys = buys(own[0], own[1]) || pays(own[0], from > 0 ? from : own[1]);
  // « un Uber, 21 €, remboursé demain »: an amount said alone, after the thing it bought.
  const before = clauses.find((c) => c[1] === own[0] - 1);
  const thingBefore = own[0] === amount.start && before !== undefined && (buys(...before) || pays(...before));
  const kinds = new Set<MovementKind>();
  // Of a loan and a repayment both said, the one said first is the money moved (the other its story).
  let firstOfTwo: MovementKind | undefined;
  for (const said of marks) {
    const clause = clauseAt(clauses, seg, said.start);
    // « Paylib de Noé », "a Wero from Lucas": sent by a person named after it, to the speaker.
    const m = sentFrom(scan, said.start, said.end, clause) ? { ...said, mark: 'incoming' as const } : said;
    const sameClause = clause[0] === own[0];
    // A loan said in any clause of the amount's segment ("…, elle me les rend vendredi") holds; a
    // payback to come told before the word ("I'll get it back on my next payslip") is a story.
    const story = ownBuys || (thingBefore && m.start > amount.end && paybackAhead(scan, clause[0], m.end));
    if (m.start > amount.end && paidBackOfThing(scan, amount.end)) continue; // "taxi 30 which work refunds"
    // « Lydia de Thomas, 17 € pour les pizzas »: money a person sent holds too, as a loan does.
    if (!sameClause && m.mark !== 'loan' && m === said && story && !saysTheAmount(scan, m, clause, own))
      continue;
    // "salaire reçu, et j'ai direct payé le loyer, 850 €", « salaire tombé, du coup resto ce soir,
    // 45 € »: a purchase or a thing bought said between the two.
    if (clause[1] <= amount.start && (buys(clause[1], amount.start) || pays(clause[1], amount.start)))
      continue;
    // "Got my salary so I treated myself to new shoes, 95 euros": the same, inside one clause.
    const then = connectiveAt(scan, m.end, amount.start);
    if (then >= 0 && (buys(then, amount.start) || pays(then, amount.start))) continue;
    // "she doesn't need to pay me back", « elle me remboursera pas »: no money comes back.
    if (paybackNotDone(scan, m, wordsOf(scan.tokens, m.start, m.end))) continue;
    // « j'ai payé Léa pour le billet qu'elle m'a acheté »: bought for the speaker, who paid for it.
    if (m.mark === 'income' && paidForWhatTheyGot(scan, seg.start, m.end - 1)) continue;
    // « Paul m'a filé 20 balles qu'il me devait », "the 60 quid I lent him": money that came in,
    // owed to the speaker, pays a debt back whatever the verb that brought it; the debt may be said
    // in a clause of its own (« Paylib de Noé, 9 €, il me devait le ciné »).
    const owed =
      CAME_IN.has(m.mark) && !speakerSubject(scan, clause, m.start)
        ? kindOfFrame({ giving: CAME_TO_SPEAKER, debt: debtSaid(scan, [m.end, seg.end]) })
        : undefined;
    const kind = owed ?? kindOfWord(scan, m, clause, isKeyword, pays);
    // « frais de virement », "withdrawal charge": the fee is spent, nothing moved. « j'ai renvoyé le
    // colis, 8 € de frais de port »: a thing sent back by the speaker, and the amount its postage.
    if (
      kind === 'transfer' &&
      (feeOfMovement(scan, clause, m.start, m.end) ||
        forFees(scan, clause[0], clause[1]) ||
        paidWithApp(scan, clause, m.start))
    )
      continue;
    if (
      (kind === 'transfer' || (kind === 'refund' && !cameToSpeaker(scan, m.start, m.end))) &&
      amountIsFee(scan, amount.end)
    )
      continue;
    if (kind) kinds.add(kind);
    if (!firstOfTwo && (kind === 'loan' || kind === 'repayment')) firstOfTwo = kind;
  }
  if (kinds.size === 0) return gotBackForReturn(scan, amount) ? ofPurpose('undone') : null;
  // "Tom paid me back the 20 I lent him": the loan told after is the story of the repayment.
  if (kinds.has('loan') && kinds.has('repayment')) kinds.delete(firstOfTwo === 'loan' ? 'repayment' : 'loan');
  // Money received ("j'ai reçu un virement") is not money sent.
  if (kinds.has('transfer') && kinds.has('income')) kinds.delete('transfer');
  // « j'ai retiré 20 € au distributeur du tabac »: cash taken out where a shop is named is still cash.
  const withdrawn = cashTakenOut(scan, marks, seg.end);
  // « j'ai viré 200 € sur mon livret pour la rentrée »: put aside on an account, still not spent.
  if (
    kinds.size === 1 &&
    kinds.has('transfer') &&
    !withdrawn &&
    pays(seg.start, seg.end) &&
    !ontoStore(scan, seg.start, seg.end)
  )
    return null;
  if (kinds.size === 1 && kinds.has('transfer') && vendingMachine(scan, marks, amount.cents)) return null;
  return PRIORITY.find((k) => kinds.has(k)) ?? null;
}

/** Words that say an amount is pay: "net", "gross", « brut ». */
const PAY_SAID = new Set(['net', 'nets', 'gross', 'brut', 'tax']);
/**
 * "salary came in, 2,100 euros from the school", "payday, 1,980 from the garage": pay said to have
 * arrived makes the amount said after it that pay, and who it came "from" its payer ("got my
 * salary, 40 euros from the bakery" says no arrival: the bakery sold).
 */
const payArrived = (scan: Scan, [from, to]: Clause) => {
  const said = ` ${wordsOf(scan.tokens, from, to)} `;
  return (
    / (salary|salaire|wages|paie|paye|pay|paycheck|payday) /.test(said) &&
    / (came|come|landed|arrived|arrivee?|tombee?|hit|payday) /.test(said)
  );
};

/**
 * « 48 € de la SNCF pour le TGV supprimé, remboursés ce matin », "…, refunded today": a refund's
 * participle opening the clause after the amount's, with no one before it and a time gone after
 * it, tells what that amount was. Not after a verb of buying (« j'ai payé 48 € le TGV, remboursé… »)
 * nor with an agent (« …, remboursés par mon employeur »: paid back for an expense), and not with
 * nothing or a time to come after it (« taxi 25 €, remboursé demain », « pharmacie 12 €, remboursée
 * à 70 % », "hotel 120, reimbursed next month": an expense to be paid back, kept).
 */
const saysTheAmount = (
  scan: Scan,
  m: { mark: Mark; start: number; end: number },
  clause: Clause,
  own: Clause,
) =>
  m.mark === 'refund' &&
  m.start === clause[0] &&
  clause[0] === own[1] + 1 &&
  /(e|ed)s?$/.test(scan.tokens[m.end - 1]?.norm ?? '') &&
  GONE.test(scan.tokens[m.end]?.norm ?? '') &&
  !scan.tokens.slice(m.end, clause[1]).some((t) => /^(par|by)$/.test(t.norm)) &&
  !scan.marks.some((v) => v.mark === 'verb' && v.start >= own[0] && v.start < own[1]);

/**
 * « avancé 25 € à Zoé pour sa place »: the participle opening the note, its amount and a person after
 * « à » say money lent, with no « j'ai » (« payé 25 € d'avance », « avancé 40 € à la pharmacie » are spent).
 */
const advancedTo = (
  scan: Scan,
  at: number,
  amount: { start: number; end: number },
  isKeyword: (i: number) => boolean,
) =>
  scan.tokens[at]?.norm === 'avance' &&
  amount.start === at + 1 &&
  /^(a|à)$/.test(scan.tokens[amount.end]?.norm ?? '') &&
  personAt(scan, amount.end + 1) &&
  !isKeyword(amount.end + 1);

/** « m'a remboursé », "refunded me": the money came to the speaker. */
const cameToSpeaker = (scan: Scan, at: number, end: number) =>
  /(^| )(m'|me|nous|us)( |$)/.test(wordsOf(scan.tokens, Math.max(0, at - 2), end + 1));

/**
 * "Paul me doit 30 €", "I owe Sam 20", "Tom is going to pay me back 15": money owed, not moved. The
 * speaker's debt beside someone else paying (« Paul a payé les billets, je lui dois 40 € ») is their
 * part of what was bought: kept, flagged not_paid (not-paid.ts), never nothing.
 */
export const owedIn = (scan: Scan, seg: Segment) =>
  (debtIn(scan, seg) && !owesOneWhoPaid(scan, seg)) ||
  paybackToCome(scan, seg, (from, to) => wordsOf(scan.tokens, from, to));

/** A loan's day is when it was lent (movement-debts.ts), read with the rest of a movement here. */
export { movedOn } from './movement-debts.ts';
