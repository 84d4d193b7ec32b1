import { Role, type Scan } from './scan-types.ts';

/*
 * « sa part du wifi et du gaz », "his share of the gas and the tolls", « la facture d'eau et
 * d'électricité »: « et », "and" joining two complements of one noun, before any money is said,
 * joins words of one clause; split there, a movement's words (« m'a remis sa part ») were cut off
 * from its amount, read as an expense for the second thing (round v19a, issue 29).
 */

const OF = /^(de|du|des|d'|of)$/;
/** What opens the second complement: « du gaz », « de l'eau », « d'électricité », "the tolls". */
const OPENS = /^(du|des|d'|de|the|of)$/;

/** Whether tokens[i], a separator, joins two complements « de X et de Y ». */
function joinsComplements(scan: Scan, i: number): boolean {
  const { tokens, roles } = scan;
  if (!/^(et|and)$/.test(tokens[i]?.norm ?? '') || !OPENS.test(tokens[i + 1]?.norm ?? '')) return false;
  // The first complement: « du wifi », "of the gas", « de la box », one or two words after « de ».
  const word = (k: number) => tokens[k]?.kind === 'word' && roles[k] === Role.Free;
  if (!word(i - 1) || !word(i + 2)) return false;
  const ofAt = [i - 2, i - 3].find((k) => OF.test(tokens[k]?.norm ?? ''));
  if (ofAt === undefined) return false;
  // Before any money: « 20 € de pain et du fromage 5 € » lists two things bought.
  return !scan.amounts.some((a) => !a.dropped && a.start < i);
}

/** Turns such separators into words of the clause (roles only: segments and clauses read roles). */
export function joinComplements(scan: Scan): void {
  for (let i = 1; i < scan.tokens.length - 2; i++)
    if (scan.roles[i] === Role.Sep && joinsComplements(scan, i)) scan.roles[i] = Role.Free;
}
