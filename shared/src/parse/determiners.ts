/**
 * The words that open a noun phrase, French and English, written once. Most rules skip any of them
 * before a noun (DETERMINERS): every labelled sentence and receipt reads alike whichever kinds each
 * rule had listed before (room26). A rule that means fewer kinds, or a word more, takes them here
 * by name, so the difference is said where it is built rather than in a list of its own that drifts.
 */
const KINDS = {
  definite: "le|la|les|l'|the",
  indefinite: 'un|une|des|a|an',
  partitive: 'du|some',
  mine: 'mon|ma|mes|my',
  ours: 'notre|nos|our',
  yours: 'ton|ta|tes|votre|vos|your',
  his: 'son|sa|ses|his|her',
  theirs: 'leur|leurs|their',
  demonstrative: 'ce|cet|cette|ces|this|that|these|those',
} as const;

export type DeterminerKind = keyof typeof KINDS;

/**
 * The words of `kinds`, with the `plus` words ("au|ce") a rule also reads there and without the
 * `minus` ones it does not.
 */
export function determiners(
  kinds: readonly DeterminerKind[],
  { plus = '', minus = '' }: { plus?: string; minus?: string } = {},
): Set<string> {
  const left = minus.split('|');
  const words = [...kinds.map((kind) => KINDS[kind]), plus].join('|').split('|');
  return new Set(words.filter((w) => w !== '' && !left.includes(w)));
}

const EVERY = Object.keys(KINDS) as DeterminerKind[];
/** Every word of the table: an article, a possessive, a demonstrative, in either language. */
export const DETERMINERS: ReadonlySet<string> = determiners(EVERY);
/** Every determiner and the `plus` words a rule also reads there ("au", "for"). */
export const determinersAnd = (plus: string): Set<string> => determiners(EVERY, { plus });
/** The speaker's, alone or with others: « mon », « nos », "my", "our". */
export const SPEAKERS_OWN: ReadonlySet<string> = determiners(['mine', 'ours']);
/** One thing's determiners, no plural's: « la », « mon », "a", "this", not « les », "these". */
export const SINGULAR: ReadonlySet<string> = determiners(EVERY, {
  minus: 'les|des|mes|nos|tes|vos|ses|leurs|ces|these|those',
});
