import type { Clause } from './clauses.ts';
import { personAt } from './person-or-body.ts';
import type { Scan } from './scan-types.ts';
import { wordSet } from './word-sets.ts';

/*
 * A debt to a person that the speaker paid (issue 29, round 15): « j'ai réglé ma dette à Julien »,
 * "settled my debt with Oscar", "paid Tom what I owed him", « j'ai payé à Camille ce que je lui
 * devais » give money back, a repayment. A debt to a bank names no person (« ma dette à la banque »,
 * "my car loan": spent, movement-frames.ts namesDebt), and money owed for a thing named (« je lui
 * devais ma place de concert ») is the speaker's expense.
 */
const word = (scan: Scan, i: number) => scan.tokens[i]?.norm ?? '';

/** Past forms only: « je vais régler », "need to pay" are plans, not money moved. */
const PAID = wordSet(
  'regle|reglee|paye|payee|rembourse|remboursee|rendu|donne|vire|envoye|solde|soldee|' +
    'settled|paid|repaid|gave|sent|handed|transferred|cleared',
);
const NOT = wordSet("pas|jamais|not|never|didn't|didnt|haven't|havent|hasn't|hasnt|yet");
const DEBT = wordSet('dette|dettes|debt|debts');
const SPEAKER = wordSet("je|j'|i");
const TO_WHOM = wordSet('lui|leur|him|her|them');

/** « ce que je (lui) devais », "what I owed (him)", "the money I owed": a debt of the speaker's, now past. */
const speakerOwed = (scan: Scan, i: number) =>
  (word(scan, i) === 'devais' &&
    (SPEAKER.has(word(scan, i - 1)) || (TO_WHOM.has(word(scan, i - 1)) && SPEAKER.has(word(scan, i - 2))))) ||
  (word(scan, i) === 'owed' && word(scan, i - 1) === 'i');

/** A person named in tokens[from, to): a word for one (« mon frère », "my mate") or a name. */
function personIn(scan: Scan, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (personAt(scan, i) && word(scan, i) !== 'i') return true;
  return false;
}

/** Whether the speaker paid a debt of theirs to a person in `range`, with nothing bought named in it. */
export function speakerPaidDebt(
  scan: Scan,
  range: Clause,
  pays: (from: number, to: number) => boolean,
): boolean {
  let paid = -1;
  for (let i = range[0]; i < range[1] && paid < 0; i++)
    if (PAID.has(word(scan, i)) && ![1, 2, 3].some((k) => NOT.has(word(scan, i - k)))) paid = i;
  if (paid < 0 || pays(range[0], range[1])) return false;
  for (let i = paid + 1; i < range[1]; i++) {
    if (speakerOwed(scan, i)) return true;
    if (DEBT.has(word(scan, i)) && personIn(scan, i + 1, range[1])) return true;
  }
  return false;
}
