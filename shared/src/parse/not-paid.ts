import { determinersAnd } from './determiners.ts';
import { isGivenName } from './given-names.ts';
import { ELDERS, isPersonWord } from './movement-parties.ts';
import { offeredToMe, paidForWhatTheyGot } from './movement-turns.ts';
import { priceNotPaid } from './prices-not-paid.ts';
import { Role, type Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';

/**
 * Words that give an amount the speaker has not paid: a budget ("mon budget courses c'est 400 €"),
 * a quote ("le devis du garagiste est de 450 €", "the plumber quoted me 300"), or someone else
 * paying ("Paul a payé le resto, 80 €"). The amount was said, so it is kept, flagged `not_paid`
 * for the person to look at, never counted unchecked and never dropped. Prices asked, looked at or
 * listed before the one paid are read in prices-not-paid.ts.
 */
const BUDGET = new Set(['budget', 'budgets', 'budgete', 'budgeted']);
const QUOTE = new Set(['devis', 'quote', 'quoted', 'estimate', 'estimation', 'estime']);
/** Someone else: "Paul a payé", "my dad paid", "c'est Léa qui a payé": a person of one's own
 * (movement-parties.ts's words), a pronoun, or an employer. */
const OTHER_WORDS = new Set(
  'il|elle|ils|elles|he|she|they|patron|boss|boite|entreprise|employeur|employer|company|work|housemate'.split(
    '|',
  ),
);
const isOther = (w: string) => OTHER_WORDS.has(w) || isPersonWord(w) || ELDERS.has(w);
const PAID = new Set(
  'paye|payee|paid|paying|invite|invitee|treated|offert|regle|reglee|settled|got|bought|achete|achetee|covered'.split(
    '|',
  ),
);
/**
 * Money only thought of: « j'ai failli craquer », « j'hésite à prendre », « je compte mettre »,
 * « ça coûterait 300 € », "I nearly bought", "thinking about buying", "it would cost".
 */
const INTENT = new Set(
  (
    'failli|hesite|hesitons|envisage|envisageons|nearly|considering|thinking|tempted|tente|tentee|reflechis|' +
    'reflechit|reflechir|deciding|undecided'
  ).split('|'),
);
const CONDITIONAL = new Set(
  'couterait|couteraient|reviendrait|ferait|vaudrait|would|might|aurais|aurait|aurions|auraient'.split('|'),
);
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

function onlyThought(scan: Scan, from: number, to: number): boolean {
  const { tokens } = scan;
  if (denied(scan, from, to)) return true;
  for (let i = from; i < to; i++) {
    const norm = tokens[i]?.norm ?? '';
    if (pastPlan(scan, i)) return true;
    if (INTENT.has(norm) || (GAVE_UP.has(norm) && !befell(tokens, i))) return true;
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

/** « c'est mon mari qui a fait le plein »: someone else did it, whatever the verb. */
function someoneElseDid(scan: Scan, from: number, to: number): boolean {
  const { tokens } = scan;
  for (let i = from + 2; i < to - 1; i++) {
    if (tokens[i]?.norm !== 'qui' || !/^(a|ont)$/.test(tokens[i + 1]?.norm ?? '')) continue;
    const who = tokens[i - 1];
    const said = tokens.slice(Math.max(from, i - 4), i - 1).some((t) => t.norm === 'est');
    if (said && who?.kind === 'word' && (isOther(who.norm) || /^\p{Lu}/u.test(who.raw))) return true;
  }
  return false;
}

function someoneElsePaid(scan: Scan, from: number, to: number): boolean {
  const { tokens } = scan;
  if (someoneElseDid(scan, from, to) || offeredToMe(scan, from, to)) return true;
  for (let i = from; i < to; i++) {
    if (!PAID.has(tokens[i]?.norm ?? '') || paidForWhatTheyGot(scan, from, i)) continue;
    // "Paul a payé", "Paul m'a invité": the auxiliary without "j'" or "on".
    let k = i - 1;
    if (/^(a|ont)$/.test(tokens[k]?.norm ?? '')) k -= 1;
    else if (scan.lang === 'fr') continue;
    // "my parents are paying for the flights": the one named before the auxiliary.
    else if (/^(is|are|was|were)$/.test(tokens[k]?.norm ?? '')) k -= 1;
    const toMe = tokens[k]?.norm === "m'";
    if (toMe) k -= 1;
    // "c'est papa qui a payé": the one named before "qui".
    if (tokens[k]?.norm === 'qui') k -= 1;
    const who = tokens[k];
    if (who?.kind !== 'word' || scan.roles[k] !== Role.Free) continue;
    // A capital names someone only inside the sentence: "Parking paid 5 euros" starts with one;
    // "Thomas m'a invité" names him anywhere (what was done to me, someone else did). The
    // speaker may have paid too ("…, et moi le resto").
    const inside = k > 0 && scan.tokens[k - 1]?.kind !== 'punct';
    // « Paul a payé le resto »: a given name opening the sentence names someone too.
    const named =
      /^\p{Lu}/u.test(who.raw) && (inside || toMe || isGivenName(who.norm)) && !/^i('|$)/.test(who.norm);
    if ((isOther(who.norm) || named) && !speakerToo(scan, i + 1, to)) return true;
  }
  return false;
}

/** Where "et moi" / "and I" starts in tokens[from, to), or -1. */
function speakerAt(scan: Scan, from: number, to: number): number {
  for (let i = from; i < to - 1; i++) {
    const a = scan.tokens[i]?.norm;
    const b = scan.tokens[i + 1]?.norm ?? '';
    if ((a === 'et' && /^(moi|j'|je)$/.test(b)) || (a === 'and' && /^(i|me)$/.test(b))) return i + 2;
  }
  return -1;
}

/** "Paul a payé le taxi et moi le resto", "Sam paid the taxi and I paid dinner": the speaker paid too. */
const speakerToo = (scan: Scan, from: number, to: number) => speakerAt(scan, from, to) >= 0;

/**
 * Where the words of what the speaker paid begin in a segment: after « et moi » when someone else
 * paid the first thing ("Paul a payé le taxi et moi le resto, 45 €" is the speaker's restaurant).
 */
export function speakerPartStart(scan: Scan, seg: Segment): number {
  const at = speakerAt(scan, seg.start, seg.end);
  if (at < 0) return seg.start;
  for (let i = seg.start; i < at; i++) if (PAID.has(scan.tokens[i]?.norm ?? '')) return at;
  return seg.start;
}

/** « budget dépassé », « budget explosé », "over budget": money spent past a budget is spent. */
const OVERSPENT = new Set(['depasse', 'depassee', 'explose', 'explosee', 'over', 'blown', 'busted', 'hors']);
const overspent = (scan: Scan, i: number) =>
  OVERSPENT.has(scan.tokens[i - 1]?.norm ?? '') || OVERSPENT.has(scan.tokens[i + 1]?.norm ?? '');

/**
 * « je voulais le grand à 80 mais j'ai pris le petit à 55 € », "was going to get X, but bought Y":
 * a plan, then « mais », "but" or « finalement » and a paying verb: what was thought of before it
 * is the story, and the money after it is paid. Where the words that may say "only thought of" begin.
 */
const CONTRAST = new Set(['mais', 'but', 'finalement', 'eventually', 'instead']);
function paidAfterContrast(scan: Scan, seg: Segment): number {
  const amount = seg.amount;
  if (!amount) return seg.start;
  for (let i = amount.start - 1; i > seg.start; i--) {
    if (!CONTRAST.has(scan.tokens[i]?.norm ?? '')) continue;
    const paid = scan.marks.some((m) => m.mark === 'verb' && m.start > i && m.start < amount.start);
    return paid ? i : seg.start;
  }
  return seg.start;
}

/** "got a quote for 400 euros": what was got is the quote, nothing paid (« j'ai payé le devis » pays it). */
const gotAQuote = (scan: Scan, end: number) => {
  if (!/^(got|get)$/.test(scan.tokens[end - 1]?.norm ?? '')) return false;
  const next = scan.tokens[end]?.norm ?? '';
  return QUOTE.has(/^(a|an|the|un|le|mon|my)$/.test(next) ? (scan.tokens[end + 1]?.norm ?? '') : next);
};

export function notPaid(scan: Scan, seg: Segment): boolean {
  const paysItself = scan.marks.some(
    (m) =>
      m.mark === 'verb' &&
      m.start >= seg.start &&
      m.start < seg.end &&
      !someoneElsePaid(scan, m.start, m.end) &&
      !gotAQuote(scan, m.end),
  );
  for (let i = seg.start; i < seg.end; i++) {
    const norm = scan.tokens[i]?.norm ?? '';
    if (BUDGET.has(norm) && !overspent(scan, i)) return true;
    if (QUOTE.has(norm) && !paysItself) return true;
  }
  return (
    someoneElsePaid(scan, seg.start, seg.end) ||
    onlyThought(scan, paidAfterContrast(scan, seg), seg.end) ||
    priceNotPaid(scan, seg)
  );
}
