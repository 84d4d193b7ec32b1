import { clausesOf } from './clauses.ts';
import { isPersonWord } from './movement-parties.ts';
import { type AmountItem, Role, type Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import type { Mark } from './types.ts';

/**
 * Money said that is held, not spent (issue 29, round 14): what is left (« il me reste 20 € »,
 * "40 euros left"), a balance (« mon solde est de 340 € », "my balance is 85 euros"), what sits in
 * an account (« j'ai 1 500 € sur mon livret », "I've got 200 in the account"), a limit (« un
 * plafond de 1 000 € », "a limit of 100 euros", « découvert autorisé ») and the price of a thing
 * saved up for (« j'économise pour une console à 500 € », "saving up for a 400 euro camera"). Read
 * before movements: such money did not move either ("40 euros left until payday" is no pay). The
 * amount is kept, flagged `not_paid`, never counted and never dropped.
 */
const norm = (scan: Scan, i: number) => scan.tokens[i]?.norm ?? '';
const verbIn = (scan: Scan, from: number, to: number) =>
  scan.marks.some((m) => m.mark === 'verb' && m.start >= from && m.start < to);

/** « il me reste », « il nous restait », « me restent »: what is left to the speaker (« le reste » is a noun). */
const LEFT_FR = new Set(['reste', 'restait', 'restent', 'restaient', 'restera']);
const LEFT_TO = new Set(['me', "m'", 'nous', 'il']);
/** "30 euros left", "40 left over", "60 remaining": said right after the money. */
const LEFT_EN = new Set(['left', 'remaining', 'leftover']);
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
const OWN = new Set(['mon', 'ma', 'notre', 'my', 'our', 'account', 'bank', 'current']);
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
const SAVING = new Set(['economise', 'economiser', 'economisons', 'saving', 'save', 'cote']);

function leftToSpeaker(scan: Scan, seg: Segment, amount: AmountItem): boolean {
  if (LEFT_EN.has(norm(scan, amount.end))) return true;
  for (let i = seg.start; i < seg.end; i++) {
    if (LEFT_FR.has(norm(scan, i)) && LEFT_TO.has(norm(scan, i - 1))) return true;
    // « j'ai touché mon solde de tout compte » is the last pay, come in.
    if (BALANCE.has(norm(scan, i)) && (OWN.has(norm(scan, i - 1)) || norm(scan, i + 1) === 'du'))
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
  return false;
}

export function heldNotSpent(scan: Scan, seg: Segment): boolean {
  const amount = seg.amount;
  if (!amount) return false;
  return (
    leftToSpeaker(scan, seg, amount) ||
    heldInAccount(scan, amount) ||
    limitSaid(scan, seg, amount) ||
    savingFor(scan, seg, amount)
  );
}

/**
 * A price seen and left (« trop cher », "way too expensive", "overpriced") when nothing in the
 * segment pays, and an order or a booking cancelled (« la commande de 89 € a été annulée », "I
 * cancelled the 30 euro subscription") in the amount's own clause or with nothing paid.
 */
const DEAR = new Set(['cher', 'chere', 'chers', 'cheres', 'expensive', 'pricey', 'overpriced', 'dear']);
const TOO = new Set(['trop', 'too', 'way']);
const CANCELLED = new Set('annule|annulee|annules|annulees|cancelled|canceled'.split('|'));

export function leftOrCancelled(scan: Scan, seg: Segment): boolean {
  const amount = seg.amount;
  if (!amount) return false;
  const pays = verbIn(scan, seg.start, seg.end);
  const own = clausesOf(scan).find(([s, e]) => amount.start >= s && amount.start < e) ?? [seg.start, seg.end];
  // "I took the bus instead of a 30 euro taxi": the only money said is the one not spent.
  if (comparedAt(scan, amount)) return true;
  for (let i = seg.start; i < seg.end; i++) {
    const word = norm(scan, i);
    if (!pays && (word === 'overpriced' || (DEAR.has(word) && TOO.has(norm(scan, i - 1))))) return true;
    if (CANCELLED.has(word) && (!pays || (i >= own[0] && i < own[1]))) return true;
  }
  return false;
}

/**
 * « je vais m'acheter une tablette à 300 € », « on va prendre le forfait », « le loyer va passer à
 * 780 € », « je la paierai à la fin du mois »: money to be spent later, with no day said (a day said
 * makes it `future_date`), and money wanted or needed.
 */
const GOING = new Set(['vais', 'va', 'allons', 'vont']);
const OBJECT_PRONOUNS = new Set([
  "m'",
  'me',
  "s'",
  'se',
  'nous',
  'le',
  'la',
  'les',
  "l'",
  'lui',
  'leur',
  'en',
]);
const INFINITIVE = /(er|ir|re|oir)$/;
const GETTING_BACK = new Set(['rembourser', 'recuperer', 'toucher', 'recevoir', 'rendre']);
const LATER_PAY = new Set(
  'paierai|payerai|paierons|payerons|reglerai|reglerons|acheterai|acheterons|prendrai|prendrons|depenserai|verserai'.split(
    '|',
  ),
);

export function spentLater(scan: Scan, seg: Segment): boolean {
  if (wanted(scan, seg)) return true;
  for (let i = seg.start; i < seg.end; i++) {
    const word = norm(scan, i);
    if (LATER_PAY.has(word)) return true;
    // « le loyer va passer à 780 € », « ça va coûter 300 € »; « ça va faire 12 € » is the price now.
    if (!GOING.has(word) || (norm(scan, i - 1) === 'ca' && norm(scan, i + 1) === 'faire')) continue;
    let k = i + 1;
    while (OBJECT_PRONOUNS.has(norm(scan, k))) k++;
    // « je vais me faire rembourser », « je vais en récupérer une partie »: money coming back, an aside.
    if (GETTING_BACK.has(norm(scan, k)) || GETTING_BACK.has(norm(scan, k + 1))) continue;
    if (scan.tokens[k]?.kind === 'word' && INFINITIVE.test(norm(scan, k)) && scan.roles[k] !== Role.Amount)
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
const ARTICLES = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', 'les', "l'"]);
/** The amount is said after « au lieu de », "instead of" (an article between: "instead of a 30 euro taxi"). */
export function comparedAt(scan: Scan, a: AmountItem): boolean {
  const end = ARTICLES.has(norm(scan, a.start - 1)) ? a.start - 1 : a.start;
  return INSTEAD.some((words) => words.every((w, j) => norm(scan, end - words.length + j) === w));
}

export function dropComparedAmounts(scan: Scan): void {
  const live = scan.amounts.filter((a) => !a.dropped && !a.quantity);
  if (live.length < 2) return;
  const compared = live.filter((a) => comparedAt(scan, a));
  if (compared.length === 0 || compared.length === live.length) return;
  for (const a of compared) a.dropped = true;
}

/**
 * « j'ai trouvé un billet de 20 € par terre », "found 20 euros in my old coat", « retrouvé 10 € dans
 * ma poche »: money found is money that came in. The money itself is found: the amount right after
 * the verb, or after a note or a coin (« une lampe à 15 € trouvée » is bought).
 */
const FOUND = new Set(['trouve', 'retrouve', 'trouvee', 'retrouvee', 'found', 'finding']);
const FOUND_GAP = new Set(
  "un|une|a|an|billet|billets|piece|pieces|de|d'|note|notes|bill|coin|coins|the|some|deux|two".split('|'),
);
export function foundMoney(scan: Scan, amount: AmountItem): boolean {
  for (let i = amount.start - 1; i >= Math.max(0, amount.start - 4); i--) {
    if (FOUND.has(norm(scan, i))) return true;
    if (!FOUND_GAP.has(norm(scan, i))) return false;
  }
  return false;
}

/**
 * « j'ai filé 20 balles à mon frère », "gave my sister 30 euros", « j'ai donné 5 € à un SDF »: money
 * handed to a person with nothing named is given, a present (the sets' convention: money given is an
 * expense of gifts; sent, « envoyé », to family it is a transfer, movement-words.ts; a return said,
 * « il me les rend samedi », makes it a loan, read before this).
 */
const HANDED = new Set(['file', 'refile', 'donne', 'gave', 'given', 'handed', 'slipped']);
const TO_PERSON = new Set(['mon', 'ma', 'mes', 'notre', 'nos', 'my', 'our', 'un', 'une', 'a', 'an', 'the']);
const HOMELESS = new Set(['sdf', 'mendiant', 'mendiante', 'homeless', 'beggar', 'busker', 'musicien']);
export function handedToPerson(scan: Scan, seg: Segment, amount: AmountItem): boolean {
  let verb = -1;
  for (let i = seg.start; i < amount.start; i++) if (HANDED.has(norm(scan, i))) verb = i;
  // « mon père m'a filé 100 balles »: handed to the speaker is money in (movements.ts).
  if (verb < 0 || norm(scan, verb - 1) === "m'" || norm(scan, verb - 1) === 'me') return false;
  for (let i = verb + 1; i < seg.end; i++) {
    if (!TO_PERSON.has(norm(scan, i))) continue;
    const who = norm(scan, i + 1);
    if (isPersonWord(who) || HOMELESS.has(who)) return true;
  }
  return false;
}

/**
 * « je veux m'acheter un manteau à 200 € », "I want to buy a new phone", « j'ai besoin d'un
 * matelas, 500 € », "need a new boiler": a want or a need, not money spent (an order to the app,
 * « je veux ajouter … », is a command, read elsewhere).
 */
const WANT = new Set(['veux', 'voulons', 'want', 'wanna', 'wants']);
function wanted(scan: Scan, seg: Segment): boolean {
  for (let i = seg.start; i < seg.end; i++) {
    const word = norm(scan, i);
    if (WANT.has(word)) {
      let k = word === 'want' && norm(scan, i + 1) === 'to' ? i + 2 : i + 1;
      while (OBJECT_PRONOUNS.has(norm(scan, k))) k++;
      // « je veux dire 45 » corrects; « je veux ajouter … » is an order to the app.
      const command =
        norm(scan, k) === 'dire' || scan.marks.some((m) => m.start === k && m.mark === 'command');
      if (
        !command &&
        scan.tokens[k]?.kind === 'word' &&
        (scan.lang === 'en' || INFINITIVE.test(norm(scan, k)))
      )
        return true;
    }
    if (word === 'besoin' && /^(ai|avons|aurais|aurait)$/.test(norm(scan, i - 1))) return true;
    if ((word === 'need' || word === 'needs') && !verbIn(scan, seg.start, seg.end)) return true;
  }
  return false;
}

/** « rappelle-moi de payer le loyer », "remind me", a shopping list: an order to remind, no expense. */
const REMIND =
  /^(rappelle|rappelle moi|rappelle toi|fais moi penser|n'oublie pas|noublie pas|oublie pas|remind me|don't forget|dont forget|do not forget|todo|a faire|liste de courses|shopping list)$/;
export const askedToRemind = (scan: Scan, seg: Segment) =>
  scan.marks.some(
    (m) =>
      m.mark === 'reminder' &&
      m.start >= seg.start &&
      m.start < seg.end &&
      REMIND.test(
        scan.tokens
          .slice(m.start, m.end)
          .map((t) => t.norm)
          .join(' ')
          .replace(/' /g, "'"),
      ),
  );
