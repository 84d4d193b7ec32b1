import type { Clause } from './clauses.ts';
import { DETERMINERS } from './determiners.ts';
import { isGivenName } from './given-names.ts';
import { PAYING } from './movement-frames.ts';
import { BENEFIT_BODIES, type MoneyFrom } from './movement-givers.ts';
import { BODIES, INSURERS, isPersonWord } from './movement-parties.ts';
import type { Scan } from './scan-types.ts';
import { word } from './scan-word.ts';
import type { Segment } from './segments.ts';
import { wordsOf } from './tokenize.ts';
import { wordSet } from './word-sets.ts';

/** « virés », « versés », « reversés », « envoyés », « transférés »: participles of money given. */
const GIVEN = /^(vire|verse|reverse|envoye|transfere)e?s?$/;
/** « payé par ma locataire », "paid by the buyer": one who pays the speaker for a let or a sale, never a treat. */
const LET_OR_SALE = /^(locataire|tenant|lodger|acheteu|buyer)/;
/** Who pays what is owed for work or by right: their money given is earned. */
const PAYERS = wordSet('boite|entreprise|company|etat|mairie|urssaf|council|caisse');

/**
 * « 300 € virés par mon père », « 150 € versés par la CAF », « 120 € reversés par la mutuelle »,
 * « 150 € reversés par Vinted »: money said, then a participle of giving and its giver after
 * « par », came in as the active « mon père m'a viré 300 € » does — an insurer's given back
 * ('undone'), a payer's or a body's earned, a person's as got from one of one's own ('own'). « par »
 * before anything else (« versés par virement », « par mois », « par carte ») says no giver, and
 * « remboursés par » is a payback (clauses.ts). null when the words are not these.
 */
export function givenBy(scan: Scan, amount: NonNullable<Segment['amount']>, clause: Clause): MoneyFrom {
  // "300 paid in by my dad": paid into the speaker's account ("paid by" alone is someone paying).
  const paidIn = wordsOf(scan.tokens, amount.end, amount.end + 3) === 'paid in by';
  if (paidIn || (GIVEN.test(word(scan, amount.end)) && word(scan, amount.end + 1) === 'par'))
    return agentAt(scan, amount.end + (paidIn ? 3 : 2), clause[1]);
  // « l'aide au logement versée par la CAF, 210 € »: the participle before the amount says who paid
  // it only when that is a payer or an insurer (« le colis envoyé par Amazon, 30 € » is bought).
  // « le loyer payé par ma locataire, 550 € »: paid by a tenant or a buyer, the speaker's let or sale.
  for (let k = amount.start - 2; k >= Math.max(0, amount.start - 8); k--)
    if (/^(payee?s?|paid)$/.test(word(scan, k)) && /^(par|by)$/.test(word(scan, k + 1))) {
      if (LET_OR_SALE.test(word(scan, k + 3)) || LET_OR_SALE.test(word(scan, k + 2))) return 'earned';
    } else if (GIVEN.test(word(scan, k)) && word(scan, k + 1) === 'par') {
      const from = agentAt(scan, k + 2, amount.start);
      return from === 'earned' || from === 'undone' ? from : null;
    }
  return null;
}

/** Who gave money, named at tokens[i] after « par », "by" (an article skipped), before `end`. */
function agentAt(scan: Scan, i: number, end: number): MoneyFrom {
  if (DETERMINERS.has(word(scan, i)) || /^(l'|the)$/.test(word(scan, i))) i++;
  if (i >= end) return null;
  const w = word(scan, i);
  if (INSURERS.has(w)) return 'undone';
  if (BENEFIT_BODIES.has(w) || PAYING.has(w) || PAYERS.has(w)) return 'earned';
  if (isPersonWord(w) || isGivenName(w)) return 'own';
  if (BODIES.has(w)) return 'undone';
  // « par Vinted », « par Leboncoin », « par Mme Petit »: a name gave it, a shop's too (as « Vinted
  // m'a versé 150 € » is read).
  const t = scan.tokens[i];
  return t?.kind === 'word' && /^\p{Lu}/u.test(t.raw) ? 'own' : null;
}
