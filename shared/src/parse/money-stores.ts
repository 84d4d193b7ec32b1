import type { Clause } from './clauses.ts';
import { matchCurrency } from './currencies.ts';
import { determinersAnd } from './determiners.ts';
import { Role, type Scan } from './scan-types.ts';
import { word } from './scan-word.ts';
import { wordsOf } from './tokenize.ts';
import type { Mark } from './types.ts';
import { wordSet } from './word-sets.ts';

/**
 * Money put into a store of one's own (a bank account, a payment app, savings, a piggy bank) or
 * changed into another currency: it moved, it was not spent (a transfer). A pass or a phone line
 * topped up is spent on what it buys, so it is no store.
 */

/** Stores of one's own money: a top-up or a deposit there moves money, it buys nothing. */
const STORES = wordSet(
  'revolut|lydia|paypal|n26|wise|lyf|monzo|starling|curve|skrill|compte|comptes|account|accounts|balance|' +
    'wallet|portefeuille|tirelire|piggy|' +
    // France's regulated savings accounts (« livret A », LDDS, LEP, PEL, CEL) and a share account (PEA).
    'livret|epargne|savings|isa|pea|pel|cel|ldds|lep|vie|joint|banque|bank|prepayee|prepaid|fund|fonds|pot',
);
/** « j'ai rechargé », « alimenté », "topped up", "added", "moved", « versé », « déposé », « placé ». */
const PUTS = wordSet(
  'recharge|rechargee|alimente|alimentee|approvisionne|credite|topped|top|added|add|moved|move|put|' +
    'verse|depose|place|transfere|deposited|deposit|paid|versement|mis|mets|shifted|shift',
);
const INTO = wordSet('sur|dans|a|au|vers|into|to|in|on|onto|with|de');
const SET_ASIDE_VERBS = wordSet('mis|mets|put|putting|set|setting');
/** A store named before one of these is the one topped up (« compte Lydia rechargé »). */
const PARTICIPLES = wordSet('recharge|rechargee|alimente|alimentee|credite');
const CHANGED = wordSet('change|changes|changed|exchanged|converti|converted');
/** The words without one of which neither `topUp` (a store named) nor `exchanged` holds: most segments say none. */
export const STORE_FRAME_WORDS: ReadonlySet<string> = new Set([
  ...SET_ASIDE_VERBS,
  ...PUTS,
  ...CHANGED,
  ...STORES,
  'away',
  'aside',
]);

/**
 * « j'ai rechargé ma carte Revolut de 100 € », "Added 25 euros to my PayPal balance", « j'ai
 * versé 1 000 € sur mon assurance-vie », « déposé 200 € en liquide à la banque »: money put into
 * a store of one's own. A pass or a phone line topped up (Navigo, Oyster) is spent on what it buys.
 */
export function topUp(scan: Scan, clause: Clause): boolean {
  for (let i = clause[0]; i < clause[1]; i++) {
    // « mis 300 € de côté », "put 50 euros aside": savings, whatever is between.
    if (SET_ASIDE_VERBS.has(word(scan, i)) && setAside(scan, i + 1, clause[1])) return true;
    if (!PUTS.has(word(scan, i))) continue;
    // « compte Lydia rechargé de 40 € »: the store named before its participle.
    if (PARTICIPLES.has(word(scan, i)))
      for (let j = Math.max(clause[0], i - 3); j < i; j++) if (STORES.has(word(scan, j))) return true;
    // "paid in", "paid 300 euros cash into my account": paid into a store, not paid for a thing.
    if (word(scan, i) === 'paid' && !paidInto(scan, i + 1, clause[1])) continue;
    // The store is the verb's object (« rechargé ma carte Revolut ») or comes after « sur », "into".
    let into = false;
    for (let j = i + 1; j < clause[1]; j++) {
      const w = word(scan, j);
      if (INTO.has(w) || w === 'liquide' || w === 'cash') into = true;
      // « assurance-vie », « carte prépayée », "prepaid card": a line or a plan prepaid is a service.
      if (storeAt(scan, j) && (into || j - i <= 4)) return true;
    }
  }
  return storedAway(scan, clause);
}

/** A store of one's own money at tokens[j]. */
function storeAt(scan: Scan, j: number): boolean {
  const w = word(scan, j);
  return (
    STORES.has(w) &&
    (w !== 'vie' || word(scan, j - 1) === 'assurance') &&
    (w !== 'prepayee' || word(scan, j - 1) === 'carte') &&
    (w !== 'prepaid' || word(scan, j + 1) === 'card') &&
    // "the rainy day fund", "my emergency fund", a bank's "rainy-day pot", « mon fonds d'urgence »: a
    // fund of one's own, not a charity's, nor a collection (« un pot de départ », "the pot for Sarah's gift").
    ((w !== 'fund' && w !== 'pot' && w !== 'fonds') ||
      /^(day|rainy-day|emergency|savings|holiday|my|our|mon|notre)$/.test(word(scan, j - 1)))
  );
}

const INTO_STORE = wordSet('in|into|dans|sur');
/** A store followed by one of these is someone else's or a fee (« le compte de self », "bank charges"). */
const NOT_OWN_AFTER = /^(de|du|des|of|for|charges?|fees?)$/;
/** Phrasal verbs whose "away" says the money is gone: give, throw, blow, gamble, waste, lose it away. */
const GONE_AWAY = /^(gave|give|giving|threw|blew|gambled|wasted|lost|frittered)$/;
/** Marks that tell nothing of who gave or what was bought. */
const NEUTRAL = /^(correction|hedge|filler|transfer|sep)$/;
/** Whether a mark in the clause before tokens[at] tells of another giver or a purchase. */
const givenOrBoughtBefore = (scan: Scan, clause: Clause, at: number) =>
  scan.marks.some((m) => !NEUTRAL.test(m.mark) && m.start >= clause[0] && m.start < at);
/**
 * "tucked 90 away in the rainy day pot", "stashed 200 in the emergency fund": the speaker's own verb,
 * the amount, then « dans », "in" a store of one's own, or "away", "aside", whatever the verb. Not when another giver or
 * a purchase is said before the store ("payday, 2,400 euros landed in my account", « la banque a
 * débloqué le prêt, 5 000 € sur mon compte », "paid 12 euros in bank charges"): money put there by
 * someone else came in, it was not kept by the speaker.
 */
/** Only a day or a time said in tokens[from, to): « ce matin », « comme tous les mois », "every month". */
const onlyWhen = (scan: Scan, from: number, to: number) =>
  scan.tokens
    .slice(from, to)
    .every(
      (t, k) =>
        scan.roles[from + k] === Role.Date ||
        /^(comme|tous|chaque|les|mois|every|each|month|as|usual)$/.test(t.norm),
    );
function storedAway(scan: Scan, clause: Clause): boolean {
  for (let i = clause[0]; i < clause[1]; i++) {
    if (scan.tokens[i]?.kind !== 'num') continue;
    // The verb, and the speaker at most, before the amount: « j'ai planqué 100 € », "I stashed 200";
    // when said first, only a time and a pause (« comme tous les mois, 100 € sur l'assurance-vie »).
    let from = i;
    while (from > clause[0] && scan.tokens[from - 1]?.kind !== 'punct') from--;
    if (i - from > 3 || (from > clause[0] && !onlyWhen(scan, clause[0], from - 1))) return false;
    // "tucked 120 away", "popped 50 aside": put by, the store unsaid. Not money gone ("gave 20 away",
    // "blew 40 away on scratch cards").
    const by = [i + 1, i + 2].find((j) => /^(away|aside)$/.test(word(scan, j)));
    if (by)
      return (
        !GONE_AWAY.test(word(scan, i - 1)) &&
        !/^(on|to|at)$/.test(word(scan, by + 1)) &&
        !givenOrBoughtBefore(scan, clause, by)
      );
    let j = i + 1;
    while (j < clause[1] && j < i + 4 && !INTO_STORE.has(word(scan, j))) j++;
    // « renvoyé 18 € à Baptiste sur Lydia », "sent 20 to Tom on Revolut": given to one, by the app.
    if (!INTO_STORE.has(word(scan, j)) || /(^| )(a|to)( |$)/.test(wordsOf(scan.tokens, i + 1, j))) continue;
    for (let k = j + 1; k < Math.min(clause[1], j + 5); k++) {
      if (!storeAt(scan, k) || NOT_OWN_AFTER.test(word(scan, k + 1))) continue;
      return !givenOrBoughtBefore(scan, clause, k);
    }
  }
  return false;
}

export const APPS = wordSet('lydia|wero|paylib|paypal|revolut|venmo|twint|bizum|satispay');
const PAID = wordSet('paye|payee|regle|reglee|paid|settled');
const THING_PAID = determinersAnd('au');
/**
 * « j'ai payé le maraîcher par Wero », "paid the market stall with Wero": an app used to pay a thing
 * or a shop is spent on it; sent to a person (« un Wero à Thomas », « payé Julien par Lydia ») it moves.
 */
export function paidWithApp(scan: Scan, clause: Clause, at: number): boolean {
  if (!APPS.has(word(scan, at)) || !/^(par|avec|via|with|on|sur|through|using)$/.test(word(scan, at - 1)))
    return false;
  for (let i = clause[0]; i < at - 1; i++)
    if (PAID.has(word(scan, i)) && THING_PAID.has(word(scan, i + 1))) return true;
  return false;
}

/** « j'ai changé 200 € en livres », "changed 100 euros into dollars": money exchanged, still one's own. */
export function exchanged(scan: Scan, clause: Clause): boolean {
  for (let i = clause[0]; i < clause[1]; i++) {
    if (!CHANGED.has(word(scan, i))) continue;
    for (let j = i + 1; j < clause[1] - 1; j++)
      if (/^(en|into|for)$/.test(word(scan, j)) && matchCurrency(scan.tokens, j + 1)) return true;
  }
  return false;
}

/** "paid in 200 euros", "paid 300 euros cash into my account": « into » a store named right after it. */
const paidInto = (scan: Scan, from: number, to: number) => {
  if (/^(in|into)$/.test(word(scan, from))) return true;
  for (let i = from; i < Math.min(to, from + 6); i++)
    if (word(scan, i) === 'into')
      for (let j = i + 1; j < Math.min(to, i + 4); j++) if (STORES.has(word(scan, j))) return true;
  return false;
};

const setAside = (scan: Scan, from: number, to: number) => {
  for (let i = from; i < to; i++) {
    const w = word(scan, i);
    if ((w === 'de' && word(scan, i + 1) === 'cote') || w === 'aside') return true;
  }
  return false;
};

const MACHINES = /^(distributeur|au distributeur|dab|atm|cash machine|cashpoint)$/;
/** The cash machines by their last word (« le DAB », "the hole in the wall"), read wherever cash is taken. */
const CASH_MACHINES = wordSet('machine|atm|cashpoint|distributeur|dab|wall');
const CASH = wordSet('liquide|especes|cash|billets|out');
const WITHDRAWN =
  /^(j' ai retire|retire|retrait|withdrew|withdrawal|took out|retire en liquide|sorti du liquide)$/;

/**
 * « j'ai sorti 40 € en liquide pour le marché », "took out 60 euros": cash taken out, whatever it is
 * for; « sorti » alone may be money spent (« j'ai sorti 20 € pour le resto »), and so may "drew"
 * ("drew 80 in cash from the machine"), so only with cash said.
 */
export function cashTakenOut(scan: Scan, marks: readonly { start: number; end: number }[], to: number) {
  return marks.some((m) => {
    const said = wordsOf(scan.tokens, m.start, m.end);
    if (WITHDRAWN.test(said)) return true;
    if (!/(sorti|drew)$/.test(said)) return false;
    // Cash said, or the machine it came out of (« j'ai sorti 80 € au distributeur pour le marché »).
    for (let i = m.end; i < Math.min(to, m.end + 5); i++)
      if (CASH.has(word(scan, i)) || CASH_MACHINES.has(word(scan, i))) return true;
    return false;
  });
}

/**
 * "got 200 cash from the machine for the flea market", "pulled 60 out at the BNP machine": cash
 * or "out" right after the amount, then the machine it came from in its clause: one's own money
 * taken out, whatever it is for ("a coffee from the machine, 2" says no cash).
 */
export function cashFromMachine(scan: Scan, amount: { end: number; cents: number }, clause: Clause) {
  // A machine gives notes: 10 and more, in tens ("5 cash for the car wash machine" bought a wash).
  if (!/^(cash|out)$/.test(word(scan, amount.end)) || amount.cents % 1000 !== 0) return false;
  for (let i = amount.end + 1; i < clause[1] && !/^(for|pour)$/.test(word(scan, i)); i++)
    if (CASH_MACHINES.has(word(scan, i))) return true;
  return false;
}

/**
 * « trois balles la canette au distributeur »: a cash machine gives notes, so a sum that is no
 * multiple of 10 (or under 10) taken from a « distributeur » was bought from a vending machine, and
 * so was any sum at one named by what it sells (« au distributeur de boissons »).
 */
export function vendingMachine(
  scan: Scan,
  marks: readonly { start: number; end: number; mark: Mark }[],
  cents: number,
) {
  const transfers = marks.filter((m) => m.mark === 'transfer');
  return (
    transfers.length > 0 &&
    transfers.every((m) => MACHINES.test(wordsOf(scan.tokens, m.start, m.end))) &&
    (cents < 1000 || cents % 1000 !== 0 || transfers.every((m) => sells(scan, m.end)))
  );
}

/**
 * « distributeur de boissons », « de snacks », « de café »: a machine named by what it sells is a
 * vending machine, whatever the sum; « distributeur de billets », « de la gare », « du Crédit
 * Agricole » give notes.
 */
const sells = (scan: Scan, i: number) =>
  /^(de|d')$/.test(word(scan, i)) &&
  scan.tokens[i + 1]?.kind === 'word' &&
  !/^(la|le|l'|les|billets?|banque|ma|mon|sa|son)$/.test(word(scan, i + 1));
