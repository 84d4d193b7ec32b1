import { type Clause, clausesOf } from './clauses.ts';
import { Role, type Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import type { Mark, MovementKind } from './types.ts';

/**
 * Money that moved without being spent (issue 29): pay and sales, refunds, a person paying you
 * back, a loan, a transfer out. Each phrase is accent-free and lower-case, as the tokens are
 * compared; the longest phrase wins ("remboursé par la mutuelle" is an aside, markers-system.ts).
 * - paidBack: "m'a remboursé", "refunded me": a refund from a shop or a body, a repayment from a person;
 * - incoming: "m'a viré", "m'a fait un Lydia", "sent me": a repayment when it pays "pour"/"for"
 *   something, otherwise income;
 * - debt: "Paul me doit 30 €", "I owe": no money moved, so neither an expense nor a movement.
 */
/** A French participle agrees: "recu*" stands for recu, recue, recus, recues ("1 200 € reçus"). */
const agreeing = (phrase: string): string[] => {
  if (!phrase.endsWith('*')) return [phrase];
  const base = phrase.slice(0, -1);
  return [base, `${base}e`, `${base}s`, `${base}es`];
};
const list = (mark: Mark, phrases: string): [string, Mark][] =>
  phrases.split('|').flatMap((p) => agreeing(p.trim()).map((w) => [w, mark] as [string, Mark]));

export const MOVEMENT_MARKS: readonly [string, Mark][] = [
  ...list(
    'refund',
    "rembourse|remboursee|rembourses|remboursees|remboursement|remboursements|on m'a rembourse|" +
      'refund|refunds|refunded|got a refund|got refunded|a refund|reimbursed|' +
      'returned the|returned it|returned my|returned a|sent it back|sent back|renvoye le|renvoye la|' +
      'reimbursement|got reimbursed|i got reimbursed|cashback|cash back|un avoir|avoir de|store credit|' +
      'remboursement d impot|remboursement des impots|trop percu|tax refund|tax rebate|' +
      // A deposit given back (« la caution m'a été rendue », "gave me back my deposit") comes from a body.
      'ete rendu*|caution rendu*|my deposit back|deposit back|deposit returned|got my deposit|',
  ),
  ...list(
    'paidBack',
    "m'a rembourse|m'ont rembourse|me rembourse|m'a remboursee|m'a rembourse mon|m'a rembourse ma|" +
      "m'a rembourse les|m'a rembourse le|m'a rembourse la|m'ont rembourse les|refunded me|reimbursed me",
  ),
  ...list(
    'repayment',
    "m'a rendu|m'ont rendu|m'a rendu les|m'a rendu mes|m'a rendu ses|paid me back|paid back|pay me back|" +
      'gave me back|gave back|paid me back the|repaid me|repaid|settled up|a rembourse sa part|back from|' +
      'got back|got it back|rendu par|rendus par|' +
      "m'a rembourse sa part|paid his share|paid her share|paid me her share|paid me his share",
  ),
  ...list(
    'incoming',
    "m'a vire|m'ont vire|m'a fait un virement|m'a fait un lydia|m'a lydia|m'a envoye|m'ont envoye|" +
      "m'a fait un paylib|m'a fait un wero|m'a fait un paypal|sent me|venmoed me|zelled me|paid me|m'a paye|m'ont paye|" +
      "m'a regle|m'ont regle|" +
      'transferred me|wired me',
  ),
  ...list(
    'loan',
    "prete|j'ai prete|pretee|prete a|je lui ai prete|lent|i lent|loaned|i loaned|lent to|" +
      "j'ai avance|avance a|je lui ai avance|fronted|i fronted|covered for|spotted|i spotted|" +
      // The money is to come back: "elle me les rend vendredi", "he'll pay me back".
      'me les rend|me le rend|me la rend|me les rendra|me le rendra|me la rendra|me les rendront|' +
      "me rendra|he'll pay me back|she'll pay me back|they'll pay me back|gonna pay me back|" +
      "j'ai depanne|depanne|depannee|depanner",
  ),
  ...list(
    'transfer',
    "virement|virements|j'ai vire|vire|viree|vire sur|virement sur mon livret|transfer to savings|" +
      "j'ai envoye|envoye|sent|i sent|transferred|i transferred|transfer|wired|i wired|" +
      "j'ai retire|retire|retrait|retire au distributeur|distributeur|dab|withdrew|withdrawal|took out|" +
      'atm|cash machine|cashpoint|mis de cote|economise|epargne|livret|livret a|compte epargne|saved|' +
      'savings|savings account|put aside|put away|moved to savings|isa|my isa|into my isa|lisa|pel|mon pel|' +
      "j'ai sorti|sorti en liquide|sorti du liquide|retire en liquide|en especes au distributeur|" +
      'sur mon pel|cel|pea|sur mon pea|pension pot|lydia|un lydia|paylib|un paylib|wero|un wero',
  ),
  ...list(
    'income',
    "j'ai recu|recu|recue|i received|received|got paid|i got paid|salaire|mon salaire|salary|my salary|" +
      "paycheck|my paycheck|paie|ma paie|payslip|j'ai gagne|gagne|i won|won|earned|i earned|j'ai touche|" +
      "touche*|encaisse*|j'ai encaisse|j'ai vendu|vendu*|revendu*|j'ai revendu|sold|i sold|resold|percu*|recus|recues|" +
      "m'a donne|m'ont donne|m'a file|" +
      "m'a offert|m'ont offert|gave me|m'a verse|m'ont verse|a verse|ont verse|versement|allocations|allocs|prime de fin d'annee|" +
      'prime de noel|ma prime|une prime|bonus|my bonus|dividendes|dividends|interets|interest|pension|' +
      "ma retraite|pension de retraite|retraite complementaire|chomage|prime d'activite|apl|les apl|aides au logement|child benefit|benefit|universal credit|unemployment|benefits|freelance payment|invoice paid|facture payee par|client paid|" +
      // "Got 50 euros from grandma": money from family is given, not spent.
      'from grandma|from my grandma|from granny|from my gran|from gran|from nan|from my nan|from grandpa|' +
      'from my grandpa|from my parents|from mum|from my mum|from mom|from my mom|from dad|from my dad|' +
      'from my aunt|from my uncle|wages|my wages|wages came in|salaire est tombe|paye est tombee',
  ),
  ...list('debt', 'me doit|me doivent|owes me|owe me|i owe|je dois|je lui dois|je leur dois|je te dois'),
];

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
    'insurance|insurer|irs|hmrc|government|etat|retailer|marchand|restaurant|resto|hotel|they'
  ).split('|'),
);
const PEOPLE = new Set(
  (
    'frere|soeur|pere|mere|papa|maman|mamie|papi|ami|amie|pote|copain|copine|collegue|coloc|colocataire|' +
    'voisin|voisine|cousin|cousine|fils|fille|mari|femme|oncle|tante|parrain|marraine|belle|beau|' +
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
  'mutuelle|secu|securite|assurance|assureur|impots|impot|fisc|cpam|ameli|insurance|insurer|irs|hmrc'.split(
    '|',
  ),
);
const DEPOSIT_HOLDERS = new Set([
  ...INSURERS,
  ...'landlord|proprio|proprietaire|bailleur|agence|caution|deposit|depot'.split('|'),
]);
const saidBefore = (scan: Scan, clause: Clause, at: number, words: ReadonlySet<string>) =>
  scan.tokens.slice(clause[0], at).some((t) => words.has(t.norm));
const PRIORITY: readonly MovementKind[] = ['loan', 'repayment', 'refund', 'transfer', 'income'];

const wordsOf = (scan: Scan, from: number, to: number) =>
  scan.tokens
    .slice(from, to)
    .map((t) => t.norm)
    .join(' ');

const marksOf = (scan: Scan, from: number, to: number) =>
  scan.marks.filter((m) => m.start >= from && m.start < to && MOVEMENT_MARK_SET.has(m.mark));

/** Who paid back: the words of the clause before "m'a remboursé" ("Marie", "mon frère", "Amazon"). */
function paidBackKind(
  scan: Scan,
  clause: Clause,
  at: number,
  isKeyword: (i: number) => boolean,
): MovementKind {
  for (let i = clause[0]; i < at; i++) {
    const t = scan.tokens[i];
    if (t?.kind !== 'word') continue;
    if (BODIES.has(t.norm) || isKeyword(i)) return 'refund';
    if (PEOPLE.has(t.norm)) return 'repayment';
  }
  // A name ("Julien m'a remboursé"): a capitalised word that names no shop.
  for (let i = clause[0]; i < at; i++) {
    const t = scan.tokens[i];
    if (t?.kind === 'word' && /^\p{Lu}/u.test(t.raw) && scan.roles[i] === Role.Free) return 'repayment';
  }
  return 'refund';
}

/** "… de Paul", "… from my brother": the words after a refund name a person. */
function fromPerson(scan: Scan, at: number, clause: Clause, isKeyword: (i: number) => boolean): boolean {
  let i = at;
  while (i < clause[1] && scan.roles[i] !== Role.Free) i++;
  const lead = scan.tokens[i]?.norm;
  if (lead !== 'de' && lead !== 'from' && lead !== 'du') return false;
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
  mark: Mark,
  clause: Clause,
  at: number,
  isKeyword: (i: number) => boolean,
): MovementKind | null {
  switch (mark) {
    case 'paidBack':
      return paidBackKind(scan, clause, at, isKeyword);
    case 'incoming': {
      const after = scan.tokens.slice(at, clause[1]);
      // "pour mon anniversaire", "for Christmas": a present, not money paid back.
      if (after.some((t) => OCCASIONS.has(t.norm))) return 'income';
      // "pour le resto", "for the tickets": paying back a thing bought; « pour le mois » is given.
      const forAt = after.findIndex((t) => t.norm === 'pour' || t.norm === 'for');
      if (forAt < 0) return 'income';
      for (let i = at + forAt + 1; i < clause[1]; i++)
        if (isKeyword(i) || /^(part|share|moitie|half)$/.test(scan.tokens[i]?.norm ?? '')) return 'repayment';
      return 'income';
    }
    case 'income':
      // « la mutuelle m'a versé 45 € »: money paid in by an insurer or the tax office gives back
      // what was spent; the CAF or an employer paying in is income.
      if (
        /^(m' a |m' ont |a |ont )?verse/.test(wordsOf(scan, at, at + 3)) &&
        saidBefore(scan, clause, at, INSURERS)
      )
        return 'refund';
      // « pension pour le chat », "pension for the dog": boarding, bought; a pension paid is income.
      return wordsOf(scan, at, at + 2) === 'pension pour' ||
        wordsOf(scan, at, at + 2) === 'pension du' ||
        wordsOf(scan, at, at + 2) === 'pension for'
        ? null
        : 'income';
    case 'refund':
      // "Remboursement de Paul": a person paying back, not a shop.
      return fromPerson(scan, at, clause, isKeyword) ? 'repayment' : 'refund';
    case 'repayment':
      // "Landlord gave me back my deposit": a body returning a deposit is a refund, not a person's debt.
      return saidBefore(scan, clause, clause[1], DEPOSIT_HOLDERS) ? 'refund' : 'repayment';
    case 'loan':
    case 'transfer':
      return mark;
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
  const marks = marksOf(scan, seg.start, seg.end);
  // "Took the jumper back to Zara, got 45 euros back": money back for a thing returned.
  if (marks.length === 0) return gotBackForReturn(scan, amount) ? 'refund' : null;
  const clauses = clausesOf(scan);
  const clauseAt = (i: number): Clause => clauses.find(([s, e]) => i >= s && i < e) ?? [seg.start, seg.end];
  const own = clauseAt(amount.start);
  // "Sold my old phone, got 150 euros": after a sale, "got" is money received, not bought.
  const sold = marks.some((m) => m.mark === 'income');
  const buys = (from: number, to: number) =>
    scan.marks.some(
      (m) =>
        m.mark === 'verb' &&
        m.start >= from &&
        m.start < to &&
        !(sold && /^(i )?got$/.test(wordsOf(scan, m.start, m.end))),
    );
  const ownBuys = buys(own[0], own[1]);
  const kinds = new Set<MovementKind>();
  for (const m of marks) {
    const clause = clauseAt(m.start);
    const sameClause = clause[0] === own[0];
    // A loan said in any clause of the amount's segment ("…, elle me les rend vendredi") holds.
    if (!sameClause && m.mark !== 'loan' && (ownBuys || pays(own[0], own[1]))) continue;
    // "salaire reçu, et j'ai direct payé le loyer, 850 €": a purchase said between the two.
    if (clause[1] <= amount.start && buys(clause[1], amount.start)) continue;
    const kind = kindOfMark(scan, m.mark, clause, m.start, isKeyword);
    if (kind) kinds.add(kind);
  }
  if (kinds.size === 0) return gotBackForReturn(scan, amount) ? 'refund' : null;
  // "Tom paid me back the 20 I lent him": the loan told after is the story of the repayment.
  if (kinds.has('loan') && kinds.has('repayment')) {
    const first = marks.find((m) => m.mark === 'loan' || m.mark === 'repayment');
    kinds.delete(first?.mark === 'loan' ? 'repayment' : 'loan');
  }
  // Money received ("j'ai reçu un virement") is not money sent.
  if (kinds.has('transfer') && kinds.has('income')) kinds.delete('transfer');
  if (kinds.size === 1 && kinds.has('transfer') && pays(seg.start, seg.end)) return null;
  if (kinds.size === 1 && kinds.has('transfer') && vendingMachine(scan, marks, amount.cents)) return null;
  return PRIORITY.find((k) => kinds.has(k)) ?? null;
}

const MACHINES = /^(distributeur|au distributeur|dab|atm|cash machine|cashpoint)$/;

/**
 * « trois balles la canette au distributeur »: a cash machine gives notes, so a sum that is no
 * multiple of 10 (or under 10) taken from a « distributeur » was bought from a vending machine.
 */
function vendingMachine(
  scan: Scan,
  marks: readonly { start: number; end: number; mark: Mark }[],
  cents: number,
) {
  const transfers = marks.filter((m) => m.mark === 'transfer');
  return (
    (cents < 1000 || cents % 1000 !== 0) &&
    transfers.length > 0 &&
    transfers.every((m) => MACHINES.test(wordsOf(scan, m.start, m.end)))
  );
}

const RETURNED = /^(returned|return|took|brought|sent|rapporte|ramene|retourne|renvoye|rendu)$/;

/** "got 45 euros back" after a thing taken back: not change from a note, not a purchase. */
function gotBackForReturn(scan: Scan, amount: NonNullable<Segment['amount']>): boolean {
  const { tokens } = scan;
  if (
    tokens[amount.end]?.norm !== 'back' ||
    !/^(got|get|getting)$/.test(tokens[amount.start - 1]?.norm ?? '')
  )
    return false;
  return tokens.some((t, i) => i < amount.start - 1 && RETURNED.test(t.norm));
}

/** "Paul me doit 30 €", "I owe Sam 20": money owed, not moved. */
export const owedIn = (scan: Scan, seg: Segment) =>
  scan.marks.some((m) => m.mark === 'debt' && m.start >= seg.start && m.start < seg.end);
