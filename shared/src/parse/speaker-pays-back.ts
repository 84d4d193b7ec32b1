import type { Clause } from './clauses.ts';
import { isAcronym, namesDebt } from './movement-frames.ts';
import { forOwnThings } from './movement-givers.ts';
import { isPersonWord } from './movement-parties.ts';
import { Role, type Scan } from './scan-types.ts';
import { wordsOf } from './tokenize.ts';
import type { MovementKind } from './types.ts';

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
  const f = scan.tokens.findIndex((t, i) => i > at && i < clause[1] && /^(pour|for)$/.test(t.norm));
  if (pays(at, clause[1]))
    return f > 0 && !thingIn(scan, at, f, pays) && personIn(scan, at, f) && !ownAfter(scan, f, clause[1])
      ? 'repayment'
      : null;
  if (!personIn(scan, at, clause[1])) return undefined;
  return forOwnThings(scan, at, clause[1]) ? null : 'repayment';
}
/** A person: « ma sœur », "my mate", or a name with its capital that is no acronym. */
const isPerson = (scan: Scan, i: number) => {
  const t = scan.tokens[i];
  return (
    t?.kind === 'word' &&
    (isPersonWord(t.norm) || (/^\p{Lu}/u.test(t.raw) && scan.roles[i] === Role.Free && !isAcronym(scan, i)))
  );
};
const personIn = (scan: Scan, from: number, to: number) => {
  for (let i = from; i < to; i++) if (isPerson(scan, i)) return true;
  return false;
};
/** A thing named before "for", a person aside (« Léon » is also a restaurant's). */
const thingIn = (scan: Scan, from: number, to: number, pays: (from: number, to: number) => boolean) => {
  for (let i = from; i < to; i++) if (pays(i, i + 1) && !isPerson(scan, i)) return true;
  return false;
};
/** The speaker's own or a share: « mon billet », "my half", « le pain qu'elle m'a pris » (bought for the speaker). */
const OWN = / (mon|ma|mes|my|m'|me|part|share|moitie|half) /;
const ownAfter = (scan: Scan, from: number, to: number) => OWN.test(` ${wordsOf(scan.tokens, from, to)} `);
/**
 * What a person was paid back for, said after them, names the speaker's own share or a thing bought
 * for the speaker (« à mon cousin mon billet », "for my half", « c'était ma place »): that money is
 * the speaker's spending. `person`: where the one paid back is named.
 */
export const ownShareFor = (scan: Scan, [from, to]: Clause, person: number | undefined) =>
  ownAfter(scan, person === undefined ? from : person + 1, to);
