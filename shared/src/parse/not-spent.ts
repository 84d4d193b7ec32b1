import { CLAIM_WORDS, claimNotBack } from './claims.ts';
import { type Clause, clausesOf } from './clauses.ts';
import { DETERMINERS, determiners } from './determiners.ts';
import { OWED_WORDS, owedNotBack } from './not-spent-owed.ts';
import { type AmountItem, Role, type Scan } from './scan-types.ts';
import { word as norm } from './scan-word.ts';
import type { Segment } from './segments.ts';
import type { Mark } from './types.ts';

/**
 * Money said that is held, not spent (issue 29, round 14): what is left (« il me reste 20 € »,
 * "40 euros left"), a balance (« mon solde est de 340 € », "my balance is 85 euros"), what sits in
 * an account (« j'ai 1 500 € sur mon livret », "I've got 200 in the account"), a limit (« un
 * plafond de 1 000 € », "a limit of 100 euros", « découvert autorisé ») and the price of a thing
 * saved up for (« j'économise pour une console à 500 € », "saving up for a 400 euro camera"). Read
 * before movements: such money did not move either ("40 euros left until payday" is no pay). The
 * amount is kept, flagged `not_paid`, never counted and never dropped. Money owed to the speaker and
 * not back yet is read in not-spent-owed.ts; prices seen and left, orders cancelled and amounts
 * compared are read below.
 */
const verbIn = (scan: Scan, from: number, to: number) =>
  scan.marks.some((m) => m.mark === 'verb' && m.start >= from && m.start < to);

/** « il me reste », « il nous restait », « me restent »: what is left to the speaker (« le reste » is a noun). */
const LEFT_FR = new Set(['reste', 'restait', 'restent', 'restaient', 'restera']);
const LEFT_TO = new Set(['me', "m'", 'nous', 'il']);
/** "30 euros left", "40 left over", "60 remaining": said right after the money. */
const LEFT_EN = new Set(['left', 'remaining', 'leftover', 'overdrawn']);
/** « mon solde », "my balance", « le solde du compte »: what an account holds (« le solde des travaux » is paid). */
const BALANCE = new Set(['solde', 'balance']);
const MOVED_OR_PAID = new Set<Mark>([
  'verb',
  'income',
  'incoming',
  'transfer',
  'refund',
  'repayment',
  'paidBack',
]);
const OWN = determiners(['mine', 'ours'], { plus: 'account|bank|current' });
/** « j'ai 800 € sur mon compte », "I've got 200 in the account", "there's 75 euros in my account". */
const HAVE = new Set(['ai', 'avons', 'have', "i've", 'ive', 'got', "there's", 'theres', 'a']);
const ACCOUNT = new Set(
  'compte|comptes|livret|livrets|carte|account|accounts|bank|savings|pel|pea|cel|isa|wallet|portefeuille|cagnotte'.split(
    '|',
  ),
);
const HOLDS_IN = new Set(['sur', 'dans', 'in', 'on']);
/** « un plafond de 1 000 € », "a limit of 100 euros", "my spending cap is 200". */
const LIMIT = new Set(['plafond', 'plafonds', 'limite', 'limit', 'cap', 'ceiling', 'plafonne']);
const LIMIT_GAP = new Set([
  'de',
  "d'",
  'of',
  'is',
  'est',
  'a',
  'at',
  'retrait',
  'paiement',
  'mensuel',
  'weekly',
]);
/** « j'économise pour », "saving up for", « je mets de côté pour »: the price of a thing not bought yet. */
const SAVED = new Set(['economise', 'economisee', 'saved', 'gagne']);
const SAVING = new Set(['economise', 'economiser', 'economisons', 'saving', 'save', 'cote']);

const BEFORE_MONEY = new Set([
  'encore',
  'que',
  'plus',
  'seulement',
  'juste',
  'environ',
  'a',
  'peine',
  'only',
  'just',
]);
/** « il me reste genre 15 euros »: a hedge or a filler between the word and the money. */
const hedgeAt = (scan: Scan, k: number) =>
  scan.marks.some((m) => (m.mark === 'hedge' || m.mark === 'filler') && m.start <= k && k < m.end);
function moneyNext(scan: Scan, from: number, amount: AmountItem): boolean {
  let k = from;
  while (k < amount.start && (BEFORE_MONEY.has(norm(scan, k)) || hedgeAt(scan, k))) k++;
  return k === amount.start;
}

function leftToSpeaker(scan: Scan, seg: Segment, amount: AmountItem): boolean {
  if (LEFT_EN.has(norm(scan, amount.end))) return true;
  for (let i = seg.start; i < seg.end; i++) {
    // « il me reste 20 € », « il reste encore 12 € »: the money right after (« il restait un dessert » is a thing).
    if (LEFT_FR.has(norm(scan, i)) && LEFT_TO.has(norm(scan, i - 1)) && moneyNext(scan, i + 1, amount))
      return true;
    // « j'ai touché mon solde de tout compte » is the last pay, come in.
    // « le solde du compte » is what it holds; « le solde du traiteur » what is left to pay him.
    const ofAccount = norm(scan, i + 1) === 'du' && ACCOUNT.has(norm(scan, i + 2));
    // « mon solde de tout compte est tombé »: that last pay, with no word of touching it, too.
    const lastPay = norm(scan, i + 2) === 'tout';
    if (BALANCE.has(norm(scan, i)) && (OWN.has(norm(scan, i - 1)) || ofAccount) && !lastPay)
      return !scan.marks.some((m) => m.start >= seg.start && m.start < seg.end && MOVED_OR_PAID.has(m.mark));
  }
  return false;
}

/** The amount said as held: « j'ai 800 € sur mon compte », "I've got 200 in the account". */
function heldInAccount(scan: Scan, amount: AmountItem): boolean {
  if (!HAVE.has(norm(scan, amount.start - 1))) return false;
  // « il y a 75 € sur la carte »: "a" is « avoir » only after « y ».
  if (norm(scan, amount.start - 1) === 'a' && norm(scan, amount.start - 2) !== 'y') return false;
  for (let i = amount.end; i < amount.end + 3; i++)
    if (HOLDS_IN.has(norm(scan, i)))
      return (
        ACCOUNT.has(norm(scan, i + 1)) || ACCOUNT.has(norm(scan, i + 2)) || ACCOUNT.has(norm(scan, i + 3))
      );
  return false;
}

function limitSaid(scan: Scan, seg: Segment, amount: AmountItem): boolean {
  for (let i = seg.start; i < amount.start; i++) {
    const word = norm(scan, i);
    const limit = LIMIT.has(word) || (word === 'autorise' && norm(scan, i - 1) === 'decouvert');
    if (!limit) continue;
    let k = i + 1;
    while (k < amount.start && LIMIT_GAP.has(norm(scan, k))) k++;
    if (k === amount.start) return true;
  }
  return false;
}

function savingFor(scan: Scan, seg: Segment, amount: AmountItem): boolean {
  for (let i = seg.start; i < amount.start; i++) {
    if (!SAVING.has(norm(scan, i))) continue;
    const next = norm(scan, i + 1) === 'up' ? norm(scan, i + 2) : norm(scan, i + 1);
    // « je mets de côté pour »: « côté » only after « de ».
    if (norm(scan, i) === 'cote' && norm(scan, i - 1) !== 'de') continue;
    if ((next === 'pour' || next === 'for') && !verbIn(scan, seg.start, seg.end)) return true;
  }
  // « j'ai économisé 20 € en prenant le bus », "saved 10 euros with the coupon": money not spent.
  const by = norm(scan, amount.end);
  return (
    SAVED.has(norm(scan, amount.start - 1)) && (by === 'en' || by === 'by' || by === 'with' || by === 'grace')
  );
}

/** Words one of which each reading above needs, looked for once: most segments say none. */
const HELD_WORDS = new Set([
  ...LEFT_FR,
  ...BALANCE,
  ...LIMIT,
  'autorise',
  ...SAVING,
  ...SAVED,
  ...OWED_WORDS,
]);
const saysAny = (scan: Scan, seg: Segment, words: ReadonlySet<string>) => {
  for (let i = seg.start; i < seg.end; i++) if (words.has(norm(scan, i))) return true;
  return false;
};

export function heldNotSpent(scan: Scan, seg: Segment): boolean {
  const amount = seg.amount;
  if (!amount) return false;
  if (LEFT_EN.has(norm(scan, amount.end)) || HAVE.has(norm(scan, amount.start - 1))) {
    if (leftToSpeaker(scan, seg, amount) || heldInAccount(scan, amount)) return true;
  }
  // « j'ai réclamé 45 € à la SNCF », "submitted an expense claim": claimed, not back yet (claims.ts).
  if (saysAny(scan, seg, CLAIM_WORDS) && claimNotBack(scan, seg)) return true;
  if (!saysAny(scan, seg, HELD_WORDS)) return false;
  return (
    owedNotBack(scan, seg, amount) ||
    leftToSpeaker(scan, seg, amount) ||
    heldInAccount(scan, amount) ||
    limitSaid(scan, seg, amount) ||
    savingFor(scan, seg, amount)
  );
}

/**
 * A price seen and left (« trop cher », "way too expensive", "overpriced") when nothing in the
 * segment pays, an offer made to the speaker, and an order or a booking cancelled (« la commande de 89 € a été annulée », "I
 * cancelled the 30 euro subscription") in the amount's own clause or with nothing paid.
 */
const DEAR = new Set(['cher', 'chere', 'chers', 'cheres', 'expensive', 'pricey', 'overpriced', 'dear']);
const TOO = new Set(['trop', 'too', 'way']);
const OFFERED = new Set(['propose', 'proposee', 'proposes', 'offered', 'offering']);
const TO_ME = new Set(["m'", 'me', 'nous']);
const CANCELLED = new Set('annule|annulee|annules|annulees|cancelled|canceled'.split('|'));

const LEFT_OR_CANCELLED_WORDS = new Set([...DEAR, ...CANCELLED, ...OFFERED]);

/**
 * The clauses said of an amount: its own, the one before when the amount stands alone in its own
 * (« …, environ 500 € »: hedges and fillers aside), the one after when that one holds no amount.
 */
export function nearClauses(scan: Scan, amount: AmountItem): Clause[] {
  const clauses = clausesOf(scan);
  const at = clauses.findIndex(([s, e]) => amount.start >= s && amount.start < e);
  const own = clauses[at];
  if (!own) return [];
  const near: Clause[] = [own];
  const before = clauses[at - 1];
  let alone = true;
  for (let i = own[0]; i < own[1] && alone; i++)
    alone = (i >= amount.start && i < amount.end) || scan.roles[i] !== Role.Free || hedgeAt(scan, i);
  if (before && alone) near.push(before);
  const after = clauses[at + 1];
  if (after && !scan.amounts.some((a) => a.start >= after[0] && a.start < after[1])) near.push(after);
  return near;
}

export function leftOrCancelled(scan: Scan, seg: Segment): boolean {
  const amount = seg.amount;
  if (!amount) return false;
  // "I took the bus instead of a 30 euro taxi": the only money said is the one not spent.
  if (comparedAt(scan, amount)) return true;
  if (!saysAny(scan, seg, LEFT_OR_CANCELLED_WORDS)) return false;
  const pays = verbIn(scan, seg.start, seg.end);
  // A price left or an order cancelled is said of the amount: in its clause, in the clause before
  // when the amount stands alone (« les bottes étaient trop chères, 160 € »), or in the clause after
  // it ("a lamp for 90 euros, way too expensive"); « mon vol a été annulé, j'ai dû prendre un hôtel à
  // 90 € » cancels the flight, not the hotel.
  const near = nearClauses(scan, amount);
  for (const [from, to] of near) {
    for (let i = from; i < to; i++) {
      const word = norm(scan, i);
      if (!pays && (word === 'overpriced' || (DEAR.has(word) && TOO.has(norm(scan, i - 1))))) return true;
      // « j'ai annulé mon abonnement mais j'ai payé le dernier mois, 30 € »: paid after the cancelling.
      if (CANCELLED.has(word) && !(i < amount.start && verbIn(scan, i, amount.start))) return true;
    }
  }
  for (let i = seg.start; i < seg.end; i++) {
    const word = norm(scan, i);
    // « le garage m'a proposé 300 € pour ma voiture », "someone offered me 200 for my bike": an offer.
    if (
      !pays &&
      OFFERED.has(word) &&
      (TO_ME.has(norm(scan, i - 1)) || TO_ME.has(norm(scan, i - 2)) || norm(scan, i + 1) === 'me')
    )
      return true;
  }
  return false;
}

/**
 * « 45 € au lieu de 60 », "I paid 35 instead of 50", "rather than 40": the amount after it is a
 * comparison, not money paid. Dropped only when another amount is left to be the expense (an amount
 * said is never dropped alone).
 */
const INSTEAD = [
  ['au', 'lieu', 'de'],
  ['au', 'lieu', "d'"],
  ['instead', 'of'],
  ['rather', 'than'],
  ['plutot', 'que'],
];
/** The amount is said after « au lieu de », "instead of" (an article between: "instead of a 30 euro taxi"). */
export function comparedAt(scan: Scan, a: AmountItem): boolean {
  const end = DETERMINERS.has(norm(scan, a.start - 1)) ? a.start - 1 : a.start;
  return INSTEAD.some((words) => words.every((w, j) => norm(scan, end - words.length + j) === w));
}

export function dropComparedAmounts(scan: Scan): void {
  const live = scan.amounts.filter((a) => !a.dropped && !a.quantity);
  if (live.length < 2) return;
  const compared = live.filter((a) => comparedAt(scan, a));
  if (compared.length === 0 || compared.length === live.length) return;
  for (const a of compared) a.dropped = true;
}
