import type { Clause } from './clauses.ts';
import { personAt } from './person-or-body.ts';
import type { Scan } from './scan-types.ts';
import { wordsOf } from './tokenize.ts';
import { wordSet } from './word-sets.ts';

/**
 * A pay word (« salaire », « paie », "wages", "salary") that names someone else's pay, paid by the
 * speaker: a household's employee's (« le salaire de la nounou », "the nanny's wages"), spent, where
 * « salaire du mois », « de la boîte », "this month's wages" and "my wages" are the speaker's income.
 * movement-of-mark.ts asks these before it reads a pay word as money come in.
 */

/**
 * The people a household employs (the jobs of Pajemploi and the CESU: a nanny, a childminder, a
 * babysitter, an au pair, a cleaner, a gardener, a carer at home), by the word that names each
 * (« femme de ménage » by « ménage », « aide à domicile » by « aide », "au pair" by "pair").
 */
const EMPLOYED = wordSet(
  'nounou|nourrice|assistante|sitter|babysitter|pair|menage|jardinier|aide|auxiliaire|garde|' +
    'nanny|childminder|cleaner|cleaning|gardener|carer',
);
/** What joins a pay word to whom it pays: « de la », « du », « versé à notre », "of the", "paid to our". */
const JOINS = /^(de|d'|du|of|for|a|to|la|le|l'|the|notre|nos|ma|mon|our|my|verse|paye|vire|paid)$/;
/** The speaker's own pay: « mon salaire », "my wages". */
const OWN = /^(mon|ma|my)$/;

/**
 * Whether the pay word tokens[at, end) is someone else's: an employee named after it (« salaire de
 * la nounou », « salaire nounou », "wages for the cleaning lady"; not « salaire d'aide-soignante »,
 * a job of one's own, nor « mon salaire de … ») or "X's" before it ("nanny's wages"). Any other
 * pay, « de la boîte », « de l'hôpital », « du mois », is the speaker's (the older reading, any
 * « le salaire de la … » someone else's, read a workplace's pay as spent).
 */
export function payOfAnother(scan: Scan, at: number, end: number): boolean {
  if (!/^(salaire|salary|wages|paie|paye)$/.test(wordsOf(scan.tokens, at, end))) return false;
  const before = scan.tokens[at - 1]?.norm ?? '';
  if (OWN.test(before)) return false;
  // "the nanny's wages", "the cleaning lady's pay": the employee's word, or the one before "lady's".
  if (
    before.endsWith("'s") &&
    (EMPLOYED.has(before.slice(0, -2)) || EMPLOYED.has(scan.tokens[at - 2]?.norm ?? ''))
  )
    return true;
  let i = end;
  while (i < end + 3 && JOINS.test(scan.tokens[i]?.norm ?? '')) i++;
  if (i > end + 1 || i === end || !/^(de|d')$/.test(scan.tokens[end]?.norm ?? ''))
    for (let j = i; j < i + (i === end ? 1 : 4) && scan.tokens[j]?.kind === 'word'; j++)
      if (EMPLOYED.has(scan.tokens[j]?.norm ?? '')) return true;
  return false;
}

const PAYING = /^(paid|paye|payee|regle|verse|vire|gave|sent|donne|handed)$/;
/**
 * Someone else's pay paid by the speaker, said « son salaire », "her wages": after a paying verb
 * ("paid the nanny her wages", « versé son salaire à la nounou ») or after the employee named
 * (« la femme de ménage, son salaire de la semaine »).
 */
export function theirPayPaid(scan: Scan, clause: Clause, at: number): boolean {
  if (!/^(his|her|their|son|sa|leur)$/.test(scan.tokens[at - 1]?.norm ?? '')) return false;
  for (let i = 0; i < at - 1; i++) {
    const w = scan.tokens[i]?.norm ?? '';
    if ((i >= clause[0] && PAYING.test(w)) || EMPLOYED.has(w)) return true;
  }
  return false;
}

/**
 * Money a pay or benefit word names, said paid to someone (« la pension alimentaire versée à mon
 * ex », « la pension alimentaire des enfants virée à leur mère », "maintenance paid to my ex"): it left
 * the speaker, for that person.
 */
export function paidToSomeone(scan: Scan, end: number, to: number): boolean {
  for (let i = end; i < Math.min(to - 2, end + 4); i++)
    if (
      /^(versee?|viree?|paid|payee?|sent)$/.test(scan.tokens[i]?.norm ?? '') &&
      /^(a|to)$/.test(scan.tokens[i + 1]?.norm ?? '')
    )
      for (const j of [i + 2, i + 3])
        if (
          personAt(scan, j) ||
          /^ex$/.test(scan.tokens[j]?.norm ?? '') ||
          EMPLOYED.has(scan.tokens[j]?.norm ?? '')
        )
          return true;
  return false;
}
