import type { Clause } from './clauses.ts';
import { personAt } from './person-or-body.ts';
import type { DateItem, Scan } from './scan-types.ts';
import { word } from './scan-word.ts';
import type { Segment } from './segments.ts';
import { someoneElsePaid } from './someone-else-paid.ts';
import { wordsOf } from './tokenize.ts';
import type { MovementKind } from './types.ts';
import { wordSet } from './word-sets.ts';

/*
 * Who owed whom, the half of movement-roles.ts's frame that says why money moved (issue 29,
 * round 20): a debt said before or after the money (the debtor and the creditor, and whether it is
 * still owed once given), and a loan the speaker got from a body.
 */

/** Who gives or receives money in a note. */
export type Party = 'speaker' | 'person' | 'body';
/** A French participle and its agreements: « viré », « virée », « virés », « virées ». */
export const agreeing = (bases: string) =>
  wordSet(
    bases
      .split('|')
      .flatMap((b) => [b, `${b}e`, `${b}s`, `${b}es`])
      .join('|'),
  );
/** The speaker as a subject, and a person given to as a pronoun. */
export const SPEAKER = wordSet("je|j'|i");
export const TO_THEM_FR = wordSet('lui|leur');

export interface Debt {
  debtor: Party;
  creditor: Party;
  /** Still owed once the money was given (« il me doit ça », "she'll pay me back"): the giving lent it. */
  now: boolean;
  /** The speaker lent it (« que je lui avais avancés », "I lent her"): no body borrows from one, a person does. */
  lent?: true;
}

const OWED_FR = wordSet('devait|devaient|doit|doivent');
const OWED_BY_ME_FR = wordSet('devais|dois');
const LENT_FR = agreeing('prete|avance|depanne');
const PAID_FR = agreeing('paye');
const HAD_FR = wordSet('avait|avaient|avais|ai|a|ont|avions');
const LENT_EN = wordSet('lent|fronted|spotted|loaned|advanced');
const OWER = wordSet('he|she|they');

/**
 * A debt said: « Karim me devait », « que je lui devais », « que j'avais avancés à Camille »,
 * « qu'il m'avait prêtés », « Mehdi m'avait dépanné », "owed me", "the 50 euros he owed", "I owed
 * her", "he lent me", « ma dette à Julien », "my debt to Oscar"; « il me doit ça », "owes me" still owed.
 */
export function debtSaid(scan: Scan, range: Clause): Debt | undefined {
  const me = (i: number) => word(scan, i) === 'me' || word(scan, i) === "m'";
  const toMe = (now: boolean): Debt => ({ debtor: 'person', creditor: 'speaker', now });
  const byMe = (now: boolean): Debt => ({ debtor: 'speaker', creditor: 'person', now });
  const lentByMe: Debt = { ...toMe(false), lent: true };
  // « Julien me doit la moitié » after money spent is an aside (markers-system.ts): reimbursable, no debt read.
  const asides = scan.marks.filter((m) => m.mark === 'aside');
  for (let i = range[0]; i < range[1]; i++) {
    // Read inside an aside too: « elle me remboursera » is marked one, yet the whole is hers.
    if (paybackPromised(scan, i, range)) return toMe(true);
    if (asides.some((m) => i >= m.start && i < m.end)) continue;
    const w = word(scan, i);
    if (OWED_FR.has(w) && me(i - 1)) return toMe(w === 'doit' || w === 'doivent');
    if (OWED_BY_ME_FR.has(w) && (SPEAKER.has(word(scan, i - 1)) || TO_THEM_FR.has(word(scan, i - 1))))
      return byMe(w === 'dois');
    if (w === 'owed' || w === 'owes' || w === 'owe') {
      if (word(scan, i + 1) === 'me' || word(scan, i + 1) === 'us' || OWER.has(word(scan, i - 1)))
        return toMe(w !== 'owed');
      if (SPEAKER.has(word(scan, i - 1))) return byMe(w === 'owe');
    }
    // « il m'avait payé la place »: a thing of the speaker's paid before the money said, owed since.
    if (PAID_FR.has(w) && /^avai/.test(word(scan, i - 1)) && me(i - 2)) return byMe(false);
    if (LENT_FR.has(w) && HAD_FR.has(word(scan, i - 1))) {
      if (me(i - 2)) return byMe(false);
      if (SPEAKER.has(word(scan, i - 2)) || TO_THEM_FR.has(word(scan, i - 2))) return lentByMe;
    }
    if (LENT_EN.has(w)) {
      if (word(scan, i + 1) === 'me') return byMe(false);
      if (SPEAKER.has(word(scan, i - 1)) || /^i'?d$/.test(word(scan, i - 1))) return lentByMe;
    }
    // « ma dette à Julien », "my debt to Oscar": the speaker's debt, to a person named after it.
    if ((w === 'dette' || w === 'debt') && /^(ma|my)$/.test(word(scan, i - 1))) {
      for (let j = i + 1; j < Math.min(range[1], i + 4); j++) if (personAt(scan, j)) return byMe(false);
    }
  }
  return undefined;
}

const PROMISED_FR = wordSet('remboursera|rembourseront|rendra|rendront');
const PERSON_SUBJECT = wordSet("il|elle|ils|elles|he's|she's|he'll|she'll|they'll|they're|he|she|they");
const OBJECT = wordSet("le|la|les|l'|ca");
/**
 * « elle me remboursera », "he's paying me back": a person will pay the speaker back, so the money
 * the speaker paid is owed now (a body's promise, « la mutuelle me remboursera », is an aside: the
 * thing was the speaker's). A share said after it (« me rendra sa part », "his half") is the
 * speaker's own bill split, and « pas », "won't" no payback.
 */
function paybackPromised(scan: Scan, i: number, range: Clause): boolean {
  const w = word(scan, i);
  let k = i - 1;
  if (PROMISED_FR.has(w)) {
    if (OBJECT.has(word(scan, k))) k--;
    if (word(scan, k) !== 'me' && word(scan, k) !== "m'") return false;
  } else if (w === 'back' && word(scan, i - 1) === 'me' && /^pay(ing)?$/.test(word(scan, i - 2))) {
    k = i - 2;
    if (/^(will|is|gonna)$/.test(word(scan, k - 1))) k--;
  } else return false;
  const subject = k - 1 >= range[0] && (PERSON_SUBJECT.has(word(scan, k - 1)) || personAt(scan, k - 1));
  const rest = `${word(scan, i + 1)} ${word(scan, i + 2)}`;
  return subject && !/(^| )(pas|jamais|part|moitie|half|share)( |$)/.test(rest);
}

/** The words without one of which no debt is read. */
export const DEBT_WORDS: ReadonlySet<string> = new Set([
  ...OWED_FR,
  ...OWED_BY_ME_FR,
  ...LENT_FR,
  ...LENT_EN,
  ...wordSet('owed|owes|owe|dette|debt|back'),
  ...PROMISED_FR,
]);

/** « elle me rend ça samedi », "she'll pay me back Friday": said before a day, the day the money comes back. */
const PAYBACK = /(me (l\S* )?(rend|rembours)|'ll pay|will pay|pay me back)/;
/**
 * The day a loan was made: the day read for its amount, unless the payback is promised for it;
 * then the note's first day if that is another ("lent Tom 50 on Saturday, he'll pay me back
 * Friday"), else today (undefined).
 */
function dayLent(scan: Scan, date: DateItem | undefined): string | undefined {
  const promised = (d: DateItem | undefined) =>
    d !== undefined && PAYBACK.test(wordsOf(scan.tokens, Math.max(0, d.start - 4), d.start));
  if (!promised(date)) return date?.date;
  const first = scan.dates.find((d) => !d.dropped);
  return promised(first) ? undefined : first?.date;
}

/** The day money moved: a loan's is when it was lent, any other's the day read for its amount. */
export const movedOn = (scan: Scan, kind: MovementKind, date: DateItem | undefined) =>
  kind === 'loan' ? dayLent(scan, date) : date?.date;

/** « Paul a payé les billets, je lui dois 40 € », "Sam got the tickets, I owe him 30": the speaker owes one who paid. */
export const owesOneWhoPaid = (scan: Scan, seg: Segment) =>
  debtSaid(scan, [seg.start, seg.end])?.debtor === 'speaker' &&
  someoneElsePaid(scan, seg.start, seg.end, true);

/** « il me doit encore 10 € », "she still owes me 10": the amount's clause says it is owed yet, nothing moved. */
export const STILL_OWED = /\b(me doi(t|vent) encore|still owes? me)\b/;

/**
 * « au boulanger », « chez le cordonnier », « à la fleuriste »: a trade said by its shop's
 * preposition and the ending of a trade's noun, a lexicon naming it or not; « au voisin », « à la
 * cousine », « au total » are none.
 */
const tradeAt = (scan: Scan, i: number) =>
  (/^(au|chez)$/.test(word(scan, i - 1)) ||
    (/^(la|le|l')$/.test(word(scan, i - 1)) && /^(a|chez)$/.test(word(scan, i - 2)))) &&
  /^(?!premi|derni).*(ier|er|ere|iste|ien|ienne|eur|euse)$/.test(word(scan, i)) &&
  !personAt(scan, i);

/**
 * « le plombier est passé, je lui dois 80 € », "I owe the dentist 60 for the filling", « je dois 40 €
 * au coiffeur »: the speaker owes for a service or a thing the note names (a category's word, or a
 * trade said at its shop: tradeAt), so it was had: their expense, not paid yet (kept, flagged
 * not_paid), also to a person (« je dois 15 € à Romain pour le kebab », "I owe Tom 20 for the
 * pizza": the speaker had it; round 36). Owed to a person with nothing named (« je dois 20 € à
 * Paul », "I still owe my sister 40") it stays a debt, not spent, and so does money owed to the
 * speaker (« Paul me doit 30 € pour le resto »): parse-expense-text.ts shows either, when the note
 * says nothing else, as money lent (a `loan` movement), so that the amount said is not lost.
 */
export const owesForWhatWasHad = (scan: Scan, seg: Segment, isKeyword: (i: number) => boolean) => {
  // Asked of every amount's segment: the speaker's own debt said in it first, the rest only then.
  const owes = scan.marks.some((m) => m.start >= seg.start && m.start < seg.end && speakerOwes(scan, m));
  if (!owes && !debtCarriedInto(scan, seg)) return false;
  // « le resto 60 €, je lui dois 30 € »: money said before the debt is the thing's, flagged
  // (owedToOneWhoPaidIt), unless a trade or a thing is named after it, not as what the debt is for
  // (« le pain 2 € et je dois 20 € au coiffeur »; « … je lui dois 20 € pour le taxi » is the thing's);
  // « je dois 20 € au coiffeur et je dois 10 € au pressing »: two debts.
  const debt = scan.marks.find((m) => speakerOwes(scan, m))?.start ?? 0;
  const inSeg = Array.from({ length: seg.end - seg.start }, (_, k) => seg.start + k);
  const before = scan.amounts
    .filter((a) => !a.dropped && a.end <= Math.min(debt, seg.amount?.start ?? 0))
    .at(-1);
  const named = (i: number) =>
    (isKeyword(i) || tradeAt(scan, i)) && ![1, 2].some((k) => /^(for|pour)$/.test(word(scan, i - k)));
  if (before && !inSeg.some((i) => i >= before.end && named(i))) return false;
  return inSeg.some((i) => isKeyword(i) || tradeAt(scan, i));
};

/** The speaker's own debt: « je dois », « on doit », "I owe", "still owe" (not « me doit », "owes me"). */
const speakerOwes = (scan: Scan, m: Scan['marks'][number]) =>
  m.mark === 'debt' &&
  /^(i|je|still|on|we)$/.test(word(scan, m.start)) &&
  !/^(me|us)$/.test(word(scan, m.end));

/**
 * « je dois 20 € au coiffeur et 10 € au pressing », "I owe the plumber 80 and the electrician 60":
 * joined by « et », "and", with no verb of its own, the money after the speaker's debt is owed too.
 */
const debtCarriedInto = (scan: Scan, seg: Segment) => {
  if (!/^(et|and)$/.test(word(scan, seg.start)) && !/^(et|and)$/.test(word(scan, seg.start - 1)))
    return false;
  const last = scan.marks.filter((m) => m.start < seg.start && m.mark !== 'sep').at(-1);
  return (
    last !== undefined &&
    speakerOwes(scan, last) &&
    !scan.marks.some((m) => m.start >= seg.start && m.start < seg.end && m.mark !== 'sep')
  );
};

/** A debt said in the segment, or carried into it (debtCarriedInto). */
export const debtIn = (scan: Scan, seg: Segment) =>
  scan.marks.some((m) => m.mark === 'debt' && m.start >= seg.start && m.start < seg.end) ||
  debtCarriedInto(scan, seg);

/**
 * « le resto 60 €, je lui dois la moitié, 30 € », "dinner came to 90, Alex covered it, I owe him
 * 45": the speaker's debt to "him", "her" said after the money, the speaker paying nothing, says
 * the one owed paid it: the speaker's part, not paid yet (flagged not_paid, not-paid.ts). « j'ai
 * payé l'hôtel, 300 €, je lui dois 20 € pour le taxi »: the speaker paid, spent.
 */
export const owedToOneWhoPaidIt = (scan: Scan, seg: Segment) =>
  seg.amount !== null &&
  scan.marks.some(
    (m) =>
      m.mark === 'debt' &&
      m.start >= (seg.amount?.end ?? 0) &&
      (TO_THEM_FR.has(word(scan, m.start + 1)) || /^(him|her|them)$/.test(word(scan, m.end))),
  ) &&
  // "paid the roofer 2,000, still owe him 1,000", "gave the builder 500, …": a note's first verb,
  // no one named, is the speaker's.
  word(scan, 0) !== 'gave' &&
  !scan.marks.some(
    (m) =>
      m.mark === 'verb' &&
      (/^(j'|je|i|we|on|nous)$/.test(word(scan, m.start)) ||
        (m.start === 0 && !/^(by|par)$/.test(word(scan, m.end)))),
  );
