import { knownPhraseEnd } from './category-tables.ts';
import type { Clause } from './clauses.ts';
import { SPEAKERS_OWN } from './determiners.ts';
import { isGivenName } from './given-names.ts';
import { isAcronym } from './movement-frames.ts';
import { BODIES, isPersonWord, PEOPLE } from './movement-parties.ts';
import { Role, type Scan } from './scan-types.ts';
import { wordsOf } from './tokenize.ts';
import type { MovementKind } from './types.ts';

/**
 * Whether the one money moved with is a person or a body: who paid back (a person repays, a shop
 * or a body refunds), who a refund came from, who a loan went to.
 */

/** Who paid back: the words of the clause before "m'a remboursé" ("Marie", "mon frère", "Amazon"). */
export function paidBackKind(
  scan: Scan,
  clause: Clause,
  at: number,
  isKeyword: (i: number) => boolean,
): MovementKind {
  const company = namedCompany(scan, clause, at);
  if (company !== undefined) return company ? 'refund' : 'repayment';
  if (joinedName(scan, clause[0])) return 'refund';
  for (let i = clause[0]; i < at; i++) {
    const t = scan.tokens[i];
    if (t?.kind !== 'word') continue;
    if (BODIES.has(t.norm) || isKeyword(i) || isAcronym(scan, i)) return 'refund';
    if (isPersonWord(t.norm)) return 'repayment';
  }
  // A name ("Julien m'a remboursé"): a capitalised word that names no shop; one with a capital
  // inside it ("PayPal", « BlaBlaCar ») is a brand's way of writing, no person's, and so is one no
  // given name is before a shop's verb (« Intersport m'a remboursé »; « Mathis m'a renvoyé » a person's).
  for (let i = clause[0]; i < at; i++) {
    const t = scan.tokens[i];
    if (t?.kind === 'word' && /^\p{Lu}/u.test(t.raw) && scan.roles[i] === Role.Free)
      return /^.\p{Ll}+\p{Lu}/u.test(t.raw) ||
        (!isGivenName(t.norm) && REFUNDED.test(wordsOf(scan.tokens, at, at + 3)))
        ? 'refund'
        : 'repayment';
  }
  return 'refund';
}

/** « m'a remboursé », "refunded": a shop's verb, said after a name no given name is (« Intersport m'a remboursé »). */
const REFUNDED = /rembours|refund|gave/;

/**
 * « Leroy Merlin m'a remboursé », "Basic-Fit gave me back": a name of two capitalised words before
 * the verb is a company's (true), even opening the sentence, unless it is a given name and a surname
 * (« Marie Dupont ») that are no brand's words (false); undefined when none is said.
 */
export function namedCompany(scan: Scan, clause: Clause, at: number): boolean | undefined {
  for (let i = clause[0]; i < at - 1; i++)
    if (
      capitalised(scan, i) &&
      capitalised(scan, i + 1) &&
      !LEADS.has(scan.tokens[i]?.norm ?? '') &&
      !isPersonWord(scan.tokens[i]?.norm ?? '') &&
      !isPersonWord(scan.tokens[i + 1]?.norm ?? '')
    )
      return !personNamed(scan, i);
  return undefined;
}

/**
 * « Marie Dupont », "Sarah Johnson": a given name (lexicon-given-names.ts) then a capitalised word,
 * the two no phrase a table knows (« Leroy Merlin », « Yves Rocher », "John Lewis" are brands;
 * « jean » alone is a pair of jeans, and « Jean Dupuis » a person) and the second no acronym.
 */
function personNamed(scan: Scan, i: number): boolean {
  return (
    isGivenName(scan.tokens[i]?.norm ?? '') &&
    knownPhraseEnd(scan.tokens, i) < i + 2 &&
    !isAcronym(scan, i + 1)
  );
}

/**
 * "Marks and Spencer refunded me", « Nature et Découvertes m'a remboursé »: the clause starts after
 * « et », "and", so the name's first half is before it. Two capitalised words so joined name a
 * company, unless both are given names (« Marie et Paul m'ont remboursé »).
 */
function joinedName(scan: Scan, start: number): boolean {
  const first = scan.tokens[start - 2];
  return (
    /^(and|et|&)$/.test(scan.tokens[start - 1]?.norm ?? '') &&
    capitalised(scan, start - 2) &&
    capitalised(scan, start) &&
    !(isGivenName(first?.norm ?? '') && isGivenName(scan.tokens[start]?.norm ?? ''))
  );
}

/** Words that open a sentence with a capital before a person's name: « Hier Marie m'a remboursé ». */
const LEADS = new Set(
  'bon|alors|hier|euh|donc|et|enfin|bref|ah|oh|tiens|ok|so|and|well|yesterday|today|finally|then'.split('|'),
);
export const personAt = (scan: Scan, i: number) =>
  isPersonWord(scan.tokens[i]?.norm ?? '') ||
  capitalised(scan, i) ||
  (SPEAKERS_OWN.has(scan.tokens[i]?.norm ?? '') && isPersonWord(scan.tokens[i + 1]?.norm ?? ''));
const capitalised = (scan: Scan, i: number) =>
  scan.tokens[i]?.kind === 'word' &&
  /^\p{Lu}/u.test(scan.tokens[i]?.raw ?? '') &&
  scan.roles[i] === Role.Free;

/** "… de Paul", "… from my brother": the words after a refund name a person. */
export function fromPerson(
  scan: Scan,
  at: number,
  clause: Clause,
  isKeyword: (i: number) => boolean,
): boolean {
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
