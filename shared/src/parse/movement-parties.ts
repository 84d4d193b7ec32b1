import type { Scan } from './scan-types.ts';
import { wordSet } from './word-sets.ts';

/**
 * Who money moves between, as words: the bodies that give back (a refund), the people who pay
 * back (a repayment), the occasions money is given for (a present) and the bodies that hold or
 * return what was spent. The movement frames (movement-frames.ts, movement-givers.ts) and the
 * reading of a movement (movements.ts, movement-of-mark.ts) all read these lists.
 */

/** Bodies that pay back: "la mutuelle m'a remboursé" is a refund, "Marie m'a remboursé" a repayment. */
export const BODIES = wordSet(
  'on|mutuelle|secu|securite|sociale|assurance|assureur|impots|impot|fisc|tresor|caf|cpam|ameli|banque|' +
    'bank|magasin|boutique|site|vendeur|store|shop|seller|company|entreprise|boite|compagnie|airline|sncf|' +
    'insurance|insurer|irs|hmrc|taxman|government|etat|retailer|marchand|restaurant|resto|hotel|they|urssaf|msa|' +
    'patron|employeur|employer|mairie|operateur|fournisseur|plateforme|platform|air|airlines|airways',
);
/** People of one's own: what they give back is a repayment. */
export const PEOPLE = wordSet(
  'frere|soeur|pere|mere|papa|maman|mamie|papi|ami|amie|pote|copain|copine|collegue|coloc|colocataire|' +
    'voisin|voisine|cousin|cousine|fils|fille|mari|femme|oncle|tante|parrain|marraine|belle|beau|' +
    'parent|neveu|niece|filleul|filleule|nephew|godson|goddaughter|' +
    // Familiar words for a sibling, missing from the kinship words the list was written from.
    'frangin|frangine|' +
    'brother|sister|friend|mom|mum|dad|mother|father|colleague|coworker|roommate|flatmate|neighbor|' +
    'neighbour|son|daughter|husband|wife|uncle|aunt|grandma|grandpa|boyfriend|girlfriend|mate|buddy',
);
/** Parents and grandparents: money they send gives, they owe the speaker nothing. */
export const ELDERS = wordSet(
  'parents|pere|mere|papa|maman|mamie|mamy|papi|papy|grands|parrain|marraine|' +
    'grandparents|grandma|grandpa|granny|grandad|granddad|gran|nan|mum|mom|dad|mother|father',
);
/** Occasions money is given for: received for one of them, it is a present. */
export const OCCASIONS = wordSet(
  'anniversaire|anniv|noel|fete|fetes|etrennes|birthday|christmas|xmas|wedding|mariage|graduation|diplome',
);
/** Insurers and the tax office: what they pay in gives back what was spent. */
export const INSURERS = wordSet(
  'mutuelle|secu|securite|assurance|assureur|impots|impot|fisc|cpam|ameli|insurance|insurer|irs|hmrc|taxman|tax|taxes',
);
/** Deposits: « la caution », « le dépôt de garantie », « la consigne » of bottles, a rental's "bond". */
export const DEPOSITS = wordSet('caution|deposit|depot|garantie|consigne|bond');
/** Who holds a deposit: giving it back is a refund, not a person's debt. */
export const DEPOSIT_HOLDERS = new Set([
  ...INSURERS,
  ...DEPOSITS,
  ...wordSet('landlord|proprio|proprietaire|bailleur|agence'),
]);

const PEOPLE_PLURAL = /s$/;
/** "collègues", "potes": a plural of a person word is people too. */
export const isPersonWord = (norm: string) =>
  PEOPLE.has(norm) || (PEOPLE_PLURAL.test(norm) && PEOPLE.has(norm.slice(0, -1)));

/** Whether a word of `words` is said in the clause before tokens[at]. */
/** `clause`: a clause of clauses.ts, written as its pair so that this list of words imports no reader. */
export const saidBefore = (
  scan: Scan,
  clause: readonly [number, number],
  at: number,
  words: ReadonlySet<string>,
) => {
  for (let i = clause[0]; i < at; i++) if (words.has(scan.tokens[i]?.norm ?? '')) return true;
  return false;
};
