import type { Clause } from './clauses.ts';
import { DETERMINERS } from './determiners.ts';
import { takenFromSpeaker } from './interest-paid.ts';
import { forSomething, giverIsBody, othersPart } from './movement-frames.ts';
import { BENEFIT_BODIES, forOwnThings } from './movement-givers.ts';
import { goodsJustBefore, receivedGoods } from './movement-goods.ts';
import {
  BODIES,
  DEPOSIT_HOLDERS,
  ELDERS,
  isPersonWord,
  OCCASIONS as OCCASION_WORDS,
  PEOPLE,
  saidBefore,
} from './movement-parties.ts';
import { paidToSomeone, payOfAnother, theirPayPaid } from './pay-of-another.ts';
import { fromPerson, paidBackKind, personAt } from './person-or-body.ts';
import type { Scan } from './scan-types.ts';
import { TITLE, wordsOf } from './tokenize.ts';
import type { MovementKind } from './types.ts';

/**
 * Money said to come to the speaker (movement-words.ts's `incoming` and `income` marks), read by
 * who gave it and what for: pay, a gift or an allowance (income), a share or a debt paid back
 * (repayment), a body giving back (refund), or no money moved at all (null: « je me paie un resto »,
 * « le salaire de la nounou », « reçu la facture »). movement-of-mark.ts reads the other marks.
 */

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
/** Who gives to the speaker for a thing named without being owed it: parents, a benefit body. */
const GIVE_ANYWAY: ReadonlySet<string> = new Set([...ELDERS, ...BENEFIT_BODIES]);
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
/** "gave me 15 euros back": "back" after the money given. */
const BACK_AFTER = /^(\S+ ){1,3}back( |$)/;
/** The subject and its reflexive pronoun before a verb: « je me », « on se », « tu te ». */
const REFLEXIVE = /^(je me|tu te|on se|il se|elle se|nous nous|vous vous|ils se|elles se)$/;

/** "Bought my dad a watch", "I bought my sister flowers": a person after "my", the speaker buying. */
const boughtForPerson = (scan: Scan, clause: Clause, at: number, end: number) =>
  isPersonWord(scan.tokens[end]?.norm ?? '') &&
  (at === clause[0] || /^(i|we)$/.test(scan.tokens[at - 1]?.norm ?? ''));

/**
 * "the farm paid me for the week of picking", « la galerie m'a payé pour les deux toiles »: paid
 * (not sent) for a thing by someone named by a common noun that is no person of one's own and no
 * body that gives back (an insurer, a shop, an airline, a landlord): the speaker's work or goods bought.
 */
const paidByBuyer = (scan: Scan, clause: Clause, at: number, end: number) => {
  const giver = scan.tokens.slice(clause[0], at);
  return (
    /^(paid me|m' (a|ont) (paye|regle))$/.test(wordsOf(scan.tokens, at, end)) &&
    giver.some((t) => t.kind === 'word' && !DETERMINERS.has(t.norm)) &&
    !giver.some(
      (t) =>
        isPersonWord(t.norm) ||
        DEPOSIT_HOLDERS.has(t.norm) ||
        BODIES.has(t.norm) ||
        // A name: « Priya », "Tom", "Zalando" (a capital opening "The farm" is the sentence's).
        (/^\p{Lu}/u.test(t.raw) && !DETERMINERS.has(t.norm)),
    )
  );
};

/** An `incoming` mark (« m'a viré », "sent me", « le chèque de Tom »): what the money sent is. */
export function kindOfIncoming(
  scan: Scan,
  at: number,
  end: number,
  clause: Clause,
  isKeyword: (i: number) => boolean,
): MovementKind | null {
  // "cheque from Ellie", « le chèque de Tom », « un chèque de 50 € de mamie »: a person's; « un
  // chèque de caution », « un chèque de 80 € au plombier » say no giver.
  if (
    /^(le )?cheque (de|from)$/.test(wordsOf(scan.tokens, at, end)) &&
    !personAt(scan, end) &&
    !fromPerson(scan, end, clause, isKeyword)
  )
    return null;
  // « la jeune qui loue ma chambre m'a viré ses 410 € », "the student renting my flat": rent, earned.
  if (/qui loue (ma|mon)|renting my|rents my/.test(wordsOf(scan.tokens, clause[0], at))) return 'income';
  // « Nina m'a payé sa place »: a person paying the speaker for a thing of their own pays it back.
  if (THEIR_OWN.test(scan.tokens[end]?.norm ?? '') || forTheirOwn(scan, end, clause[1])) return 'repayment';
  // « ma sœur m'a fait un virement pour me rembourser »: sent to pay back; « l'argent du concert »
  // names the thing it pays for, as « pour le concert » does.
  if (TO_PAY_ME_BACK.test(wordsOf(scan.tokens, end, clause[1]))) return 'repayment';
  if (moneyOfThing(scan, end, clause, isKeyword)) return 'repayment';
  // « Léa m'a renvoyé l'argent du billet »: sent back, by a person or a body.
  if (/renvoye/.test(wordsOf(scan.tokens, at, end))) return paidBackKind(scan, clause, at, isKeyword);
  // « ma coloc m'a viré sa part d'électricité », « Lucas m'a envoyé 22 €, c'est sa part »: a share.
  const share = othersPart(scan, at, clause[1]);
  if (share || THEIR_SHARE.test(wordsOf(scan.tokens, end, scan.tokens.length))) return 'repayment';
  // « chèque de M. Bernard pour la location du garage », « Mme Roy m'a viré 60 € pour les cours »:
  // one the speaker names by a title pays for their work or goods, as a client does, not back.
  if (scan.tokens.slice(clause[0], end + 1).some((t) => TITLE.test(t.raw))) return 'income';
  // « mes parents m'ont viré 300 € pour le loyer », « la CAF m'a viré 200 € pour la rentrée »:
  // parents give, a benefit body pays an allowance; what for names no debt to the speaker.
  if (forOwnThings(scan, at, clause[1]) || saidBefore(scan, clause, at, GIVE_ANYWAY)) return 'income';
  if (!forSomething(scan, at, throughMoney(scan, clause), isKeyword)) return 'income';
  if (paidByBuyer(scan, clause, at, end)) return 'income';
  // « la MAAF m'a viré 250 € pour le dégât des eaux »: a body sending money for a thing gives back.
  // "Chloe Evans sent me 15 euros" names a person (Evans is also a shop's).
  return giverIsBody(scan, clause, at, end, isKeyword) &&
    paidBackKind(scan, clause, at, isKeyword) === 'refund'
    ? 'refund'
    : 'repayment';
}

/** An `income` mark (« salaire », « m'a payé », "got paid", « reçu »): pay, or what else it is. */
export function kindOfIncome(
  scan: Scan,
  at: number,
  end: number,
  clause: Clause,
  isKeyword: (i: number) => boolean,
): MovementKind | null {
  const paid = wordsOf(scan.tokens, at, end);
  // « je me paie un resto », « on se paye une glace »: a pay word after a reflexive pronoun is the
  // verb « se payer », a treat bought (« il me paie » stays pay received).
  if (/^(paie|paye)$/.test(paid) && REFLEXIVE.test(wordsOf(scan.tokens, at - 2, at))) return null;
  // « le vélo que Paul m'a vendu », "Paul sold me his bike", "the bike Tom sold me": sold to the speaker, bought.
  if (
    /^((re)?vendu|sold)/.test(paid) &&
    /(^| )(m'|me|nous|us)( |$)/.test(wordsOf(scan.tokens, Math.max(0, at - 2), end + 1))
  )
    return null;
  // « le salaire de la nounou », "the salary of the cleaner": someone else's pay, paid by the speaker.
  // « la pension alimentaire versée à mon ex »: paid by the speaker to someone.
  if (payOfAnother(scan, at, end) || theirPayPaid(scan, clause, at) || paidToSomeone(scan, end, clause[1]))
    return null;
  // « encaissé le chèque de Jules pour sa part », « reçu 25 €, sa part du cadeau »: their share
  // paid back, said after the money in the note (« reçu mon salaire et payé sa part »: not read).
  if (THEIR_SHARE.test(wordsOf(scan.tokens, end, scan.tokens.length))) return 'repayment';
  // « 8 € d'intérêts pris par la banque », "interest on the loan": taken from the speaker.
  if (takenFromSpeaker(scan, clause, at, end)) return null;
  // « mon père a payé ma facture », "my dad paid my invoice", « ma facture payée par ma mère »: a person
  // of one's own paying a bill of the speaker's gives them nothing (a client paying it pays their work).
  if (
    /(facture|invoice)$/.test(paid)
      ? saidBefore(scan, clause, at, PEOPLE)
      : / par$/.test(paid) && PEOPLE.has(scan.tokens[end + 1]?.norm ?? '')
  )
    return null;
  // "Bought my mum flowers": the speaker bought for a person; "Someone bought my old sofa" sold it.
  if (paid === 'bought my' && boughtForPerson(scan, clause, at, end)) return null;
  // « ça m'a rapporté 50 € de PV »: what it brought was a fine, not money.
  if (/rapporte$/.test(paid) && FINES.test(wordsOf(scan.tokens, end, clause[1]))) return null;
  // "The shop gave me 15 euros back": given back, by a body or a person.
  if (/gave me$/.test(paid) && BACK_AFTER.test(wordsOf(scan.tokens, end, clause[1])))
    return paidBackKind(scan, clause, at, isKeyword);
  // « Lydia reçu de Hugo pour le resto »: received from a person for a thing, paid back; the
  // money may part the « pour » off (« virement reçu de Léa, 30 €, pour les courses »).
  if (
    /(^| )(recu|recue|recus|received|got)$/.test(paid) &&
    fromPerson(scan, end, clause, isKeyword) &&
    forSomething(scan, end, throughMoney(scan, clause), isKeyword)
  )
    return 'repayment';
  // "My flatmate gave me 30 euros for the bills": given for a thing bought pays it back, as sent money
  // does; « mon frère m'a donné sa part du cadeau », "gave me his share": their share of it, too.
  if (
    /^(gave me|m' a donne|m' ont donne)$/.test(paid) &&
    (SHARE_GIVEN.test(wordsOf(scan.tokens, end, end + 2)) ||
      (!forOwnThings(scan, end, clause[1]) && forSomething(scan, end, clause, isKeyword)))
  )
    return 'repayment';
  // « j'ai reçu la facture EDF », "received the bill": a thing came, not money.
  if (
    /(^| )(recu|recue|recus|recues|received)$/.test(paid) &&
    (receivedGoods(scan, end) || goodsJustBefore(scan, at))
  )
    return null;
  // « pension pour le chat », "pension for the dog": boarding, bought; so is a hotel's board
  // (« en pension complète », « la demi-pension »); a pension paid is income (« ma pension du mois », unless the month's is a
  // horse's: « la pension du mois du cheval »).
  return /^pension (pour|for|complete|du(?! mois(?! (du|des|de la)\b)))\b/.test(
    wordsOf(scan.tokens, at, at + 5),
  ) || scan.tokens[at - 1]?.norm === 'demi'
    ? null
    : 'income';
}
