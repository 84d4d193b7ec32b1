import { type Clause, clausesOf } from './clauses.ts';
import { exchanged, STORE_FRAME_WORDS, topUp, vendingMachine, WITHDRAWN } from './money-stores.ts';
import {
  connectiveAt,
  forSomething,
  giverIsBody,
  gotBackForReturn,
  INCOME_FRAME_WORDS,
  isAcronym,
  isPersonWord,
  lentToShop,
  namesDebt,
  owedToSpeaker,
  paidPersonBack,
  payerOfWork,
  receivedGoods,
  sentBack,
  speakerPaysBack,
  speakerSubject,
  tipsReceived,
  workPaid,
} from './movement-frames.ts';
import {
  CAME_IN_FRAME_WORDS,
  earnedForDoing,
  feeOfMovement,
  forOwnThings,
  gotBackOn,
  gotFromPerson,
  moneyCameIn,
  moneyFrom,
  owedBackToSpeaker,
  paidBackTo,
} from './movement-givers.ts';
import { Role, type Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import { wordsOf } from './tokenize.ts';
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
/** Bodies that pay back: "la mutuelle m'a remboursé" is a refund, "Marie m'a remboursé" a repayment. */
const BODIES = new Set(
  (
    'on|mutuelle|secu|securite|sociale|assurance|assureur|impots|impot|fisc|tresor|caf|cpam|ameli|banque|' +
    'bank|magasin|boutique|site|vendeur|store|shop|seller|company|entreprise|boite|compagnie|airline|sncf|' +
    'insurance|insurer|irs|hmrc|government|etat|retailer|marchand|restaurant|resto|hotel|they|urssaf|msa|' +
    'patron|employeur|employer|mairie|operateur|fournisseur|plateforme|platform|air|airlines|airways'
  ).split('|'),
);
const PEOPLE = new Set(
  (
    'frere|soeur|pere|mere|papa|maman|mamie|papi|ami|amie|pote|copain|copine|collegue|coloc|colocataire|' +
    'voisin|voisine|cousin|cousine|fils|fille|mari|femme|oncle|tante|parrain|marraine|belle|beau|' +
    'parent|neveu|niece|filleul|filleule|nephew|godson|goddaughter|' +
    'brother|sister|friend|mom|mum|dad|mother|father|colleague|coworker|roommate|flatmate|neighbor|' +
    'neighbour|son|daughter|husband|wife|uncle|aunt|grandma|grandpa|boyfriend|girlfriend|mate|buddy'
  ).split('|'),
);
/** Occasions money is given for: received for one of them, it is a present. */
const OCCASIONS = new Set(
  'anniversaire|anniv|noel|fete|fetes|etrennes|birthday|christmas|xmas|wedding|mariage|graduation|diplome'.split(
    '|',
  ),
);
const INSURERS = new Set(
  'mutuelle|secu|securite|assurance|assureur|impots|impot|fisc|cpam|ameli|insurance|insurer|irs|hmrc|tax|taxes'.split(
    '|',
  ),
);
const DEPOSIT_HOLDERS = new Set([
  ...INSURERS,
  ...'landlord|proprio|proprietaire|bailleur|agence|caution|deposit|depot'.split('|'),
]);
const saidBefore = (scan: Scan, clause: Clause, at: number, words: ReadonlySet<string>) => {
  for (let i = clause[0]; i < at; i++) if (words.has(scan.tokens[i]?.norm ?? '')) return true;
  return false;
};
/** Words one of which the top-up, exchange, work-paid and tips frames each need. */
const FRAME_WORDS = new Set([...STORE_FRAME_WORDS, ...INCOME_FRAME_WORDS, ...CAME_IN_FRAME_WORDS]);
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
const FINES = /(^| )(pv|amende|amendes|contravention|prune|fine|ticket)( |$)/;
const TO_PAY_ME_BACK = /(pour me rembourser|pour me rendre|to pay me back|to repay me)/;
/** The speaker paying back, before a loan's name: « j'ai remboursé le prêt », "paid back the loan". */
const PAYING_BACK = /(rembours|paye|regle|paid|repaid|pay)/;
/** "gave me 15 euros back": "back" after the money given. */
const BACK_AFTER = /^(\S+ ){1,3}back( |$)/;
/** A refund word that is a person's act when a person does it ("Mark returned the 45 euros"). */
const RETURNED_BY = /^(returned|sent back|sent it back|renvoye)/;
/** Marks of money that came to the speaker: owed to them, it pays a debt back. */
const CAME_IN = new Set<Mark>(['incoming', 'income', 'paidBack', 'repayment', 'refund']);
const PRIORITY: readonly MovementKind[] = ['loan', 'repayment', 'refund', 'transfer', 'income'];

/** The clause tokens[i] is in, or the whole segment. */
const clauseAt = (clauses: readonly Clause[], seg: Segment, i: number): Clause =>
  clauses.find(([s, e]) => i >= s && i < e) ?? [seg.start, seg.end];

const marksOf = (scan: Scan, from: number, to: number) =>
  scan.marks.filter((m) => m.start >= from && m.start < to && MOVEMENT_MARK_SET.has(m.mark));

/** Who paid back: the words of the clause before "m'a remboursé" ("Marie", "mon frère", "Amazon"). */
function paidBackKind(
  scan: Scan,
  clause: Clause,
  at: number,
  isKeyword: (i: number) => boolean,
): MovementKind {
  // « Leroy Merlin m'a remboursé », « Brico Dépôt »: a name of two capitalised words is a company's.
  for (let i = clause[0]; i < at - 1; i++)
    if (
      capitalised(scan, i) &&
      capitalised(scan, i + 1) &&
      !LEADS.has(scan.tokens[i]?.norm ?? '') &&
      !isPersonWord(PEOPLE, scan.tokens[i]?.norm ?? '')
    )
      return 'refund';
  for (let i = clause[0]; i < at; i++) {
    const t = scan.tokens[i];
    if (t?.kind !== 'word') continue;
    if (BODIES.has(t.norm) || isKeyword(i) || isAcronym(scan, i)) return 'refund';
    if (isPersonWord(PEOPLE, t.norm)) return 'repayment';
  }
  // A name ("Julien m'a remboursé"): a capitalised word that names no shop.
  for (let i = clause[0]; i < at; i++) {
    const t = scan.tokens[i];
    if (t?.kind === 'word' && /^\p{Lu}/u.test(t.raw) && scan.roles[i] === Role.Free) return 'repayment';
  }
  return 'refund';
}

/** Words that open a sentence with a capital before a person's name: « Hier Marie m'a remboursé ». */
const LEADS = new Set(
  'bon|alors|hier|euh|donc|et|enfin|bref|ah|oh|tiens|ok|so|and|well|yesterday|today|finally|oh|then'.split(
    '|',
  ),
);
const personAt = (scan: Scan, i: number) =>
  isPersonWord(PEOPLE, scan.tokens[i]?.norm ?? '') ||
  capitalised(scan, i) ||
  (/^(mon|ma|mes)$/.test(scan.tokens[i]?.norm ?? '') && isPersonWord(PEOPLE, scan.tokens[i + 1]?.norm ?? ''));
const capitalised = (scan: Scan, i: number) =>
  scan.tokens[i]?.kind === 'word' &&
  /^\p{Lu}/u.test(scan.tokens[i]?.raw ?? '') &&
  scan.roles[i] === Role.Free;

/** "… de Paul", "… from my brother": the words after a refund name a person. */
function fromPerson(scan: Scan, at: number, clause: Clause, isKeyword: (i: number) => boolean): boolean {
  let i = at;
  while (i < clause[1] && scan.roles[i] !== Role.Free) i++;
  const lead = scan.tokens[i]?.norm;
  if (lead !== 'de' && lead !== 'from' && lead !== 'du' && lead !== 'par' && lead !== 'by') return false;
  for (let j = i + 1; j < Math.min(clause[1], i + 4); j++) {
    const t = scan.tokens[j];
    if (t?.kind !== 'word') continue;
    if (PEOPLE.has(t.norm)) return true;
    if (BODIES.has(t.norm) || isKeyword(j)) return false;
    if (/^\p{Lu}/u.test(t.raw) && scan.roles[j] === Role.Free) return true;
  }
  return false;
}

function kindOfMark(
  scan: Scan,
  { mark, start: at, end }: { mark: Mark; start: number; end: number },
  clause: Clause,
  isKeyword: (i: number) => boolean,
  pays: (from: number, to: number) => boolean,
): MovementKind | null {
  const back = mark === 'refund' || mark === 'paidBack' || mark === 'repayment';
  // « j'ai remboursé Marc », « j'ai rendu les 30 € à Lucie »: the speaker gave the money back.
  if (
    back &&
    /(rembours|rendu|paid|repaid|gave|pay)/.test(wordsOf(scan.tokens, at, end)) &&
    speakerSubject(scan, clause, at)
  ) {
    const kind = speakerPaysBack(scan, clause, at, PEOPLE, pays);
    if (kind !== undefined) return kind;
  }
  switch (mark) {
    case 'paidBack':
      return paidBackKind(scan, clause, at, isKeyword);
    case 'incoming': {
      // « un acheteur Vinted m'a payé 12 € pour le pull »: a buyer, a client or an employer pays for work or a sale.
      if (payerOfWork(scan, clause, at)) return 'income';
      // « ma sœur m'a fait un virement pour me rembourser »: sent to pay back; « l'argent du concert »
      // names the thing it pays for, as « pour le concert » does.
      if (TO_PAY_ME_BACK.test(wordsOf(scan.tokens, end, clause[1]))) return 'repayment';
      if (moneyOfThing(scan, end, clause, isKeyword)) return 'repayment';
      // « Léa m'a renvoyé l'argent du billet »: sent back, by a person or a body.
      if (/renvoye/.test(wordsOf(scan.tokens, at, end))) return paidBackKind(scan, clause, at, isKeyword);
      // « la Sécu m'a viré 18 € pour la pharmacie »: an insurer sending money gives back what was spent.
      if (saidBefore(scan, clause, at, INSURERS)) return 'refund';
      const after = scan.tokens.slice(at, clause[1]);
      // « ma coloc m'a viré sa part d'électricité »: a share of something paid.
      if (after.some((t) => /^(part|share|moitie|half)$/.test(t.norm))) return 'repayment';
      if (forOwnThings(scan, at, clause[1])) return 'income';
      return forSomething(OCCASIONS, scan, at, clause, isKeyword) ? 'repayment' : 'income';
    }
    case 'income':
      // « ça m'a rapporté 50 € de PV »: what it brought was a fine, not money.
      if (/rapporte$/.test(wordsOf(scan.tokens, at, end)) && FINES.test(wordsOf(scan.tokens, end, clause[1])))
        return null;
      // "The shop gave me 15 euros back": given back, by a body or a person.
      if (
        /gave me$/.test(wordsOf(scan.tokens, at, end)) &&
        BACK_AFTER.test(wordsOf(scan.tokens, end, clause[1]))
      )
        return paidBackKind(scan, clause, at, isKeyword);
      // « Lydia reçu de Hugo pour le resto »: received from a person for a thing, paid back.
      if (
        /(^| )(recu|recue|recus|received|got)$/.test(wordsOf(scan.tokens, at, end)) &&
        fromPerson(scan, end, clause, isKeyword) &&
        forSomething(OCCASIONS, scan, end, clause, isKeyword)
      )
        return 'repayment';
      // "My flatmate gave me 30 euros for the bills": given for a thing bought pays it back, as sent money does.
      if (
        /^(gave me|m' a donne|m' ont donne)$/.test(wordsOf(scan.tokens, at, end)) &&
        !forOwnThings(scan, end, clause[1]) &&
        forSomething(OCCASIONS, scan, end, clause, isKeyword)
      )
        return 'repayment';
      // « j'ai reçu la facture EDF », "received the bill": a thing came, not money.
      if (
        /(^| )(recu|recue|recus|recues|received)$/.test(wordsOf(scan.tokens, at, end)) &&
        receivedGoods(scan, end)
      )
        return null;
      // « la mutuelle m'a versé 45 € »: money paid in by an insurer or the tax office gives back
      // what was spent; the CAF or an employer paying in is income.
      if (
        /^(m' a |m' ont |a |ont )?verse/.test(wordsOf(scan.tokens, at, at + 3)) &&
        saidBefore(scan, clause, at, INSURERS)
      )
        return 'refund';
      // « pension pour le chat », "pension for the dog": boarding, bought; a pension paid is income.
      return wordsOf(scan.tokens, at, at + 2) === 'pension pour' ||
        wordsOf(scan.tokens, at, at + 2) === 'pension du' ||
        wordsOf(scan.tokens, at, at + 2) === 'pension for'
        ? null
        : 'income';
    case 'refund':
      // Store credit and cashback come from a shop or a bank, whoever is named after them.
      if (
        /^(store credit|un avoir|avoir de|cashback|cash back)$/.test(wordsOf(scan.tokens, at, at + 2)) ||
        /^(cashback|avoir)$/.test(scan.tokens[at]?.norm ?? '')
      )
        return 'refund';
      // « remboursement anticipé de mon prêt étudiant »: paying a debt of one's own is spending.
      if (namesDebt(scan, end, clause[1])) return null;
      // "Mark returned the 45 euros": a person, not a shop, sent the money back.
      if (
        RETURNED_BY.test(wordsOf(scan.tokens, at, end)) &&
        (paidBackKind(scan, clause, at, isKeyword) === 'repayment' ||
          // "Returned the 10 euros to my brother": the money itself given back to a person.
          (scan.tokens[end]?.kind === 'num' &&
            speakerPaysBack(scan, clause, end, PEOPLE, pays) === 'repayment'))
      )
        return 'repayment';
      // "Remboursement de Paul": a person paying back, not a shop.
      return fromPerson(scan, at, clause, isKeyword) ? 'repayment' : 'refund';
    case 'repayment':
      // "Landlord gave me back my deposit": a body returning a deposit is a refund, not a person's debt.
      // « Darty m'a rendu 59 € », "money back from ASOS": a shop or a body gives back what was spent.
      return saidBefore(scan, clause, clause[1], DEPOSIT_HOLDERS) ||
        giverIsBody(scan, clause, at, end, BODIES, PEOPLE, isKeyword)
        ? 'refund'
        : 'repayment';
    case 'loan':
      // « prêt à Julie »: a loan to a person; « prêt-à-porter », « prêt à l'emploi » are no loan.
      if (wordsOf(scan.tokens, at, end) === 'pret a' && !personAt(scan, end)) return null;
      // « j'ai remboursé le prêt de la voiture »: a loan paid back is the speaker's debt, spent.
      if (namesDebt(scan, at, end) && PAYING_BACK.test(wordsOf(scan.tokens, clause[0], at))) return null;
      // « j'ai avancé 40 € à la pharmacie »: paid ahead at a shop is spent, not lent.
      return lentToShop(scan, end, clause, PEOPLE, isKeyword) ? null : mark;
    case 'transfer':
      // "My client transferred 900 euros": a client or an employer sending money pays for work.
      if (payerOfWork(scan, clause, at)) return 'income';
      // "Nina transferred 20 euros for the taxi": a person sending money for a thing pays it back.
      if (
        at > clause[0] &&
        !speakerSubject(scan, clause, at) &&
        paidBackKind(scan, clause, at, isKeyword) === 'repayment' &&
        !forOwnThings(scan, end, clause[1]) &&
        forSomething(OCCASIONS, scan, end, clause, isKeyword)
      )
        return 'repayment';
      // "Kate transferred her share of the Airbnb": someone else sending a share pays it back.
      return !/^(j'|je|i|we|on|nous)$/.test(scan.tokens[clause[0]]?.norm ?? '') &&
        at > clause[0] &&
        scan.tokens.slice(end, clause[1]).some((t) => /^(part|share|moitie|half)$/.test(t.norm))
        ? 'repayment'
        : mark;
    default:
      return null;
  }
}

/**
 * The movement the segment's amount is, if any: a movement word in the amount's own clause, or
 * in another clause of the segment when the amount's clause names nothing bought ("Mon salaire
 * est tombé, 2 350 €"). `pays(from, to)` says whether words name what was paid for: a transfer
 * that pays for something ("virement de 650 € au proprio pour le loyer") is an expense.
 */
export function movementOf(
  scan: Scan,
  seg: Segment,
  pays: (from: number, to: number) => boolean,
  isKeyword: (i: number) => boolean,
): MovementKind | null {
  const amount = seg.amount;
  if (!amount) return null;
  const clauses = clausesOf(scan);
  const own = clauseAt(clauses, seg, amount.start);
  // A top-up of a store of one's own money, or money changed into another currency.
  const whole: Clause = [seg.start, seg.end];
  // Most segments say none of the words these four frames need: one walk instead of four.
  const framed = saidBefore(scan, whole, whole[1], FRAME_WORDS);
  if (framed && (topUp(scan, whole) || exchanged(scan, whole))) return 'transfer';
  if (
    paidPersonBack(scan, own, PEOPLE, pays) ||
    sentBack(scan, own, amount.end, PEOPLE) ||
    paidBackTo(scan, own, amount, PEOPLE)
  )
    return 'repayment';
  if (framed && (workPaid(scan, whole) || tipsReceived(scan, whole) || moneyCameIn(scan, whole)))
    return 'income';
  const marks = marksOf(scan, seg.start, seg.end);
  // « j'ai payé la part de Hugo, 28 €, il me doit ça »: paid for someone who now owes it: lent.
  if (
    owedToSpeaker(scan, seg) &&
    scan.marks.some((m) => m.mark === 'verb' && m.start >= seg.start && m.start < seg.end)
  )
    return 'loan';
  if (marks.length === 0) {
    // "Took the jumper back to Zara, got 45 euros back": money back for a thing returned.
    if (gotBackForReturn(scan, amount)) return 'refund';
    // « j'ai eu 50 € de ma grand-mère », "Got 35 euros for babysitting": given, or pay.
    if (gotFromPerson(scan, amount, PEOPLE))
      return forSomething(OCCASIONS, scan, amount.end, own, isKeyword) &&
        !forOwnThings(scan, amount.end, own[1])
        ? 'repayment'
        : 'income';
    if (gotBackOn(scan, amount)) return 'refund';
    // « 150 € de la CAF », "30 euros from Jake for pizza": whose money it was names the kind.
    const from = moneyFrom(scan, amount, own, isKeyword);
    if (from === 'person')
      return forSomething(OCCASIONS, scan, amount.end, own, isKeyword) ? 'repayment' : null;
    if (from) return from;
    return earnedForDoing(scan, amount) ? 'income' : null;
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
  const ownBuys = buys(own[0], own[1]);
  const kinds = new Set<MovementKind>();
  // Of a loan and a repayment both said, the one said first is the money moved (the other its story).
  let firstOfTwo: MovementKind | undefined;
  for (const m of marks) {
    const clause = clauseAt(clauses, seg, m.start);
    const sameClause = clause[0] === own[0];
    // A loan said in any clause of the amount's segment ("…, elle me les rend vendredi") holds.
    if (!sameClause && m.mark !== 'loan' && (ownBuys || pays(own[0], own[1]))) continue;
    // "salaire reçu, et j'ai direct payé le loyer, 850 €", « salaire tombé, du coup resto ce soir,
    // 45 € »: a purchase or a thing bought said between the two.
    if (clause[1] <= amount.start && (buys(clause[1], amount.start) || pays(clause[1], amount.start)))
      continue;
    // "Got my salary so I treated myself to new shoes, 95 euros": the same, inside one clause.
    const then = connectiveAt(scan, m.end, amount.start);
    if (then >= 0 && (buys(then, amount.start) || pays(then, amount.start))) continue;
    const kind =
      CAME_IN.has(m.mark) &&
      !speakerSubject(scan, clause, m.start) &&
      owedBackToSpeaker(scan, m.end, clause[1])
        ? 'repayment'
        : kindOfMark(scan, m, clause, isKeyword, pays);
    // « frais de virement », "withdrawal charge": the fee is spent, nothing moved.
    if (kind === 'transfer' && feeOfMovement(scan, clause, m.start, m.end)) continue;
    if (kind) kinds.add(kind);
    if (!firstOfTwo && (kind === 'loan' || kind === 'repayment')) firstOfTwo = kind;
  }
  if (kinds.size === 0) return gotBackForReturn(scan, amount) ? 'refund' : null;
  // "Tom paid me back the 20 I lent him": the loan told after is the story of the repayment.
  if (kinds.has('loan') && kinds.has('repayment')) kinds.delete(firstOfTwo === 'loan' ? 'repayment' : 'loan');
  // Money received ("j'ai reçu un virement") is not money sent.
  if (kinds.has('transfer') && kinds.has('income')) kinds.delete('transfer');
  // « j'ai retiré 20 € au distributeur du tabac »: cash taken out where a shop is named is still cash.
  const withdrawn = marks.some((m) => WITHDRAWN.test(wordsOf(scan.tokens, m.start, m.end)));
  if (kinds.size === 1 && kinds.has('transfer') && !withdrawn && pays(seg.start, seg.end)) return null;
  if (kinds.size === 1 && kinds.has('transfer') && vendingMachine(scan, marks, amount.cents)) return null;
  return PRIORITY.find((k) => kinds.has(k)) ?? null;
}

/** "Paul me doit 30 €", "I owe Sam 20": money owed, not moved. */
export const owedIn = (scan: Scan, seg: Segment) =>
  scan.marks.some((m) => m.mark === 'debt' && m.start >= seg.start && m.start < seg.end);
