/**
 * The French pronouns that stand before a verb, object or adverbial (« je le paie », « on se fait »,
 * « je vais m'acheter », « je vais en récupérer », « je n'y vais »): readers that look for the verb
 * after a subject or after « vais » step over them. One list, so two readers cannot drift apart.
 */
const BEFORE_VERB = [
  'me',
  "m'",
  'te',
  "t'",
  'se',
  "s'",
  'nous',
  'vous',
  'le',
  'la',
  'les',
  "l'",
  'lui',
  'leur',
];
const ADVERBIAL = ['en', 'y'];

/** Every pronoun that may stand between a subject (or « vais ») and its verb. */
export const FRENCH_VERB_PRONOUNS: ReadonlySet<string> = new Set([...BEFORE_VERB, ...ADVERBIAL]);

/** The same with the negation, for a subject's verb: « je ne le paie pas », « on n'y va ». */
export const FRENCH_VERB_CLITICS: ReadonlySet<string> = new Set([...FRENCH_VERB_PRONOUNS, 'ne', "n'"]);
