import { CLAIM_WORDS, claimPaidBack } from './claims.ts';
import type { Clause } from './clauses.ts';
import { determiners, SPEAKERS_OWN } from './determiners.ts';
import { isGivenName } from './given-names.ts';
import { givenBy } from './money-given-by.ts';
import { foundMoney } from './money-handed.ts';
import { cashFromMachine, exchanged, STORE_FRAME_WORDS, topUp } from './money-stores.ts';
import { agreeing } from './movement-debts.ts';
import {
  forSomething,
  INCOME_FRAME_WORDS,
  namesDebt,
  payerOfWork,
  rideBack,
  SPEAKING,
  sentBack,
  speakerGivesBack,
  tipsReceived,
  workPaid,
} from './movement-frames.ts';
import {
  CAME_IN_FRAME_WORDS,
  earnedForDoing,
  forOwnThings,
  gotBackOn,
  gotFromPerson,
  moneyCameIn,
  moneyFrom,
} from './movement-givers.ts';
import { gotBackForReturn } from './movement-goods.ts';
import { DEPOSIT_HOLDERS, DEPOSITS, INSURERS, isPersonWord, saidBefore } from './movement-parties.ts';
import { ownSharePaidByOther } from './movement-turns.ts';
import { Role, type Scan } from './scan-types.ts';
import { word } from './scan-word.ts';
import type { Segment } from './segments.ts';
import { wordsOf } from './tokenize.ts';
import type { Mark } from './types.ts';
import { wordSet } from './word-sets.ts';

/*
 * What the money was for, the third part of movement-roles.ts's frame (issue 29, round 21): earned
 * (pay, a sale, money found or come in), a purchase undone (a claim paid, money back for a thing
 * returned), one's own money kept (a top-up, an exchange, cash taken out of a place that holds
 * money: "took 80 out of the hole in the wall", « 60 € en billets », cash back at a till), a share
 * owed back, or borrowed (« m'a débloqué les 2 000 € du prêt »). Round 22: who sent the money a
 * movement word says (a client, an insurer) is read here too (`purposeOfMark`), no longer by the
 * word's own reading (movement-of-mark.ts); round 23: a deposit holder giving back, too. Each reader here says only what the money was for;
 * `kindOfFrame` (movement-roles.ts) alone turns it into a movement's kind.
 */
export type Purpose = 'earned' | 'undone' | 'kept' | 'owedBack' | 'borrowed';
/** Words one of which the top-up, exchange, work-paid, tips and came-in readers each need. */
export const FRAME_WORDS: ReadonlySet<string> = new Set([
  ...STORE_FRAME_WORDS,
  ...INCOME_FRAME_WORDS,
  ...CAME_IN_FRAME_WORDS,
]);
type Amount = NonNullable<Segment['amount']>;
type IsKeyword = (i: number) => boolean;

/** What the money was for, said around it, read before who gave to whom; `framed`: FRAME_WORDS said. */
export function purposeFirst(
  scan: Scan,
  seg: Segment & { amount: Amount },
  own: Clause,
  pays: (from: number, to: number) => boolean,
  framed: boolean,
): Purpose | undefined {
  // « j'ai trouvé un billet de 20 € », "found 20 euros in my coat": money found came in.
  if (foundMoney(scan, seg.amount)) return 'earned';
  // A top-up of a store of one's own money, or money changed into another currency.
  const whole: Clause = [seg.start, seg.end];
  if (framed && (topUp(scan, whole) || exchanged(scan, whole))) return 'kept';
  if (ownSharePaidByOther(scan, seg) || sentBack(scan, own, seg.amount.end)) return 'owedBack';
  const verbAt = (i: number) => scan.marks.some((m) => m.mark === 'verb' && i >= m.start && i < m.end);
  return purposeOf(scan, seg, pays, verbAt);
}

/** What the money was for, read when who gave to whom decided nothing: a claim paid, pay. */
export function purposeAfterRoles(scan: Scan, whole: Clause, framed: boolean): Purpose | undefined {
  // "the insurance paid my claim", "my employer paid back my expense claim": a claim paid is undone.
  if (saidBefore(scan, whole, whole[1], CLAIM_WORDS) && claimPaidBack(scan, whole)) return 'undone';
  if (sickPayPaid(scan, whole)) return 'earned';
  if (insurerPaidSum(scan, whole)) return 'undone';
  return framed && (workPaid(scan, whole) || tipsReceived(scan, whole) || moneyCameIn(scan, whole))
    ? 'earned'
    : undefined;
}

/** With no movement word, who the money came from and what for; null: a person's, for nothing said. */
export function purposeUnmarked(
  scan: Scan,
  amount: Amount,
  own: Clause,
  isKeyword: IsKeyword,
): Purpose | null | undefined {
  // "Took the jumper back to Zara, got 45 euros back": money back for a thing returned.
  if (gotBackForReturn(scan, amount)) return 'undone';
  if (cashFromMachine(scan, amount, own)) return 'kept';
  const forThing = () => forSomething(scan, amount.end, own, isKeyword);
  // « j'ai eu 50 € de ma grand-mère », "Got 35 euros for babysitting": given, or pay.
  if (gotFromPerson(scan, amount))
    return forThing() && !forOwnThings(scan, amount.end, own[1]) ? 'owedBack' : 'earned';
  if (gotBackOn(scan, amount) || depositCameBack(scan, amount, own)) return 'undone';
  // « 150 € de la CAF », "30 euros from Jake for pizza", « 300 € virés par mon père »: whose money it
  // was names what it was for.
  const from = givenBy(scan, amount, own) ?? moneyFrom(scan, amount, own, isKeyword);
  if (from === 'person') return forThing() ? 'owedBack' : null;
  // « 200 € de papa », « 20 € de ma sœur pour le ciné »: as got from a person of one's own.
  if (from === 'own') return forThing() && !forOwnThings(scan, amount.end, own[1]) ? 'owedBack' : 'earned';
  if (from === 'undone') return 'undone';
  if (from || earnedForDoing(scan, amount)) return 'earned';
  return undefined;
}

/** « la mutuelle a viré », "the insurer transferred": an insurer the subject of the sending verb. */
function insurerSends(scan: Scan, clause: Clause, at: number): boolean {
  let k = at - 1;
  while (k > clause[0] && /^(a|ont|has|have|had|vient|viennent|de|just)$/.test(word(scan, k))) k--;
  return k >= clause[0] && k < at - 1 && INSURERS.has(word(scan, k));
}

/**
 * What a movement word's money was for, told by who sent it: a buyer, a client or an employer pays
 * for work or a sale (« un acheteur Vinted m'a payé 12 € », "my client transferred 900 euros");
 * an insurer or the tax office sending or paying in gives back what was spent (« la Sécu m'a viré
 * 18 € pour la pharmacie », « la mutuelle m'a versé 45 € »; the CAF paying in stays pay).
 */
export function purposeOfMark(
  scan: Scan,
  m: { mark: Mark; start: number; end: number },
  clause: Clause,
): Purpose | undefined {
  const { mark, start: at } = m;
  // "Landlord gave me back my deposit", « l'assurance m'a rendu 40 € »: a deposit holder giving
  // back undoes what was paid to it. A person giving back (« Hugo m'a rendu 20 € pour la
  // caution ») settles a debt, and the speaker giving back is no deposit of theirs come back.
  if (mark === 'repayment')
    return saidBefore(scan, clause, clause[1], DEPOSIT_HOLDERS) &&
      !speakerGivesBack(scan, m, clause) &&
      !rideBack(scan, at, m.end) &&
      !personGives(scan, clause, at)
      ? 'undone'
      : undefined;
  if (mark === 'incoming' || mark === 'transfer') {
    if (payerOfWork(scan, clause, at)) return 'earned';
    const insurer =
      mark === 'transfer' ? insurerSends(scan, clause, at) : saidBefore(scan, clause, at, INSURERS);
    return insurer ? insurersPay(scan, clause) : undefined;
  }
  // "Deliveroo paid out my week", "Etsy paid out 132 euros": a platform paying work or sales is
  // pay; an insurer paying out ("the insurer paid out 350 for the phone") gives back.
  if (
    mark === 'refund' &&
    word(scan, at + 1) === 'out' &&
    (saidBefore(scan, clause, clause[1], WORK_PAID_OUT) || !saidBefore(scan, clause, at, INSURERS))
  )
    return 'earned';
  const paidIn = /^(m' a |m' ont |a |ont )?verse/.test(wordsOf(scan.tokens, at, at + 3));
  return mark === 'income' && paidIn && saidBefore(scan, clause, at, INSURERS)
    ? insurersPay(scan, clause)
    : undefined;
}

/** Work, a time of it or what it earned: paid out, it is pay. */
const WORK_PAID_OUT = wordSet('week|shifts|earnings|deliveries|rides|wages');
/**
 * Sick leave said: « arrêt (maladie) » but not « l'arrêt de bus », « indemnités journalières »,
 * « IJ », "sick days / pay / leave" but not "my sick cat", maternity and paternity.
 */
const SICK_LEAVE =
  / (arrets?(?! de (bus|tram|metro))|journalieres|ij|sick (days?|pay|leave)|(pa|ma)ternit[ey]) /;
const sickLeaveSaid = (scan: Scan, [from, to]: Clause) =>
  SICK_LEAVE.test(` ${wordsOf(scan.tokens, from, to)} `);
/**
 * What an insurer pays in: care paid first given back (« la Sécu m'a viré 18 € pour la pharmacie »),
 * or, for days of sick leave, pay in its stead (« l'Assurance maladie m'a payé mes jours d'arrêt »,
 * « la CPAM m'a versé mes indemnités journalières »): income.
 */
const insurersPay = (scan: Scan, clause: Clause): Purpose =>
  sickLeaveSaid(scan, clause) ? 'earned' : 'undone';
/** "the Assurance maladie paid my sick days": an insurer paying sick leave, no movement word said. */
const sickPayPaid = (scan: Scan, clause: Clause) =>
  sickLeaveSaid(scan, clause) &&
  saidBefore(scan, clause, clause[1], INSURERS) &&
  saidBefore(scan, clause, clause[1], PAID_IN);
const PAID_IN = wordSet('paid|paye|verse|vire');
/**
 * "the insurer paid 350 for my stolen phone", « l'assurance a payé 900 € pour le vol »: an insurer
 * paying a sum said right after the verb gives back what was lost (« le garage 800 €, l'assurance
 * paie » is a bill it pays: reimbursable).
 */
const insurerPaidSum = (scan: Scan, whole: Clause) =>
  scan.tokens.some(
    (t, i) =>
      i < whole[1] &&
      PAID_IN.has(t.norm) &&
      scan.tokens[i + 1]?.kind === 'num' &&
      saidBefore(scan, whole, i, INSURERS),
  );

const DEFINITE = determiners(['definite']);
/** What a holder does when it keeps a deposit, takes it or asks for it. */
const KEPT =
  /^((encaisse|garde|retenu|pris|demande|reclame)e?s?|veut|kept|keeps|cashed|took|taken|charged|wants|asks|asked)$/;
/**
 * "the car hire place released the 250 deposit hold", "the old landlord finally coughed up my 1,100
 * deposit", « le propriétaire a fini par me renvoyer mes 820 € de garantie »: with no movement word,
 * a deposit of the speaker's (named after the amount or after « mes », "my") in a clause whose
 * subject is someone else (it opens on an article; the speaker is not said) came back: a payment
 * undone. The holder keeping or cashing it (« a encaissé ma caution ») moves nothing back.
 */
function depositCameBack(scan: Scan, amount: Amount, own: Clause): boolean {
  // "the landlord finally released my deposit, 900": an amount said alone is the clause's before it.
  let from = own[0];
  if (from === amount.start) for (from--; from > 0 && scan.roles[from - 1] !== Role.Sep; ) from--;
  if (!DEFINITE.has(word(scan, from))) return false;
  let deposit = false;
  for (let i = from; i < own[1]; i++) {
    const w = word(scan, i);
    if (SPEAKING.has(w) || KEPT.test(w)) return false;
    if (!DEPOSITS.has(w)) continue;
    // « la caution de 200 € rendue »: given back, said last (« pas encore rendue » is not).
    deposit ||=
      i >= amount.end ||
      (/^(rendue?|restituee?)$/.test(word(scan, own[1] - 1)) &&
        !/^(pas|encore|jamais)$/.test(word(scan, own[1] - 2))) ||
      SPEAKERS_OWN.has(word(scan, i - 1)) ||
      SPEAKERS_OWN.has(word(scan, amount.start - 1));
  }
  return deposit;
}

/** A person before a giving word: « mon coloc », « Hugo » (a given name written with its capital). */
const personGives = (scan: Scan, clause: Clause, at: number) =>
  scan.tokens
    .slice(clause[0], at)
    .some(
      (t) => t.kind === 'word' && (isPersonWord(t.norm) || (/^\p{Lu}/u.test(t.raw) && isGivenName(t.norm))),
    );

const TAKE = wordSet('took|take|taken|taking|pulled|pull|pulling|drew|draw|got|get|grabbed|grab');
/** Cash said after the amount: « en billets », « en liquide », "in cash", "in notes". */
const CASH = wordSet('billets|liquide|especes|cash|notes');
/** Where a till hands cash back: "at Tesco", « à la caisse », « au Leclerc ». */
const AT = wordSet('at|a|au');
/** Money coming to the speaker from a bank granting it, or arriving (« le prêt est arrivé », "the loan landed"). */
const GRANTED: ReadonlySet<string> = new Set([
  ...agreeing('debloque|accorde|octroye|verse|arrive'),
  ...wordSet('approved|granted|hit|credited|landed|released'),
]);
/** Paying a loan back, or one instalment of it (« la mensualité du prêt est arrivée » is a debit). */
const BACK: ReadonlySet<string> = new Set([
  ...agreeing('rembourse|regle|solde'),
  ...wordSet(
    'repaid|paying|paid|pay|back|repayment|payment|mensualite|echeance|instalment|installment|prelevement|debit',
  ),
]);

/**
 * What the segment's amount was for, when where it went says it. `pays(from, to)`: words there
 * name what was bought (then it was spent); `verbAt(i)`: a verb of buying at token i.
 */
function purposeOf(
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
    return 'kept';
  // « je suis passée au distrib, 60 € en billets »: somewhere gone to, notes in hand, nothing bought
  // and no movement word (« il m'a filé 80 € en espèces » is told by its verb); « 17 euros en
  // liquide » alone was paid in cash.
  const cashInHand = /^(en|in)$/.test(after(0)) && CASH.has(after(1)) && amount.start > seg.start + 2;
  const unsaid = () =>
    !scan.marks.some((m) => m.start >= seg.start && m.start < seg.end && m.mark !== 'sep') && !buys();
  if (cashInHand && unsaid()) return 'kept';
  // "got 40 cash back at Tesco", « 20 € de cashback à la caisse »: a till giving one's own money as
  // cash. « la banque m'a débloqué les 2 000 € du prêt », "the bank approved my car loan and the
  // 2,000 euros hit my account": a loan named where money came to the speaker, nothing paid back.
  let granted = false;
  let loan = false;
  let back = false;
  for (let i = seg.start; i < seg.end; i++) {
    const w = word(scan, i);
    const at = w === 'cashback' ? i + 1 : w === 'cash' && word(scan, i + 1) === 'back' ? i + 2 : -1;
    if (at > 0 && AT.has(word(scan, at))) return 'kept';
    // "the bank paid out the loan": a payout, not a payment back.
    const payout = w === 'paid' && word(scan, i + 1) === 'out';
    back ||= BACK.has(w) && !payout;
    granted ||= GRANTED.has(w) || payout;
    // A lower-case loan word: « Crédit Agricole » names a bank, not a loan.
    loan ||= namesDebt(scan, i, i + 1) && /^\p{Ll}/u.test(scan.tokens[i]?.raw ?? '');
  }
  if (!granted || !loan || back) return undefined;
  for (let i = seg.start; i < seg.end; i++) if (verbAt(i)) return undefined;
  return 'borrowed';
}
