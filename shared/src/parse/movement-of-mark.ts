import type { Clause } from './clauses.ts';
import { feeFor } from './fees-said.ts';
import { takenFromSpeaker } from './interest-paid.ts';
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
import { BENEFIT_BODIES, forOwnThings } from './movement-givers.ts';
import { goodsJustBefore, receivedGoods } from './movement-goods.ts';
import { kindOfFrame } from './movement-kind-of-frame.ts';
import { ELDERS, isPersonWord, OCCASIONS as OCCASION_WORDS, PEOPLE, saidBefore } from './movement-parties.ts';
import { paidToSomeone, payOfAnother, theirPayPaid } from './pay-of-another.ts';
import { fromPerson, namedCompany, paidBackKind, personAt } from './person-or-body.ts';
import type { Scan } from './scan-types.ts';
import { speakerPaysBack } from './speaker-pays-back.ts';
import { wordsOf } from './tokenize.ts';
import type { Mark, MovementKind } from './types.ts';

/** « l'argent du concert », "the money for the tickets": money named by what it paid for. */
function moneyOfThing(scan: Scan, from: number, clause: Clause, isKeyword: (i: number) => boolean): boolean {
  for (let i = from; i < clause[1] - 2; i++) {
    const w = scan.tokens[i]?.norm;
    if (w !== 'argent' && w !== 'money') continue;
    const of = scan.tokens[i + 1]?.norm ?? '';
    if (!/^(du|de|des|d'|for)$/.test(of)) return false;
    for (let j = i + 2; j < Math.min(clause[1], i + 5); j++) if (isKeyword(j)) return true;
    return false;
  }
  return false;
}
/** Their own thing: « sa place », "his ticket". */
const THEIR_OWN = /^(sa|son|ses|leur|leurs|his|her|their)$/;
/** « Hugo m'envoie 15 € pour sa place », "for his ticket": sent for a thing of the sender's own. */
function forTheirOwn(scan: Scan, from: number, to: number): boolean {
  for (let i = from; i < to - 2; i++)
    if (/^(pour|for)$/.test(scan.tokens[i]?.norm ?? '') && THEIR_OWN.test(scan.tokens[i + 1]?.norm ?? ''))
      return !OCCASION_WORDS.has(scan.tokens[i + 2]?.norm ?? '');
  return false;
}
/** « sa part », "his share": the giver's share of a thing paid. */
const SHARE_GIVEN = /^(sa|son|leur|his|her|their) (part|share|moitie|half)$/;
/** A third person's share said after money received, no paying verb between. */
const THEIR_SHARE =
  /^((?!(paye|payee|paid|regle|avance|advanced) ).)*\b(sa|son|leur|his|her|their) (part|share|moitie|half)\b/;
/** On one's pay: "advanced me 250 on my wages", « une avance sur salaire ». */
const ON_WAGES = /\b(sur|on) (mon |ma |my )?(salaire|paie|paye|wages|salary|pay)\b/;
/** Who gives to the speaker for a thing named without being owed it: parents, a benefit body. */
const GIVE_ANYWAY: ReadonlySet<string> = new Set([...ELDERS, ...BENEFIT_BODIES]);
/** Someone else sending money to the speaker: with a debt to the speaker said before, it pays it back. */
const OWED_SENT = { giver: 'person', receiver: 'speaker', back: false } as const;
/** The clause, run on past the money said right after it when « pour », "for" comes next. */
function throughMoney(scan: Scan, clause: Clause): Clause {
  let j = clause[1];
  while (
    j < scan.tokens.length &&
    (scan.tokens[j]?.kind !== 'word' || MONEY_WORDS.test(scan.tokens[j]?.norm ?? ''))
  )
    j++;
  return j > clause[1] && /^(pour|for)$/.test(scan.tokens[j]?.norm ?? '')
    ? [clause[0], scan.tokens.length]
    : clause;
}
const MONEY_WORDS = /^(euro|euros|eur|balles|dollars|pounds|quid)$/;
const FINES = /(^| )(pv|amende|amendes|contravention|prune|fine|ticket)( |$)/;
const TO_PAY_ME_BACK = /(pour me rembourser|pour me rendre|to pay me back|to repay me)/;
/** The speaker paying back, before a loan's name: « j'ai remboursé le prêt », "paid back the loan". */
const PAYING_BACK = /(rembours|paye|regle|paid|repaid|pay)/;
/** "gave me 15 euros back": "back" after the money given. */
const BACK_AFTER = /^(\S+ ){1,3}back( |$)/;
/** A refund word that is a person's act when a person does it ("Mark returned the 45 euros"); the
 * mark may open on the speaker ("I sent back 20 euros to Paul": « i sent back » is one phrase). */
const RETURNED_BY = /^(i )?(returned|sent back|sent it back|renvoye)/;

/** The subject and its reflexive pronoun before a verb: « je me », « on se », « tu te ». */
const REFLEXIVE = /^(je me|tu te|on se|il se|elle se|nous nous|vous vous|ils se|elles se)$/;

/** "Bought my dad a watch", "I bought my sister flowers": a person after "my", the speaker buying. */
const boughtForPerson = (scan: Scan, clause: Clause, at: number, end: number) =>
  isPersonWord(scan.tokens[end]?.norm ?? '') &&
  (at === clause[0] || /^(i|we)$/.test(scan.tokens[at - 1]?.norm ?? ''));

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
 * "my ex sent the maintenance money", "Mum transferred 50": a person sending money, to no one named,
 * sends it to the speaker (tests/fixtures/README.md's « Label conventions »: given, income).
 */
const sentByPerson = (scan: Scan, at: number, end: number, [from, to]: Clause) => {
  const w = scan.tokens[at - 1]?.norm ?? '';
  return (
    at > from &&
    (isPersonWord(w) || w === 'ex') &&
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
  switch (mark) {
    case 'paidBack':
      return paidBackKind(scan, clause, at, isKeyword);
    case 'incoming': {
      // "cheque from Ellie", « le chèque de Tom »: a person's; « un chèque de caution » says no giver.
      if (/^(le )?cheque (de|from)$/.test(wordsOf(scan.tokens, at, end)) && !personAt(scan, end)) return null;
      // « Nina m'a payé sa place »: a person paying the speaker for a thing of their own pays it back.
      if (THEIR_OWN.test(scan.tokens[end]?.norm ?? '') || forTheirOwn(scan, end, clause[1]))
        return 'repayment';
      // « ma sœur m'a fait un virement pour me rembourser »: sent to pay back; « l'argent du concert »
      // names the thing it pays for, as « pour le concert » does.
      if (TO_PAY_ME_BACK.test(wordsOf(scan.tokens, end, clause[1]))) return 'repayment';
      if (moneyOfThing(scan, end, clause, isKeyword)) return 'repayment';
      // « Léa m'a renvoyé l'argent du billet »: sent back, by a person or a body.
      if (/renvoye/.test(wordsOf(scan.tokens, at, end))) return paidBackKind(scan, clause, at, isKeyword);
      // « ma coloc m'a viré sa part d'électricité », « Lucas m'a envoyé 22 €, c'est sa part »: a share.
      const share = othersPart(scan, at, clause[1]);
      if (share || THEIR_SHARE.test(wordsOf(scan.tokens, end, scan.tokens.length))) return 'repayment';
      // « mes parents m'ont viré 300 € pour le loyer », « la CAF m'a viré 200 € pour la rentrée »:
      // parents give, a benefit body pays an allowance; what for names no debt to the speaker.
      if (forOwnThings(scan, at, clause[1]) || saidBefore(scan, clause, at, GIVE_ANYWAY)) return 'income';
      if (!forSomething(scan, at, throughMoney(scan, clause), isKeyword)) return 'income';
      // « la MAAF m'a viré 250 € pour le dégât des eaux »: a body sending money for a thing gives back.
      // "Chloe Evans sent me 15 euros" names a person (Evans is also a shop's).
      return giverIsBody(scan, clause, at, end, isKeyword) &&
        paidBackKind(scan, clause, at, isKeyword) === 'refund'
        ? 'refund'
        : 'repayment';
    }
    case 'income':
      // « je me paie un resto », « on se paye une glace »: a pay word after a reflexive pronoun is the
      // verb « se payer », a treat bought (« il me paie » stays pay received).
      if (
        /^(paie|paye)$/.test(wordsOf(scan.tokens, at, end)) &&
        REFLEXIVE.test(wordsOf(scan.tokens, at - 2, at))
      )
        return null;
      // « le salaire de la nounou », "the salary of the cleaner": someone else's pay, paid by the speaker.
      // « la pension alimentaire versée à mon ex »: paid by the speaker to someone.
      if (
        payOfAnother(scan, at, end) ||
        theirPayPaid(scan, clause, at) ||
        paidToSomeone(scan, end, clause[1])
      )
        return null;
      // « encaissé le chèque de Jules pour sa part », « reçu 25 €, sa part du cadeau »: their share
      // paid back, said after the money in the note (« reçu mon salaire et payé sa part »: not read).
      if (THEIR_SHARE.test(wordsOf(scan.tokens, end, scan.tokens.length))) return 'repayment';
      // « 8 € d'intérêts pris par la banque », "interest on the loan": taken from the speaker.
      if (takenFromSpeaker(scan, clause, at, end)) return null;
      // « mon père a payé ma facture », "my dad paid my invoice": a person of one's own paying a bill
      // of the speaker's gives them nothing (a client paying it pays their work).
      if (/(facture|invoice)$/.test(wordsOf(scan.tokens, at, end)) && saidBefore(scan, clause, at, PEOPLE))
        return null;
      // "Bought my mum flowers": the speaker bought for a person; "Someone bought my old sofa" sold it.
      if (wordsOf(scan.tokens, at, end) === 'bought my' && boughtForPerson(scan, clause, at, end))
        return null;
      // « ça m'a rapporté 50 € de PV »: what it brought was a fine, not money.
      if (/rapporte$/.test(wordsOf(scan.tokens, at, end)) && FINES.test(wordsOf(scan.tokens, end, clause[1])))
        return null;
      // "The shop gave me 15 euros back": given back, by a body or a person.
      if (
        /gave me$/.test(wordsOf(scan.tokens, at, end)) &&
        BACK_AFTER.test(wordsOf(scan.tokens, end, clause[1]))
      )
        return paidBackKind(scan, clause, at, isKeyword);
      // « Lydia reçu de Hugo pour le resto »: received from a person for a thing, paid back; the
      // money may part the « pour » off (« virement reçu de Léa, 30 €, pour les courses »).
      if (
        /(^| )(recu|recue|recus|received|got)$/.test(wordsOf(scan.tokens, at, end)) &&
        fromPerson(scan, end, clause, isKeyword) &&
        forSomething(scan, end, throughMoney(scan, clause), isKeyword)
      )
        return 'repayment';
      // "My flatmate gave me 30 euros for the bills": given for a thing bought pays it back, as sent money
      // does; « mon frère m'a donné sa part du cadeau », "gave me his share": their share of it, too.
      if (
        /^(gave me|m' a donne|m' ont donne)$/.test(wordsOf(scan.tokens, at, end)) &&
        (SHARE_GIVEN.test(wordsOf(scan.tokens, end, end + 2)) ||
          (!forOwnThings(scan, end, clause[1]) && forSomething(scan, end, clause, isKeyword)))
      )
        return 'repayment';
      // « j'ai reçu la facture EDF », "received the bill": a thing came, not money.
      if (
        /(^| )(recu|recue|recus|recues|received)$/.test(wordsOf(scan.tokens, at, end)) &&
        (receivedGoods(scan, end) || goodsJustBefore(scan, at))
      )
        return null;
      // « pension pour le chat », "pension for the dog": boarding, bought; so is a hotel's board
      // (« en pension complète », « la demi-pension »); a pension paid is income.
      return /^pension (pour|du|for|complete)$/.test(wordsOf(scan.tokens, at, at + 2)) ||
        scan.tokens[at - 1]?.norm === 'demi'
        ? null
        : 'income';
    case 'refund':
      // Store credit and cashback come from a shop or a bank, whoever is named after them.
      if (
        /^(store credit|un avoir|avoir de|cashback|cash back)$/.test(wordsOf(scan.tokens, at, at + 2)) ||
        /^(cashback|avoir)$/.test(scan.tokens[at]?.norm ?? '')
      )
        return 'refund';
      // « remboursement anticipé de mon prêt étudiant »: paying a debt of one's own is spending;
      // "the bank paid out my loan": a loan paid out to the speaker is borrowed.
      if (namesDebt(scan, end, clause[1]))
        return wordsOf(scan.tokens, at, end) === 'paid out' ? 'loan' : null;
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
