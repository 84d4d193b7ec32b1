import type { Clause } from './clauses.ts';
import { isGivenName } from './given-names.ts';
import { isAcronym, namesDebt, PARTS } from './movement-frames.ts';
import { isPersonWord } from './movement-parties.ts';
import { Role, type Scan } from './scan-types.ts';
import type { MovementKind } from './types.ts';
import { wordSet } from './word-sets.ts';

const word = (scan: Scan, i: number) => scan.tokens[i]?.norm ?? '';

/**
 * Money the speaker gave back (« j'ai remboursé Marc », « j'ai rendu les 30 € à Lucie », "I paid
 * Anna back"): to a person, a repayment, for a thing of theirs too (« … à Julie pour le resto »,
 * tests/fixtures/README.md's « Label conventions »); of a debt of one's own or of the speaker's own
 * share (« pour mon billet »), or a thing given back with no person, an expense (null). Undefined
 * when neither is said.
 */
export function speakerPaysBack(
  scan: Scan,
  clause: Clause,
  at: number,
  pays: (from: number, to: number) => boolean,
): MovementKind | null | undefined {
  if (namesDebt(scan, at, clause[1])) return null;
  // A person paid back for a thing (« remboursé Léon pour le ciné ») settles the person's outlay;
  // the speaker's own share named (« pour mon billet », "for my half") is the speaker's spending.
  const f = scan.tokens.findIndex((t, i) => i > at && i < clause[1] && FOR.has(t.norm));
  if (pays(at, clause[1]))
    return f > 0 && !thingIn(scan, at, f, pays) && personIn(scan, at, f) && !ownShare(scan, f, clause[1])
      ? 'repayment'
      : null;
  return personIn(scan, at, clause[1]) ? 'repayment' : undefined;
}
const personIn = (scan: Scan, from: number, to: number) =>
  scan.tokens
    .slice(from, to)
    .some(
      (t, k) =>
        t.kind === 'word' &&
        (isPersonWord(t.norm) ||
          (/^\p{Lu}/u.test(t.raw) && scan.roles[from + k] === Role.Free && !isAcronym(scan, from + k))),
    );
/** A thing named before "for", a given name aside (« Léon » is also a restaurant's). */
const thingIn = (scan: Scan, from: number, to: number, pays: (from: number, to: number) => boolean) => {
  for (let i = from; i < to; i++)
    if (pays(i, i + 1) && !(/^\p{Lu}/u.test(scan.tokens[i]?.raw ?? '') && isGivenName(word(scan, i))))
      return true;
  return false;
};
const FOR = wordSet('pour|for');
/** The speaker's own: « mon billet », "my half", « le pain qu'elle m'a pris » (bought for the speaker). */
const OWN = wordSet("mon|ma|mes|my|m'|me");
const ownShare = (scan: Scan, from: number, to: number) => {
  for (let i = from; i < to; i++) if (OWN.has(word(scan, i)) || PARTS.has(word(scan, i))) return true;
  return false;
};
