/**
 * Doubts of what a reading says beside its amount, found in the parser's sure-and-wrong readings of
 * the tuning sets' tuned halves (tests/bench/sure-wrong.ts, round 21): a day read that is not the
 * one said, and a payback guessed from "for work" alone. Each makes the reading unsure
 * (confidence.ts DOUBTED_VALUE_CONFIDENCE), never changes it.
 */

import type { Category } from '../categories.ts';
import { DETERMINERS } from './determiners.ts';
import { type DateItem, Role, type Scan } from './scan-types.ts';

/** « pour le dimanche », "for the Saturday": a determiner between "pour"/"for" and the day. */

/**
 * « une tresse au beurre pour le dimanche », "a cake for Saturday": the day said is the day the
 * thing is for, not the day it was paid; read as a day gone by, the reading contradicts the words
 * (one buys for a day to come), so the date is a guess. Read as today or a day ahead (« des places
 * de cinéma pour dimanche », dated today), it stays sure.
 */
function pastDayFor(scan: Scan, date: DateItem | undefined, today: string): boolean {
  if (!date || date.date >= today) return false;
  let k = date.start - 1;
  if (DETERMINERS.has(scan.tokens[k]?.norm ?? '')) k--;
  return /^(pour|for)$/.test(scan.tokens[k]?.norm ?? '');
}

/** Words of a payback, however it is said: « rembourser », « remboursé », "reimbursed", "claim", "expense it". */
const PAYBACK = /^(rembours|reimburs|claim|expens)/;
/** The words of an aside that says only what the money was for, work: not who pays it back. */
const PURPOSE_WORDS = new Set([
  "c'",
  'c',
  'est',
  'etait',
  'pour',
  'le',
  'boulot',
  'travail',
  'taf',
  'for',
  'work',
]);

/**
 * Categories an employer pays back as a matter of course when the money was spent for work: travel,
 * fares, tolls and parking, a meal on the road.
 */
const REPAID_FOR_WORK = new Set<Category>(['transport', 'travel', 'dining']);

/**
 * "a CPR course for work", « une formation Excel pour le boulot »: read as reimbursable while the
 * only aside says what the money was for (`PURPOSE_WORDS`), and the thing is not one an employer
 * repays as a rule (`REPAID_FOR_WORK`), and no word of a payback is said (`PAYBACK`): whether anyone
 * pays it back is a guess. « taxi pour le boulot » and « je me le fais rembourser » are sure.
 */
export function paybackGuessed(scan: Scan, reimbursable: boolean, category: Category | undefined): boolean {
  if (!reimbursable || category === undefined || REPAID_FOR_WORK.has(category)) return false;
  const asides = scan.marks.filter((m) => m.mark === 'aside');
  return (
    asides.length > 0 &&
    asides.every((m) => scan.tokens.slice(m.start, m.end).every((t) => PURPOSE_WORDS.has(t.norm))) &&
    // « je me le fais rembourser », "I'll claim it": a payback said in words no aside lists.
    !scan.tokens.some((t) => PAYBACK.test(t.norm))
  );
}

/** The part of a span of time a word names: its end, its start, its middle. */
const SPAN_PARTS = new Set(['fin', 'debut', 'milieu', 'end', 'beginning', 'start', 'middle']);
const SPANS = new Set(['mois', 'month', 'semaine', 'week', 'annee', 'year', 'trimestre', 'quarter']);

/**
 * « a été prélevée fin du mois », "paid at the start of the month" read with no day: the words name a
 * part of a span of time that no date reading took (the word is left free), so the day read, today
 * or another, is not the one said.
 */
function spanPartUnread(scan: Scan): boolean {
  const { tokens } = scan;
  return tokens.some((t, i) => {
    if (!SPAN_PARTS.has(t.norm) || scan.roles[i] !== Role.Free) return false;
    let k = i + 1;
    while (/^(du|de|d'|of|the|la|le|l')$/.test(tokens[k]?.norm ?? '')) k++;
    return SPANS.has(tokens[k]?.norm ?? '');
  });
}

/** The day read is not the one the words say: a past day a thing is for, or a part of a span no date reading took. */
export const dayGuessed = (scan: Scan, date: DateItem | undefined, today: string): boolean =>
  pastDayFor(scan, date, today) || spanPartUnread(scan);
