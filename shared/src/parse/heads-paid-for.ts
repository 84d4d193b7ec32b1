import { DETERMINERS } from './determiners.ts';
import { readCount } from './share-counts.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';

/*
 * Whom the speaker paid for, said after « pour », "for" (round v21a, issue 29): "for all four",
 * "both of us", "for me and my son", "me and the two kids", « pour moi et ma sœur », « pour les
 * deux enfants et moi ». Counted people, never money: a price per head is times them when the
 * speaker paid (expense-rules.ts headsPaidFor), and their count is no amount of its own.
 */

const FOR = /^(for|pour)$/;
const ALL = /^(all|tous|toutes)$/;
const SPEAKER = /^(me|moi|myself)$/;
const AND = /^(and|et)$/;
/** "my son", « ma sœur », « mon fils »: one person of the speaker's. */
const ONE_OF_MINE = /^(my|ma|mon|the|la|le)$/;
/** After the count, a unit makes it no people: "for all 3 nights", « pour les 2 ans ». */
const NOT_PEOPLE =
  /^(ans|an|mois|jours|nuits|heures|semaines|years|months|days|nights|hours|weeks|euros|dollars|quid|bucks|balles)$/;

type Heads = { n: number; end: number };

/** A count at k and the noun after it (none, or a word that is no unit): « deux enfants », "four". */
function countOfPeople(tokens: readonly Token[], k: number, lang: Lang): Heads | null {
  const c = readCount(tokens, k, lang);
  if (!c) return null;
  const noun = tokens[c.end];
  if (noun?.kind === 'word' && NOT_PEOPLE.test(noun.norm)) return null;
  // "the three of us", "all four of us".
  if (noun?.norm === 'of' && tokens[c.end + 1]?.norm === 'us') return { n: c.n, end: c.end + 2 };
  return { n: c.n, end: noun?.kind === 'word' && !AND.test(noun.norm) ? c.end + 1 : c.end };
}

/** "me and my son" (2), "me and the two kids" (3), « moi et mes deux filles » (3), from tokens[k] = the speaker. */
function speakerAndOthers(tokens: readonly Token[], k: number, lang: Lang): Heads | null {
  if (!SPEAKER.test(tokens[k]?.norm ?? '') || !AND.test(tokens[k + 1]?.norm ?? '')) return null;
  const at = k + 2;
  const led = DETERMINERS.has(tokens[at]?.norm ?? '');
  const many = countOfPeople(tokens, led ? at + 1 : at, lang);
  if (many) return { n: many.n + 1, end: many.end };
  const one = ONE_OF_MINE.test(tokens[at]?.norm ?? '') ? at + 1 : at;
  const who = tokens[one];
  return who?.kind === 'word' && !SPEAKER.test(who.norm) ? { n: 2, end: one + 1 } : null;
}

/** The people paid for, when tokens[i] is « pour », "for" (or "both of us" anywhere); null when none. */
export function headsNamed(tokens: readonly Token[], i: number, lang: Lang): Heads | null {
  const t = tokens[i]?.norm ?? '';
  // "I covered both of us", "for us both".
  if (t === 'both' && tokens[i + 1]?.norm === 'of' && tokens[i + 2]?.norm === 'us')
    return { n: 2, end: i + 3 };
  if (!FOR.test(t)) return null;
  const k = i + 1;
  if (tokens[k]?.norm === 'us' && tokens[k + 1]?.norm === 'both') return { n: 2, end: k + 2 };
  const pair = speakerAndOthers(tokens, k, lang);
  if (pair) return pair;
  // "for all four", « pour tous les trois ».
  if (ALL.test(tokens[k]?.norm ?? '')) {
    const at = DETERMINERS.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    return countOfPeople(tokens, at, lang);
  }
  // « pour les deux enfants et moi », "for my two kids and me": they and the speaker.
  if (!DETERMINERS.has(tokens[k]?.norm ?? '')) return null;
  const them = countOfPeople(tokens, k + 1, lang);
  if (!them || !AND.test(tokens[them.end]?.norm ?? '') || !SPEAKER.test(tokens[them.end + 1]?.norm ?? ''))
    return null;
  return { n: them.n + 1, end: them.end + 2 };
}

/** A verb of paying just before whom it paid for: "I paid for", "got them for", « j'ai pris pour ». */
const PAYER = /^(paid|paye|payee|regle|pris|got|bought|covered|treated|invite|offert)$/;
const OBJECT = /^(them|it|those|these|les|la|le|l')$/;

/** Whether a verb of paying comes right before tokens[start] (its object between them). */
export function paidRightBefore(tokens: readonly Token[], start: number): boolean {
  const k = OBJECT.test(tokens[start - 1]?.norm ?? '') ? start - 2 : start - 1;
  return PAYER.test(tokens[k]?.norm ?? '');
}
