import type { Clause } from './clauses.ts';
import { feeFor } from './fees-said.ts';
import { debtSaid } from './movement-debts.ts';
import {
  forSomething,
  giverIsBody,
  lentToShop,
  namesDebt,
  othersPart,
  promiseUnpaid,
  rideBack,
  speakerGivesBack,
  speakerSubject,
} from './movement-frames.ts';
import { forOwnThings } from './movement-givers.ts';
import { kindOfFrame } from './movement-kind-of-frame.ts';
import { isPersonWord } from './movement-parties.ts';
import { kindOfIncome, kindOfIncoming } from './movement-received.ts';
import { fromPerson, namedCompany, paidBackKind, personAt } from './person-or-body.ts';
import type { Scan } from './scan-types.ts';
import { speakerPaysBack } from './speaker-pays-back.ts';
import { wordsOf } from './tokenize.ts';
import type { Mark, MovementKind } from './types.ts';

/** On one's pay: "advanced me 250 on my wages", « une avance sur salaire ». */
const ON_WAGES = /\b(sur|on) (mon |ma |my )?(salaire|paie|paye|wages|salary|pay)\b/;
/** Someone else sending money to the speaker: with a debt to the speaker said before, it pays it back. */
const OWED_SENT = { giver: 'person', receiver: 'speaker', back: false } as const;
/** The speaker paying back, before a loan's name: « j'ai remboursé le prêt », "paid back the loan". */
const PAYING_BACK = /(rembours|paye|regle|paid|repaid|pay)/;
/** « la pension alimentaire virée à leur mère », "maintenance sent to my ex": alimony paid out, spent. */
const ALIMONY_TO = /\b(alimentaire|maintenance|alimony)\b.* (a|au|to) (?!(me|moi)\b)/;
/** A refund word that is a person's act when a person does it ("Mark returned the 45 euros"); the
 * mark may open on the speaker ("I sent back 20 euros to Paul": « i sent back » is one phrase). */
const RETURNED_BY = /^(i )?(returned|sent back|sent it back|renvoye)/;

/**
 * A capital inside a sentence that opens a name of several capitalised words ("Pret a Manger",
 * « Crédit Agricole », "Western Union" said as the shop): a single one is a payment app (« un Wero
 * à Thomas », "Mike Venmo'd me") and still moves money.
 */
export function inName(scan: Scan, i: number): boolean {
  const word = (j: number) => (scan.tokens[j]?.kind === 'word' ? scan.tokens[j] : undefined);
  const capital = (j: number) => /^\p{Lu}\p{Ll}/u.test(word(j)?.raw ?? '');
  const before = word(i - 1);
  if (!capital(i) || before === undefined || /^(i|je|j')$/.test(before.norm)) return false;
  return capital(i + 1) || (/^(a|à|de|d'|du|of|the|and|&)$/.test(word(i + 1)?.norm ?? '') && capital(i + 2));
}

/**
 * "my ex sent the maintenance money", "Mum transferred 50", "300 sent by my dad": a person sending money, to no one named,
 * sends it to the speaker (tests/fixtures/README.md's « Label conventions »: given, income).
 */
const sentByPerson = (scan: Scan, at: number, end: number, [from, to]: Clause) => {
  // "300 sent by my dad": the sender after "by".
  const by = scan.tokens[end]?.norm === 'by';
  const who = (by ? [end + 1, end + 2] : [at - 1]).map((k) => scan.tokens[k]?.norm ?? '');
  return (
    (by || at > from) &&
    who.some((w) => isPersonWord(w) || w === 'ex') &&
    // « à » is French's "to"; "a" without its accent is English's article ("sent a cheque").
    !scan.tokens.slice(end, to).some((t) => /^(to|à)$/i.test(t.raw))
  );
};

/**
 * The movement one movement word says (a mark of movement-words.ts, in its clause, not inside a
 * name: `inName`), read with who did it and what for, when who sent it says no purpose
 * (movement-purposes.ts's `purposeOfMark`, turned into the kind by `kindOfFrame`); null when it
 * names no money moved (« prêt-à-porter », a fine, a bill received).
 */
export function kindOfMark(
  scan: Scan,
  { mark, start: at, end }: { mark: Mark; start: number; end: number },
  clause: Clause,
  isKeyword: (i: number) => boolean,
  pays: (from: number, to: number) => boolean,
): MovementKind | null {
  // « j'ai remboursé Marc », « j'ai rendu les 30 € à Lucie »: the speaker gave the money back.
  if (speakerGivesBack(scan, { mark, start: at, end }, clause)) {
    const kind = speakerPaysBack(scan, clause, at, pays);
    if (kind !== undefined) return kind;
  }
  // « j'ai récupéré un vélo via Leboncoin, 80 € »: a thing got with « un », « une » is bought
  // second-hand; « récupéré mes 50 € », « la caution », « un chèque de 50 € » get money back.
  const w = (k: number) => scan.tokens[k]?.norm ?? '';
  if (/^recuperee?s?$/.test(w(at)) && /^(un|une)$/.test(w(end)) && !/^d(e|')$/.test(w(end + 2))) return null;
  // Alimony sent to someone, however said (« virement de la pension alimentaire à mon ex »): spent.
  if (ALIMONY_TO.test(wordsOf(scan.tokens, clause[0], clause[1]))) return null;
  switch (mark) {
    case 'paidBack':
      return paidBackKind(scan, clause, at, isKeyword);
    case 'incoming':
      return kindOfIncoming(scan, at, end, clause, isKeyword);
    case 'income':
      return kindOfIncome(scan, at, end, clause, isKeyword);
    case 'refund':
      // Store credit and cashback come from a shop or a bank, whoever is named after them.
      if (
        /^(store credit|un avoir|avoir de|cashback|cash back)$/.test(wordsOf(scan.tokens, at, at + 2)) ||
        /^(cashback|avoir)$/.test(scan.tokens[at]?.norm ?? '')
      )
        return 'refund';
      // « remboursement anticipé de mon prêt étudiant »: paying a debt of one's own is spending;
      // "the bank paid out my loan": a loan paid out to the speaker is borrowed.
      // "refunded the overdraft fee": a debt's fee given back is no debt paid.
      if (namesDebt(scan, end, clause[1]) && !/\b(fees?|frais)\b/.test(wordsOf(scan.tokens, end, clause[1])))
        return wordsOf(scan.tokens, at, end) === 'paid out' ? 'loan' : null;
      // "Etsy paid out my sales": what a platform pays out for the speaker's sales is earned.
      if (/^paid out (my|the) (sales|earnings|takings)$/.test(wordsOf(scan.tokens, at, end + 2)))
        return 'income';
      // "Mark returned the 45 euros": a person, not a shop, sent the money back.
      if (
        RETURNED_BY.test(wordsOf(scan.tokens, at, end)) &&
        // "I returned the jacket": the speaker gave back a thing, the shop pays back (a refund).
        ((!speakerSubject(scan, clause, at) && paidBackKind(scan, clause, at, isKeyword) === 'repayment') ||
          // "Returned the 10 euros to my brother": the money itself given back to a person, by the
          // speaker ("the taxman sent back 260 euros I'd overpaid" is the taxman's).
          (scan.tokens[end]?.kind === 'num' &&
            (at === clause[0] || speakerSubject(scan, clause, at)) &&
            speakerPaysBack(scan, clause, end, pays) === 'repayment'))
      )
        return 'repayment';
      // "Remboursement de Paul": a person paying back, not a shop.
      return fromPerson(scan, at, clause, isKeyword) ? 'repayment' : 'refund';
    case 'repayment':
      // "a taxi back from the party", "the train back from Lyon": a ride back from a place is a journey.
      if (rideBack(scan, at, end)) return null;
      // "settled up with the gardener": a trade paid for its work is spent ("settled up with Tom" squares a debt).
      if (w(end - 1) === 'with' && (isKeyword(end) || isKeyword(end + 1))) return null;
      // « Darty m'a rendu 59 € », "money back from ASOS": a shop or a body gives back what was spent
      // (a deposit holder giving it back is read first, as a purpose: movement-purposes.ts).
      return giverIsBody(scan, clause, at, end, isKeyword) || namedCompany(scan, clause, at)
        ? 'refund'
        : 'repayment';
    case 'loan':
      // "she'll pay me Saturday", « elle règle demain »: a return promised, a loan once the speaker paid.
      if (promiseUnpaid(scan, at, end, clause)) return null;
      // « prêt à Julie »: a loan to a person; « prêt-à-porter », « prêt à l'emploi » are no loan.
      if (wordsOf(scan.tokens, at, end) === 'pret a' && !personAt(scan, end)) return null;
      // « les frais de dossier pour le prêt », "the arrangement fee for the loan": a fee paid, no loan.
      if (feeFor(scan.tokens, clause[0], at)) return null;
      // « j'ai remboursé le prêt de la voiture »: a loan paid back is the speaker's debt, spent.
      if (namesDebt(scan, at, end) && PAYING_BACK.test(wordsOf(scan.tokens, clause[0], at))) return null;
      // "my boss advanced me 250 on my wages", « une avance sur salaire »: pay received ahead.
      if (ON_WAGES.test(wordsOf(scan.tokens, at, clause[1]))) return 'income';
      // « j'ai avancé 40 € à la pharmacie »: paid ahead at a shop is spent, not lent.
      return lentToShop(scan, end, clause, isKeyword) ? null : mark;
    case 'transfer':
      // "Nina transferred 20 euros for the taxi": a person sending money for a thing pays it back.
      if (
        at > clause[0] &&
        !speakerSubject(scan, clause, at) &&
        paidBackKind(scan, clause, at, isKeyword) === 'repayment' &&
        !forOwnThings(scan, end, clause[1]) &&
        forSomething(scan, end, clause, isKeyword)
      )
        return 'repayment';
      // "Kate transferred her share of the Airbnb": someone else sending a share pays it back; "Dave
      // owed me 40 and sent it over": someone else sending what they owed the speaker pays a debt.
      return !/^(j'|je|i|we|on|nous)$/.test(scan.tokens[clause[0]]?.norm ?? '') &&
        ((at > clause[0] && othersPart(scan, end, clause[1])) ||
          kindOfFrame({ giving: OWED_SENT, debt: debtSaid(scan, [0, at]) }) === 'repayment')
        ? 'repayment'
        : sentByPerson(scan, at, end, clause)
          ? 'income'
          : mark;
    default:
      return null;
  }
}
