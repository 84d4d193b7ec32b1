import { determinersAnd } from './determiners.ts';
import { Role, type Scan } from './scan-types.ts';
import { isOther } from './someone-else-paid.ts';

/**
 * Money only thought of: « j'ai failli craquer », « j'hésite à prendre », « je compte mettre »,
 * « ça coûterait 300 € », "I nearly bought", "thinking about buying", "it would cost".
 */
const INTENT = new Set(
  (
    'failli|hesite|hesitons|envisage|envisageons|nearly|considering|thinking|tempted|reflechis|' +
    'reflechit|reflechir|deciding|undecided'
  ).split('|'),
);
const CONDITIONAL = new Set(
  'couterait|couteraient|reviendrait|ferait|vaudrait|would|might|aurais|aurait|aurions|auraient'.split('|'),
);
/**
 * « je suis tenté par », « j'ai été tentée », « très tenté »: tempted after being or a degree, or
 * before « par »; « une tente 4 places » is a tent and « on a tenté le thaï » tried it, paid.
 */
const tempted = (tokens: Scan['tokens'], i: number) =>
  /^tente(e|s|es)?$/.test(tokens[i]?.norm ?? '') &&
  (/^(suis|es|est|sommes|etes|sont|ete|etais|etait|trop|tres|bien|vraiment)$/.test(
    tokens[i - 1]?.norm ?? '',
  ) ||
    tokens[i + 1]?.norm === 'par');
/** « si je prends le TGV », "if I take the train": a case imagined, not money spent. */
const IF = new Set(['si', 'if']);
const IF_SUBJECTS = new Set(['je', "j'", 'on', 'nous', 'i', 'we']);
const MEMORY = new Set(
  'dit|souviens|souvient|rappelle|trompe|remember|recall|mistaken|say|said|guess|think|crois'.split('|'),
);
/** « j'ai laissé tomber », « j'ai renoncé », « j'ai refusé », "I said no": seen, then not bought. */
const GAVE_UP = new Set(['renonce', 'abandonne', 'refuse', 'refused', 'declined', 'resiste', 'resisted']);
/**
 * « prélèvement refusé », "payment declined": right after a noun the word tells what befell it (the
 * fee charged for it is spent); the speaker gives up after a subject or an auxiliary, or opening.
 */
const befell = (tokens: Scan['tokens'], i: number) =>
  tokens[i - 1]?.kind === 'word' &&
  !/^(j'|je|i|we|on|nous|ai|a|avons|ont|y|have|had)$/.test(tokens[i - 1]?.norm ?? '');
const PAIRS = pairTable([
  ['laisse', 'tomber'],
  ['gave', 'up'],
  ['dit', 'non'],
  ['said', 'no'],
  ['turned', 'down'],
  ['finalement', 'non'],
  ['changed', 'my'],
  ['think', 'about'],
  ['vais', 'voir'],
  ['decided', 'not'],
  ['ne', 'pas'],
  ["i'll", 'see'],
  ['me', 'limite'],
  ['planning', 'to'],
  ['planning', 'on'],
  ['almost', 'bought'],
  ['almost', 'got'],
  ['almost', 'paid'],
  ['presque', 'achete'],
  ['presque', 'pris'],
  ["i'd", 'love'],
  ['id', 'love'],
  ['limit', 'myself'],
]);

/** Pairs of words as a map from the first to the words that may follow it, looked up once per word. */
function pairTable(pairs: readonly [string, string][]): ReadonlyMap<string, ReadonlySet<string>> {
  const table = new Map<string, Set<string>>();
  for (const [a, b] of pairs) table.set(a, (table.get(a) ?? new Set()).add(b));
  return table;
}
const INTENT_AFTER_SUBJECT = new Set(
  'compte|comptons|voudrais|voudrait|aimerais|aimerait|prevois|pense'.split('|'),
);
const SUBJECTS = new Set(['je', "j'", 'on', 'nous', 'i']);

/** « je comptais prendre », « j'allais acheter », "was going to get": a plan of the past, not done. */
const PAST_PLAN = new Set('comptais|comptait|voulais|voulait|allais|allait|pensais|pensait'.split('|'));
const INFINITIVE = /(er|ir|re|oir)$/;
/** "was gonna the…", "was going to be…": no verb of paying follows, nothing planned. */
const BEFORE_VERB = determinersAnd('be');
function pastPlan(scan: Scan, i: number): boolean {
  const { tokens } = scan;
  const norm = tokens[i]?.norm ?? '';
  if (PAST_PLAN.has(norm))
    return SUBJECTS.has(tokens[i - 1]?.norm ?? '') && INFINITIVE.test(tokens[i + 1]?.norm ?? '');
  if (norm !== 'was' && norm !== 'were') return false;
  // "was gonna get takeaway": "gonna" is "going to".
  if (tokens[i + 1]?.norm === 'gonna') return !BEFORE_VERB.has(tokens[i + 2]?.norm ?? 'the');
  return (
    tokens[i + 1]?.norm === 'going' &&
    tokens[i + 2]?.norm === 'to' &&
    !BEFORE_VERB.has(tokens[i + 3]?.norm ?? 'the')
  );
}

/** « je n'ai pas payé », « j'ai pas acheté », « je n'ai rien payé », "didn't buy", "haven't paid yet". */
const PAY_VERBS = new Set(
  (
    'paye|payee|payes|achete|achetee|achetes|pris|prise|regle|reglee|commande|pay|paid|buy|bought|get|got|' +
    'order|ordered|book|booked|reserve|reservee|reserves|take|took|go|went|alle|allee|alles'
  ).split('|'),
);
const NEGATIONS = new Set(
  "pas|jamais|rien|didn't|didnt|haven't|havent|hasn't|hasnt|not|never|don't|dont".split('|'),
);
const ADVERBS = new Set('encore|finalement|toujours|vraiment|yet|even|still|actually'.split('|'));
function denied(scan: Scan, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!PAY_VERBS.has(scan.tokens[i]?.norm ?? '')) continue;
    let k = i - 1;
    while (ADVERBS.has(scan.tokens[k]?.norm ?? '')) k--;
    if (!NEGATIONS.has(scan.tokens[k]?.norm ?? '')) continue;
    // "I paid my 25, Ben still hasn't paid his share": another's debt, not the speaker's money.
    if (!(otherDenied(scan, k) && speakerPaid(scan, from, to))) return true;
  }
  return false;
}

/** Words between a subject and its negation: « Léo n'a toujours pas », "Ben still hasn't", "Tom didn't". */
const BEFORE_NEGATION = new Set("a|ont|n'|ne|has|have|had|does|did|is|was".split('|'));
/** Whether the one who did not pay (the negation at tokens[k]) is someone else: a name or « il », "my brother". */
function otherDenied(scan: Scan, k: number): boolean {
  let j = k - 1;
  while (ADVERBS.has(scan.tokens[j]?.norm ?? '') || BEFORE_NEGATION.has(scan.tokens[j]?.norm ?? '')) j--;
  const who = scan.tokens[j];
  if (who?.kind !== 'word' || scan.roles[j] !== Role.Free || /^(i|je|j'|on|we|nous)$/.test(who.norm))
    return false;
  return isOther(who.norm) || /^\p{Lu}/u.test(who.raw);
}

/** A paying verb of the speaker's in tokens[from, to): « j'ai payé », "I paid". */
const speakerPaid = (scan: Scan, from: number, to: number) =>
  scan.marks.some(
    (m) =>
      m.mark === 'verb' &&
      m.start >= from &&
      m.start < to &&
      /^(j'|je|i|we|on|nous)$/.test(scan.tokens[m.start]?.norm ?? ''),
  );

/** « j'aurais dit 20 € », « si je me souviens bien », "if I remember right": a memory hedged. */
const hedged = (tokens: Scan['tokens'], i: number) =>
  MEMORY.has(tokens[i + 1]?.norm ?? '') ||
  MEMORY.has(tokens[i + 2]?.norm ?? '') ||
  MEMORY.has(tokens[i + 3]?.norm ?? '');

export function onlyThought(scan: Scan, from: number, to: number): boolean {
  const { tokens } = scan;
  if (denied(scan, from, to)) return true;
  for (let i = from; i < to; i++) {
    const norm = tokens[i]?.norm ?? '';
    if (pastPlan(scan, i)) return true;
    if (INTENT.has(norm) || tempted(tokens, i) || (GAVE_UP.has(norm) && !befell(tokens, i))) return true;
    if (CONDITIONAL.has(norm) && !hedged(tokens, i)) return true;
    if (IF.has(norm) && IF_SUBJECTS.has(tokens[i + 1]?.norm ?? '') && !hedged(tokens, i)) return true;
    if (PAIRS.get(norm)?.has(tokens[i + 1]?.norm ?? '')) return true;
    if (INTENT_AFTER_SUBJECT.has(norm) && SUBJECTS.has(tokens[i - 1]?.norm ?? '')) {
      // « je pense que c'était 20 » is a hedge; « je pense acheter » is a plan.
      const next = tokens[i + 1];
      if (norm !== 'pense' || (next?.kind === 'word' && next.norm !== 'que' && next.norm !== "qu'"))
        return true;
    }
  }
  return false;
}
