import type { Clause } from './clauses.ts';
import { determinersAnd, SPEAKERS_OWN } from './determiners.ts';
import { isGivenName } from './given-names.ts';
import { BODIES, isPersonWord, OCCASIONS } from './movement-parties.ts';
import { Role, type Scan } from './scan-types.ts';
import { word } from './scan-word.ts';
import { wordsOf } from './tokenize.ts';
import type { Mark } from './types.ts';
import { wordSet } from './word-sets.ts';

/**
 * Who moved the money to whom (the frame of a movement), beside the words that say it moved
 * (movement-words.ts): the giver of money back (a shop or a body refunds, a person repays), the
 * speaker paying back (a person: a repayment; a debt of one's own or a thing bought: an expense),
 * a buyer or a client paying (income), a thing received that is no money (a bill, a parcel), and
 * money put into a store of one's own (a top-up, savings, currency changed: a transfer).
 */
/** The words the frames below look for, each a Set looked up once per word. */
const FROM = wordSet('from|chez');
const TO_FR = wordSet('a|au|aux');
const TO_EN = wordSet('at|to');
const WORK_PAID = wordSet('paye|payee|payes|regle|reglee|regles|paid|settled|vire|viree|transferred|wired');
const INVOICES = wordSet('invoice|invoices|facture|factures');
const GAVE_BACK = wordSet('sent|gave|paid|handed|returned');
/** A share of a thing paid: « sa part », "her half". */
export const PARTS = wordSet('part|share|moitie|half');
/** A share said after tokens[from], not the speaker's own (« pour ma part de la pizza » is theirs to spend). */
export const othersPart = (scan: Scan, from: number, to: number) =>
  scan.tokens.slice(from, to).some((t, k, r) => PARTS.has(t.norm) && !SPEAKERS_OWN.has(r[k - 1]?.norm ?? ''));
/** Tips got, or of an evening's work (« les pourboires de la soirée »). */
const TIPS_GOT = wordSet('got|made|earned|eu|recu|touche|gagne|fait|soiree');
const TIPS_GIVEN = wordSet('laisse|left|gave|donne|paid|paye|tipped|ajoute|added');

/** Names no person bears: « l'URSSAF », "ASOS", « EDF ». */
export const isAcronym = (scan: Scan, i: number) => {
  const t = scan.tokens[i];
  return t?.kind === 'word' && t.raw.length >= 2 && /^\p{Lu}{2,}$/u.test(t.raw) && t.norm !== 'i';
};

/**
 * Whether the one who gave the money back is a shop or a body: named before the verb (« Darty
 * m'a rendu 59 € ») or after "from"/« de »/« chez » ("money back from ASOS"), or when a thing was
 * taken back (« après le retour chez H&M »).
 */
export function giverIsBody(
  scan: Scan,
  clause: Clause,
  at: number,
  end: number,
  isKeyword: (i: number) => boolean,
): boolean {
  const body = (i: number) =>
    !isPersonWord(word(scan, i)) && (BODIES.has(word(scan, i)) || isKeyword(i) || isAcronym(scan, i));
  for (let i = clause[0]; i < at; i++) {
    const t = scan.tokens[i];
    if (isPersonWord(word(scan, i))) return false;
    if (body(i)) return true;
    // « Thomas m'a rendu »: a name that is no shop.
    if (t?.kind === 'word' && /^\p{Lu}/u.test(t.raw) && i > clause[0] && scan.roles[i] === Role.Free)
      return false;
  }
  for (let i = end - 1; i < clause[1]; i++) {
    if (RETURNS.has(word(scan, i))) return true;
    if (!FROM.has(word(scan, i))) continue;
    for (let j = i + 1; j < Math.min(clause[1], i + 4); j++) {
      if (isPersonWord(word(scan, j))) return false;
      if (body(j)) return true;
    }
  }
  return false;
}
const RETURNS = wordSet('retour|retourne|rapporte|returned|return|returning');

/** The speaker as the subject just before tokens[at]: « j'ai », "I", or a sentence that starts with the verb. */
export function speakerSubject(scan: Scan, clause: Clause, at: number): boolean {
  const before = word(scan, at - 1);
  // « je me suis fait rembourser »: the money came to the speaker.
  if (word(scan, at) === 'me' || word(scan, at) === "m'") return false;
  if (word(scan, at) === "j'" || word(scan, at) === 'i') return true;
  // « je lui ai rendu ses 20 € »: a phrase that opens on the speaker (« je me suis fait rembourser » does not give).
  if (word(scan, at) === 'je') return word(scan, at + 1) !== 'me' && word(scan, at + 1) !== "m'";
  if (before === 'ai' && word(scan, at - 2) === "j'") return true;
  if (before === 'i' || before === 'je') return true;
  // "Paid back the car loan": an English sentence starting with the giving verb; « remboursé Léon
  // pour le ciné »: a note that drops « j'ai » before the participle (« remboursé par … » is received).
  if (at !== clause[0]) return false;
  if (scan.lang === 'en') return /^(paid|repaid|pay|gave)$/.test(word(scan, at));
  return (
    /^(rembourse|remboursee|rendue?)$/.test(word(scan, at)) &&
    !scan.tokens.slice(at, clause[1]).some((t) => t.norm === 'par')
  );
}

/** The speaker as the subject of a word of giving back (« j'ai remboursé Marc », "I paid Anna back"). */
export const speakerGivesBack = (
  scan: Scan,
  { mark, start: at, end }: { mark: Mark; start: number; end: number },
  clause: Clause,
) =>
  (mark === 'refund' || mark === 'paidBack' || mark === 'repayment') &&
  /(rembours|rendu|paid|repaid|gave|pay)/.test(wordsOf(scan.tokens, at, end)) &&
  speakerSubject(scan, clause, at);

/** A ride or a journey: "back from" after it says where it came from ("a taxi back from the party"). */
const RIDES =
  /^(taxi|taxis|cab|cabs|uber|bolt|lyft|train|bus|coach|tram|ferry|flight|flights|ride|lift|drive|trip|journey|way)$/;
export const rideBack = (scan: Scan, at: number, end: number) =>
  wordsOf(scan.tokens, at, end) === 'back from' && RIDES.test(word(scan, at - 1));

/** A debt of one's own: paying it back is spending (« j'ai remboursé mon crédit auto », "paid back the loan"). */
const DEBTS = wordSet(
  'credit|credits|pret|prets|emprunt|emprunts|mensualite|mensualites|echeance|dette|dettes|decouvert|' +
    'loan|loans|mortgage|instalment|installment|debt|overdraft|leasing|lld|loa',
);
export const namesDebt = (scan: Scan, from: number, to: number) => {
  for (let i = from; i < to; i++) if (DEBTS.has(word(scan, i))) return true;
  return false;
};

/** Who pays a person for work, a sale or a let: an employer, a temp agency, a client, a buyer, a tenant. */
export const PAYING = wordSet(
  'client|cliente|customer|buyer|acheteur|acheteuse|employer|employeur|boss|patron|patronne|' +
    'locataire|locataires|tenant|tenants|lodger|interim|temp',
);
/** Who pays for work or a thing sold: their money is income, whatever it pays for. */
const PAYERS = new Set([
  ...PAYING,
  ...wordSet(
    'acheteurs|clients|eleve|eleves|buyers|customers|vinted|leboncoin|ebay|temping|students|pupils|sponsor',
  ),
]);
/** The words without one of which neither `workPaid` nor `tipsReceived` holds: most segments say none. */
export const INCOME_FRAME_WORDS: ReadonlySet<string> = new Set([
  ...PAYERS,
  ...INVOICES,
  'tips',
  'pourboires',
  'tip',
  'pourboire',
  'extra',
  'laisse',
]);
export const payerOfWork = (scan: Scan, clause: Clause, at: number) => {
  for (let i = clause[0]; i < at; i++) if (PAYERS.has(word(scan, i))) return true;
  return false;
};

/** « j'ai avancé 40 € à la pharmacie »: the one « avancé » to is a shop, not a person. */
export function lentToShop(
  scan: Scan,
  end: number,
  clause: Clause,
  isKeyword: (i: number) => boolean,
): boolean {
  for (let i = end; i < clause[1] - 1; i++) {
    // « à la pharmacie »; in English "a" is an article ("for a taxi").
    const to = scan.lang === 'fr' ? TO_FR : TO_EN;
    if (!to.has(scan.tokens[i]?.norm ?? '')) continue;
    let j = i + 1;
    // « j'ai prêté 50 € à Jules »: a name with no article is a person, even one a shop bears.
    if (/^\p{Lu}/u.test(scan.tokens[j]?.raw ?? '')) return false;
    if (/^(la|l'|le|les|the)$/.test(scan.tokens[j]?.norm ?? '')) j++;
    return isKeyword(j) && !isPersonWord(scan.tokens[j]?.norm ?? '');
  }
  return false;
}

/** « du coup », "so", « alors », "and then": what follows is another thing (« salaire tombé, du coup resto »). */
export function connectiveAt(scan: Scan, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const w = word(scan, i);
    if (w === 'so' || w === 'alors' || w === 'donc' || w === 'puis') return i;
    if ((w === 'du' && word(scan, i + 1) === 'coup') || (w === 'and' && word(scan, i + 1) === 'then'))
      return i;
  }
  return -1;
}

/** The speaker as a subject: « je », "we". */
export const SPEAKING = wordSet("i|we|je|j'|on|nous");
/**
 * "the agency settled invoice 042", « la boîte a réglé la facture 12 », "they paid my invoice": an
 * invoice numbered or called the speaker's ("my invoice"; « ma facture » may be a bill of one's own
 * that a parent paid), paid by someone said before the verb, pays the speaker's work.
 */
function invoicePaid(scan: Scan, clause: Clause, paid: number): boolean {
  let k = paid + 1;
  if (/^(the|la|le|l')$/.test(word(scan, k))) k++;
  const mine = SPEAKERS_OWN.has(word(scan, k));
  if (mine) k++;
  if (!INVOICES.has(word(scan, k)) || (!mine && scan.tokens[k + 1]?.kind !== 'num')) return false;
  let subject = false;
  for (let i = clause[0]; i < paid; i++) {
    // "my dad paid my invoice": a person of one's own pays a bill of the speaker's, not their work.
    if (SPEAKING.has(word(scan, i)) || isPersonWord(word(scan, i))) return false;
    subject ||= scan.tokens[i]?.kind === 'word';
  }
  return subject;
}

/** « le client a payé ma facture », "my boss paid me": a client or an employer paying the speaker. */
export function workPaid(scan: Scan, clause: Clause): boolean {
  for (let i = clause[0]; i < clause[1]; i++) {
    if (WORK_PAID.has(word(scan, i)) && invoicePaid(scan, clause, i)) return true;
    if (!PAYERS.has(word(scan, i))) continue;
    // « le client bordelais l'a payée »: an adjective and an object pronoun may come between.
    for (let j = i + 1; j < Math.min(clause[1], i + 5); j++)
      if (WORK_PAID.has(word(scan, j)) && !employerTreated(scan, i, j)) return true;
  }
  return false;
}

const FOR_THE = determinersAnd('for');
const EMPLOYERS = wordSet('patron|patronne|employeur|boss|employer');
/** Work, or a time of it, paid: "my shifts", "my sick days", « mes heures », « la semaine ». */
const WORK_TIME = wordSet('shifts|hours|heures|overtime|days|jours|week|semaine');
/**
 * "My boss paid for lunch", « mon patron a payé le resto »: an employer paying for a thing treats,
 * pays the speaker nothing; "my employer paid my shifts", « mon patron a payé mes heures » is pay.
 */
const employerTreated = (scan: Scan, who: number, paid: number) =>
  EMPLOYERS.has(word(scan, who)) &&
  FOR_THE.has(word(scan, paid + 1)) &&
  !WORK_TIME.has(word(scan, paid + 2)) &&
  !WORK_TIME.has(word(scan, paid + 3));

/**
 * "Jo sent 20 pounds back for the tickets", "Sam gave 10 euros back": someone gave the speaker's
 * money back, "back" after the amount.
 */
export function sentBack(scan: Scan, clause: Clause, amountEnd: number): boolean {
  if (word(scan, amountEnd) !== 'back') return false;
  for (let i = clause[0]; i < amountEnd; i++) {
    if (!GAVE_BACK.has(word(scan, i))) continue;
    const who = scan.tokens[i - 1];
    if (who?.kind !== 'word' || /^(i|we)$/.test(who.norm)) return false;
    // "Intersport gave me 30 back": a name no given name is, a shop's (read as « Intersport m'a remboursé »).
    return isPersonWord(who.norm) || (/^\p{Lu}/u.test(who.raw) && isGivenName(who.norm));
  }
  return false;
}

/**
 * "pour le resto", "for the tickets": money given for a thing bought pays it back; « pour mon
 * anniversaire », "for Christmas" is a present, and « pour le mois » is given.
 */
export function forSomething(
  scan: Scan,
  from: number,
  clause: Clause,
  isKeyword: (i: number) => boolean,
): boolean {
  const after = scan.tokens.slice(from, clause[1]);
  if (after.some((t) => OCCASIONS.has(t.norm))) return false;
  const forAt = after.findIndex((t) => t.norm === 'pour' || t.norm === 'for');
  if (forAt < 0) return false;
  for (let i = from + forAt + 1; i < clause[1]; i++)
    if (isKeyword(i) || PARTS.has(scan.tokens[i]?.norm ?? '')) return true;
  return false;
}

/**
 * "Got 40 euros in tips tonight", « j'ai eu 35 € de pourboires », « un client m'a laissé 10 € de
 * pourboire »: tips received, or left to the speaker, are pay; a tip the speaker left or gave
 * (« j'ai laissé 3 € de pourboire », "tipped 4") is spent.
 */
export function tipsReceived(scan: Scan, range: Clause): boolean {
  let tips = false;
  let one = false;
  let got = false;
  let toMe = false;
  for (let i = range[0]; i < range[1]; i++) {
    const w = word(scan, i);
    if (w === 'tips' || w === 'pourboires') tips = true;
    // « la dame m'a laissé 15 € de plus », "gave me an extra 5": more than was owed, as a tip.
    if (w === 'tip' || w === 'pourboire' || w === 'extra' || (w === 'de' && word(scan, i + 1) === 'plus'))
      one = true;
    if (TIPS_GOT.has(w)) got = true;
    if (!TIPS_GIVEN.has(w)) continue;
    // « un client m'a laissé 10 € de pourboire », "a customer left me a tip": given to the speaker.
    if (givenToMe(scan, i)) toMe = true;
    else return false;
  }
  return (tips && got) || ((tips || one) && toMe);
}

const givenToMe = (scan: Scan, i: number) =>
  (/^(a|ont)$/.test(word(scan, i - 1)) && word(scan, i - 2) === "m'") || word(scan, i + 1) === 'me';

const PROMISED = /^((she|he|they)'ll pay me|elle regle|il regle)$/;
const PAID_FIRST = /\b(paid|advanced|covered|avance|avancee|paye|payee|regle)\b/;
/** Turns taken, not money owed: « elle règle la prochaine fois », "he'll pay me next time". */
const NEXT_TURN = /^(next time|la prochaine)/;
/**
 * "she'll pay me Saturday", « elle règle demain » with no paying said before its clause: a promise
 * of nothing lent (« elle règle toujours tout », "I did her garden, she'll pay me 40"); nor the
 * next round promised (« j'ai payé le resto, elle règle la prochaine fois »: the speaker's treat).
 */
export const promiseUnpaid = (scan: Scan, at: number, end: number, clause: Clause) =>
  PROMISED.test(wordsOf(scan.tokens, at, end)) &&
  (!PAID_FIRST.test(wordsOf(scan.tokens, 0, clause[0])) ||
    NEXT_TURN.test(wordsOf(scan.tokens, end, end + 2)));
