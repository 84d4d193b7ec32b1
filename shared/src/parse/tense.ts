import { FRENCH_VERB_CLITICS } from './french-pronouns.ts';
import type { Token } from './tokenize.ts';
import type { DateContext, Lang } from './types.ts';

/**
 * Whether a sentence speaks of days to come, so that its bare weekday ("samedi", "Friday") or bare
 * day of the month ("le 3", "on the 1st") is ahead, not behind. Said by a future or a "going to"
 * ("je paierai", "sera prélevé", "will", "gonna"), and by a present that has no past beside it:
 * « samedi j'achète un cadeau », « le 30, je règle la cantine », "On Saturday I'm buying a bike",
 * "The gym takes 30 euros on the 1st". A past anywhere in the sentence (« j'ai », « c'était »,
 * "paid", "was") keeps the present of an aside (« je crois ») from moving the day.
 */
const AHEAD_WORDS = new Set(
  (
    'paierai|payerai|paiera|payera|paieras|vais|allons|vont|sera|seront|serai|aura|auront|faudra|devrai|' +
    "prevu|prevue|prevus|prochainement|will|i'll|we'll|it'll|gonna|upcoming|due|planned|scheduled|" +
    // The future of a debit or a bill, said of the thing: « le prélèvement passera le 3 ».
    'passera|passeront|partira|partiront|tombera|tomberont|prelevera|preleveront|debitera|arrivera|coutera'
  ).split('|'),
);

/**
 * Present forms of what one does with money or on an outing, said of a day: « samedi j'achète »,
 * « jeudi je passe au contrôle technique », « vendredi on va au resto ». Other verbs in the present
 * are mostly asides (« je crois », « je te dis », « je me ferai rembourser »).
 */
const FR_ACTS = new Set(
  (
    'achete|achetons|paie|paye|payons|regle|reglons|fais|fait|faisons|passe|passons|prends|prend|prenons|' +
    'va|vais|allons|dois|doit|devons|commande|commandons|reserve|reservons|offre|offrons|loue|louons|' +
    'emmene|emmenons|pars|part|partons|mange|mangeons|invite|invitons|renouvelle|inscris|inscrit|verse|' +
    'depense|depensons|rembourse|change|recharge|amene|monte|descend|file'
  ).split('|'),
);
/** Auxiliaries and the imperfect: the sentence tells of the past. */
const FR_PAST =
  /^(ai|as|a|avons|avez|ont|suis|es|est|sommes|etes|sont|etais|etait|etions|etaient|avais|avait|avions|avaient)$/;
const FR_IMPERFECT = /(ais|ait|aient|ions)$/;
/** Present forms that end like an imperfect. */
const FR_PRESENT_AIS = new Set(['fais', 'fait', 'vais']);

const FR_SUBJECTS = new Set(['je', "j'", 'on']);
const EN_SUBJECTS = new Set(["i'm", 'im', "we're", 'were']);
/** A bill or a debit that happens on its own day: "rent goes out on the 1st", "the gym takes 30". */
const EN_SCHEDULED = new Set(['comes', 'goes', 'renews', 'takes', 'leaves', 'debits']);
const EN_PAST = new Set(
  'was|were|paid|spent|bought|did|had|got|went|took|came|renewed|left|cost|grabbed|ordered|ago|last'.split(
    '|',
  ),
);

function frenchPresent(tokens: readonly Token[]): 'present' | 'past' | null {
  let present = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]?.norm ?? '';
    if (t === 'etait' || t === 'etaient') return 'past';
    if (!FR_SUBJECTS.has(t)) continue;
    let j = i + 1;
    while (FRENCH_VERB_CLITICS.has(tokens[j]?.norm ?? '')) j++;
    const verb = tokens[j];
    if (verb?.kind !== 'word') continue;
    if (FR_PAST.test(verb.norm) || (FR_IMPERFECT.test(verb.norm) && !FR_PRESENT_AIS.has(verb.norm)))
      return 'past';
    if (FR_ACTS.has(verb.norm)) present = true;
  }
  return present ? 'present' : null;
}

function englishPresent(tokens: readonly Token[]): 'present' | 'past' | null {
  let present = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]?.norm ?? '';
    if (EN_PAST.has(t)) return 'past';
    if (EN_SCHEDULED.has(t)) present = true;
    else if (EN_SUBJECTS.has(t) && /ing$/.test(tokens[i + 1]?.norm ?? '')) present = true;
  }
  return present ? 'present' : null;
}

/** « la semaine prochaine, lundi », "next week": the days said with it are ahead. */
const NEXT_PERIOD = new Set(['prochain', 'prochaine', 'prochains', 'prochaines']);
const EN_NEXT_PERIOD = new Set(['week', 'month', 'year']);
/** « le loyer part le 1er »: a debit that leaves on its own day, said of a thing, not a person's share. */
const NOT_BEFORE_PART = new Set(
  "ma|ta|sa|la|une|leur|notre|votre|de|d'|pour|est|a|sont|ai|quelque|autre|grande|bonne|premiere".split('|'),
);

/** The French future after its subject: « je ferai », « j'irai », « on paiera », « nous prendrons ». */
function frenchFuture(tokens: readonly Token[], i: number): boolean {
  const subject = tokens[i]?.norm ?? '';
  const ending =
    subject === 'je' || subject === "j'"
      ? /[^v]rai$/
      : subject === 'on'
        ? /.ra$/
        : subject === 'nous'
          ? /rons$/
          : null;
  if (!ending) return false;
  let j = i + 1;
  while (FRENCH_VERB_CLITICS.has(tokens[j]?.norm ?? '')) j++;
  if (tokens[j]?.kind !== 'word' || !ending.test(tokens[j]?.norm ?? '')) return false;
  // « je me ferai (pas) rembourser » is an aside about who pays, not a day to come.
  return !/^rembourser?$/.test(tokens[tokens[j + 1]?.norm === 'pas' ? j + 2 : j + 1]?.norm ?? '');
}

function saysAhead(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (AHEAD_WORDS.has(t.norm) || NEXT_PERIOD.has(t.norm) || frenchFuture(tokens, i)) return true;
    if (t.norm === 'next' && EN_NEXT_PERIOD.has(tokens[i + 1]?.norm ?? '')) return true;
    const prev = tokens[i - 1];
    // « le loyer part le 1er », « le loyer de 750 € part le 5 »: after the thing or its amount.
    const thing =
      prev?.kind === 'word' ? !NOT_BEFORE_PART.has(prev.norm) : prev?.kind === 'sym' || prev?.kind === 'num';
    // « la salle me prélève 30 € le 1er » (not « prélevé », the debit gone): the next one, as "takes".
    return (t.norm === 'part' && thing) || /^(prélève|prélèvent|débite|débitent)$/i.test(t.raw);
  });
}

const PAYBACK = /^(rembours|reimburs|refund)/;
/** « remboursé », « rembourse », "reimbursed", "refunds", and "back" after "pay(s)", "paid", "get". */
export const paybackWordAt = (tokens: readonly Token[], i: number): boolean =>
  PAYBACK.test(tokens[i]?.norm ?? '') ||
  (tokens[i]?.norm === 'back' &&
    tokens.slice(Math.max(0, i - 3), i).some((t) => /^(pay|pays|paid|paying|get|gets|claim)$/.test(t.norm)));

/**
 * « samedi, le véto, 65 €, l'assurance me rembourse le mois prochain »: the time of a payback told
 * after the money (from the clause it opens) is the payback's, not the sentence's.
 */
function beforePayback(tokens: readonly Token[]): readonly Token[] {
  let sep = -1;
  let money = false;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.kind === 'num') money = true;
    else if (money && tokens[i]?.kind === 'punct') sep = i;
    else if (money && paybackWordAt(tokens, i)) return tokens.slice(0, sep > 0 ? sep : i);
  }
  return tokens;
}

/** The time a sentence speaks of: days to come, the past, or nothing said. */
export function tenseOf(said: readonly Token[], lang: Lang): 'ahead' | 'past' | null {
  const tokens = beforePayback(said);
  if (saysAhead(tokens)) return 'ahead';
  const t = lang === 'fr' ? frenchPresent(tokens) : englishPresent(tokens);
  return t === 'present' ? 'ahead' : t;
}

export function speaksAhead(tokens: readonly Token[], lang: Lang): boolean {
  return tenseOf(tokens, lang) === 'ahead';
}

/** What the dates of a sentence are read against: today, and the time the sentence speaks of. */
export function dateContextOf(
  tokens: readonly Token[],
  lang: Lang,
  today: string,
  locale?: string,
): DateContext {
  const tense = tenseOf(tokens, lang);
  // « ce week-end je paierai »: a future said, not only a present of what one does.
  const future = tense === 'ahead' && saysAhead(tokens);
  // An en-US phone writes the month first (CLDR's short date, M/d/y); others the day first.
  const monthFirst = /^en-us$/i.test(locale ?? '');
  return { today, lang, ahead: tense === 'ahead', past: tense === 'past', future, monthFirst };
}
