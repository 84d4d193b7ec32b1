import { FRENCH_VERB_PRONOUNS } from './french-pronouns.ts';
import { nearClauses } from './not-spent.ts';
import { Role, type Scan } from './scan-types.ts';
import { word as norm } from './scan-word.ts';
import type { Segment } from './segments.ts';

const verbIn = (scan: Scan, from: number, to: number) =>
  scan.marks.some((m) => m.mark === 'verb' && m.start >= from && m.start < to);

/**
 * « je vais m'acheter une tablette à 300 € », « on va prendre le forfait », « le loyer va passer à
 * 780 € », « je la paierai à la fin du mois »: money to be spent later, with no day said (a day said
 * makes it `future_date`), and money wanted or needed.
 */
const GOING = new Set(['vais', 'va', 'allons', 'vont']);
const WANT = new Set(['veux', 'voulons', 'want', 'wanna', 'wants']);
const INFINITIVE = /(er|ir|re|oir)$/;
const GETTING_BACK = new Set(['rembourser', 'recuperer', 'toucher', 'recevoir', 'rendre']);
const LATER_PAY = new Set(
  'paierai|payerai|paierons|payerons|reglerai|reglerons|acheterai|acheterons|prendrai|prendrons|depenserai|verserai'.split(
    '|',
  ),
);

/** « 3 mensualités de 150 € à payer », "30 euros to pay": still to pay, after the money. */
function stillToPay(scan: Scan, seg: Segment): boolean {
  const amount = seg.amount;
  if (!amount || verbIn(scan, seg.start, amount.start)) return false;
  for (let i = amount.end; i < seg.end - 1; i++)
    if (/^(a|to)$/.test(norm(scan, i)) && /^(payer|regler|pay|settle)$/.test(norm(scan, i + 1))) return true;
  return false;
}

/** Words one of which each reading here needs, looked for once: most segments say none. */
const LATER_WORDS = new Set([
  ...GOING,
  ...LATER_PAY,
  ...WANT,
  'besoin',
  'need',
  'needs',
  'payer',
  'regler',
  'pay',
  'settle',
]);

export function spentLater(scan: Scan, seg: Segment): boolean {
  let said = false;
  for (let i = seg.start; i < seg.end && !said; i++) said = LATER_WORDS.has(norm(scan, i));
  if (!said) return false;
  if (wanted(scan, seg) || stillToPay(scan, seg)) return true;
  for (let i = seg.start; i < seg.end; i++) {
    const word = norm(scan, i);
    if (LATER_PAY.has(word)) return true;
    // « le loyer va passer à 780 € », « ça va coûter 300 € »; « ça va faire 12 € » is the price now.
    if (!GOING.has(word) || (norm(scan, i - 1) === 'ca' && norm(scan, i + 1) === 'faire')) continue;
    let k = i + 1;
    while (FRENCH_VERB_PRONOUNS.has(norm(scan, k))) k++;
    // « je vais me faire rembourser », « je vais en récupérer une partie »: money coming back, an aside.
    if (GETTING_BACK.has(norm(scan, k)) || GETTING_BACK.has(norm(scan, k + 1))) continue;
    if (scan.tokens[k]?.kind === 'word' && INFINITIVE.test(norm(scan, k)) && scan.roles[k] !== Role.Amount)
      return true;
  }
  return false;
}

/**
 * « je veux m'acheter un manteau à 200 € », "I want to buy a new phone", « j'ai besoin d'un
 * matelas, 500 € », "need a new boiler": a want or a need, not money spent (an order to the app,
 * « je veux ajouter … », is a command, read elsewhere).
 */
function wanted(scan: Scan, seg: Segment): boolean {
  const amount = seg.amount;
  if (!amount) return false;
  // Said of the amount (« j'ai besoin de vacances, billet de train 60 € » is a ticket bought).
  for (const [from, to] of nearClauses(scan, amount)) if (wantedIn(scan, seg, from, to)) return true;
  return false;
}

function wantedIn(scan: Scan, seg: Segment, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const word = norm(scan, i);
    if (WANT.has(word)) {
      let k = word === 'want' && norm(scan, i + 1) === 'to' ? i + 2 : i + 1;
      while (FRENCH_VERB_PRONOUNS.has(norm(scan, k))) k++;
      // « je veux dire 45 » corrects; « je veux ajouter … » is an order to the app.
      const command =
        norm(scan, k) === 'dire' || scan.marks.some((m) => m.start === k && m.mark === 'command');
      if (
        !command &&
        scan.tokens[k]?.kind === 'word' &&
        (scan.lang === 'en' || INFINITIVE.test(norm(scan, k)))
      )
        return true;
    }
    if (word === 'besoin' && /^(ai|avons|aurais|aurait)$/.test(norm(scan, i - 1))) return true;
    // "need a new boiler": a thing needed ("need to stop spending" is no thing).
    if (
      (word === 'need' || word === 'needs') &&
      /^(a|an|new|some|the|another)$/.test(norm(scan, i + 1)) &&
      !verbIn(scan, seg.start, seg.end)
    )
      return true;
  }
  return false;
}

/** « rappelle-moi de payer le loyer », "remind me", a shopping list: an order to remind, no expense. */
const REMIND =
  /^(rappelle|rappelle moi|rappelle toi|fais moi penser|n'oublie pas|noublie pas|oublie pas|remind me|don't forget|dont forget|do not forget|todo|a faire|liste de courses|shopping list)$/;
export const askedToRemind = (scan: Scan, seg: Segment) =>
  scan.marks.some(
    (m) =>
      m.mark === 'reminder' &&
      m.start >= seg.start &&
      m.start < seg.end &&
      REMIND.test(
        scan.tokens
          .slice(m.start, m.end)
          .map((t) => t.norm)
          .join(' ')
          .replace(/' /g, "'"),
      ),
  );

/**
 * "need to pay the babysitter 40 and the dog walker 15", « il faut que je paie la nounou 40 € et le
 * jardinier 30 € »: joined by "and", « et », with no mark of its own, the money after a plan is
 * planned too (the first was lost as a price not paid beside the second, spent).
 */
export const plannedIn = (scan: Scan, seg: Segment) => {
  const own = scan.marks.filter((m) => m.start >= seg.start && m.start < seg.end && m.mark !== 'sep');
  if (own.some((m) => m.mark === 'reminder')) return true;
  if (own.length > 0 || ![seg.start, seg.start - 1].some((i) => /^(et|and)$/.test(norm(scan, i))))
    return false;
  return scan.marks.filter((m) => m.start < seg.start && m.mark !== 'sep').at(-1)?.mark === 'reminder';
};

/** Said paid, in its own words: « 80 € payés », « réglés au garagiste », "bought milk for 2". */
const SAID_PAID = /^(payee?s?|reglee?s?|achetee?s?|versee?s?|paid|bought)$/;
/**
 * « 80 € payés, 40 € le mois prochain », "bought milk for 2, going to buy a kettle next week",
 * « le plein 65 €, je paierai le péage demain »: a day to come said in another clause is not the
 * day of money said paid in its own, nor does a plan's own day reach the clauses beside it; « 120 €
 * au garagiste, le reste la semaine prochaine »: the day after « le reste », "the rest" is the rest's.
 */
function staysOut(scan: Scan, seg: Segment, day: { start: number }, segments: Segment[]) {
  const from = day.start >= seg.start && day.start < seg.end ? (seg.amount?.end ?? day.start) : seg.start;
  for (let i = from; i < (from === seg.start ? seg.end : day.start); i++)
    if ((from === seg.start ? SAID_PAID : /^(reste|rest)$/).test(norm(scan, i))) return true;
  const its = segments.find((s) => day.start >= s.start && day.start < s.end);
  return its !== undefined && its !== seg && plannedIn(scan, its) && !plannedIn(scan, seg);
}

/** The day a clause takes: its own, or the first said, unless that one stays out (above). */
export const dayOfClause = <D extends { start: number; future?: boolean }>(
  scan: Scan,
  seg: Segment,
  day: D | undefined,
  segments: Segment[],
) => (day?.future && staysOut(scan, seg, day, segments) ? undefined : day);
