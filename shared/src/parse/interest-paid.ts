/**
 * Money that looked like it came in but was taken from the speaker. Taken by whom a note names:
 * « 8 € d'intérêts pris par la banque », "charged by", "deducted by" (moved from
 * movement-of-mark.ts). Interest said of a debt is paid by the speaker, not earned (cats36): « les intérêts du
 * découvert », « intérêts débiteurs », « les intérêts de la carte », "overdraft interest", "interest
 * on the loan", "the card interest". Interest on savings (« les intérêts de mon livret », "interest
 * on my savings") stays money that came in; « crédit » is a loan in French only ("credit interest"
 * is earned). movement-received.ts asks this of an income's mark.
 */
import type { Clause } from './clauses.ts';
import type { Scan } from './scan-types.ts';
import { wordsOf } from './tokenize.ts';

const TAKEN_BY =
  /(^| )(pris|prises?|(preleve|retenu|debite)e?s?|taken|charged|deducted|debited) (par|by)( |$)/;

const DEBT =
  /^(decouvert|debiteurs?|pret|credit|emprunt|carte|revolving|overdraft|loan|mortgage|card|finance|debt)$/;

/**
 * Whether the income's mark at tokens[at, end) was taken from the speaker: by whom the clause names
 * after it, or interest with a debt's word just before it or in the three words after.
 */
export function takenFromSpeaker(scan: Scan, clause: Clause, at: number, end: number): boolean {
  if (TAKEN_BY.test(wordsOf(scan.tokens, end, clause[1]))) return true;
  if (end !== at + 1 || !/^(interets?|interest)$/.test(scan.tokens[at]?.norm ?? '')) return false;
  for (let i = Math.max(clause[0], at - 2); i < Math.min(clause[1], end + 4); i++) {
    const norm = scan.tokens[i]?.norm ?? '';
    if (DEBT.test(norm) && (norm !== 'credit' || scan.lang === 'fr')) return true;
  }
  return false;
}
