import { takeChange } from './change-given.ts';
import { takeNotesListed } from './notes-listed.ts';
import { dropPartsAlone } from './parts-alone.ts';
import { keepTotalAfterParts } from './parts-before-total.ts';
import { takeRestarts } from './restarts.ts';
import { type AmountItem, type DateItem, Role, type Scan } from './scan-types.ts';
import { keepStatedPart, keepStatedTotal } from './whole-and-parts.ts';

/** A stretch of the sentence that holds at most one expense: [start, end) in tokens. */
export interface Segment {
  start: number;
  end: number;
  amount: AmountItem | null;
}

export interface Segmentation {
  segments: Segment[];
  corrected: boolean;
  /** Numbers left unexplained beside a clearer amount: the parse is less sure. */
  leftovers: number;
}

const POSTFIX_CORRECTIONS = new Set(['actually', 'en', 'plutot']);
const MAX_CORRECTION_GAP = 8;
// After an amount, these words carry its description ("8 € de pain"); otherwise what follows
// belongs to the next amount ("café 2 €, croissant 1,20 €").
const LINKS = new Set([
  'de',
  "d'",
  'du',
  'des',
  'of',
  'en',
  'pour',
  'for',
  'au',
  'aux',
  'a',
  'chez',
  'at',
  'on',
  'in',
]);
const CONTINUATIONS = new Set([
  'chez',
  'at',
  'from',
  'au',
  'a',
  'in',
  'pour',
  'for',
  'de',
  'du',
  'avec',
  'with',
  'sur',
  'on',
]);

/** Words between a round amount and the same one to the cent: "14 € et des poussières, 14,30". */
const ROUGHLY = new Set(
  'et|des|poussieres|quelques|environ|exactement|precisement|pile|enfin|bref|and|change|some|odd|ish|exactly|precisely|or|so'.split(
    '|',
  ),
);

const EXACTLY = new Set(['exactement', 'precisement', 'pile', 'exactly', 'precisely']);

const live = (a: AmountItem) => !a.dropped && !a.quantity;

/** Words from one amount to the next, leaving out punctuation and fillers (« 3€20, du coup je me suis trompé, bah 33 »). */
function spokenGap(scan: Scan, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    if (scan.tokens[k]?.kind === 'punct') continue;
    if (scan.marks.some((m) => m.mark === 'filler' && m.start <= k && k < m.end)) continue;
    n++;
  }
  return n;
}

/** "15 euros, non pardon, 18": the later amount (or date) replaces the earlier one. */
function applyCorrections(scan: Scan, bridges: [number, number][], wholeBill: boolean): boolean {
  let corrected = false;
  for (const m of scan.marks) {
    if (m.mark !== 'correction') continue;
    const before = scan.amounts.filter((a) => live(a) && a.end <= m.start).at(-1);
    const after = scan.amounts.find((a) => live(a) && a.start >= m.end);
    if (before && after && spokenGap(scan, before.end, after.start) <= MAX_CORRECTION_GAP) {
      before.dropped = true;
      if (after.currency === null) after.currency = before.currency;
      after.replaces = before.start;
      bridges.push([before.start, after.end]);
      corrected = true;
    } else if (
      before &&
      !after &&
      m.start - before.end <= 1 &&
      POSTFIX_CORRECTIONS.has(scan.tokens[m.start]?.norm ?? '')
    ) {
      // "11 euros, uh, 12 euros actually"
      const earlier = scan.amounts.filter((a) => live(a) && a.end <= before.start).at(-1);
      if (earlier && before.start - earlier.end <= MAX_CORRECTION_GAP) {
        earlier.dropped = true;
        if (before.currency === null) before.currency = earlier.currency;
        bridges.push([earlier.start, m.end]);
        corrected = true;
      }
    }
    const dBefore = scan.dates.filter((d: DateItem) => !d.dropped && d.end <= m.start).at(-1);
    const dAfter = scan.dates.find((d) => !d.dropped && d.start >= m.end);
    if (dBefore && dAfter && dAfter.start - dBefore.end <= MAX_CORRECTION_GAP / 2) {
      dBefore.dropped = true;
      corrected = true;
    }
  }
  // "entre 20 et 30 euros": one expense, a range; the upper bound is kept and the hedge lowers confidence.
  for (const m of scan.marks) {
    const word = scan.tokens[m.start]?.norm;
    if (m.mark !== 'hedge' || (word !== 'entre' && word !== 'between')) continue;
    const low = scan.amounts.find((a) => live(a) && a.start === m.end);
    const high = low && scan.amounts.find((a) => live(a) && a.start === low.end + 1);
    if (!low || !high || !/^(et|and)$/.test(scan.tokens[low.end]?.norm ?? '')) continue;
    low.dropped = true;
    bridges.push([low.start, high.end]);
  }
  // "45 € dont 5 € de pourboire": the part is inside the whole, not a second expense.
  for (const m of scan.marks) {
    if (m.mark !== 'dont') continue;
    const part = scan.amounts.find((a) => live(a) && a.start >= m.end && a.start - m.end <= 1);
    if (part) part.dropped = true;
  }
  // "The dentist was 60, insurance covers 50 of it", "75 euros, 15 of which was wine": a part of the
  // bill said before, no new expense.
  for (const a of scan.amounts) {
    // "…, and I spent 12 of it on lunch": money received, then some of it spent, is an expense.
    const spent = /^(spent|spend|used|paid|blew)$/.test(scan.tokens[a.start - 1]?.norm ?? '');
    const ofIt =
      !spent &&
      scan.tokens[a.end]?.norm === 'of' &&
      /^(it|that|this|them|which)$/.test(scan.tokens[a.end + 1]?.norm ?? '');
    if (ofIt && live(a) && scan.amounts.some((b) => live(b) && b.end <= a.start)) a.dropped = true;
    if (live(a) && wholeAfterPart(scan, a)) a.dropped = true;
  }
  dropPartsAlone(scan, live);
  takeNotesListed(scan, bridges);
  takeChange(scan, bridges);
  keepStatedPart(scan, bridges, wholeBill);
  keepStatedTotal(scan, bridges);
  keepTotalAfterParts(scan, bridges);
  const restarted = takeRestarts(scan, bridges, live);
  return corrected || restarted || keepRefinedAmount(scan, bridges);
}

/** « sur les », "out of the": between a part and the whole it is of. */
const PART_OF = /^(sur|sur les|sur un total de|out of|out of the|of the)$/;
const CHANGE_WORDS = /^(rendu|rendue|rend|rendait|rendre|monnaie|change|gave|given|back)$/;
/** "10 de réduction sur 50", "20 off of the 80": a discount, not a part paid. */
const DISCOUNT_BEFORE = /^(reduction|reduc|remise|rabais|discount|off|moins)$/;

/**
 * « ma part 20 sur les 60 du resto », "my share was 25 out of the 100", "I paid 40 of the 120": a
 * part then the larger whole it is of; the whole is no second expense.
 */
function wholeAfterPart(scan: Scan, whole: AmountItem): boolean {
  const part = scan.amounts.find((b) => live(b) && b.end < whole.start && whole.start - b.end <= 3);
  if (!part || part.cents >= whole.cents) return false;
  const link = scan.tokens
    .slice(part.end, whole.start)
    .map((t) => t.norm)
    .join(' ');
  if (!PART_OF.test(link)) return false;
  const after = scan.tokens[part.end]?.norm ?? '';
  // « la pharmacienne m'a rendu 7 € sur 20 »: change given back on a note (change-given.ts).
  const given = scan.tokens.slice(0, part.start).some((t) => CHANGE_WORDS.test(t.norm));
  return (
    !given && !DISCOUNT_BEFORE.test(scan.tokens[part.start - 1]?.norm ?? '') && !DISCOUNT_BEFORE.test(after)
  );
}

/**
 * "14 € et des poussières, 14,30": a round amount then the same one to the cent, a few words
 * on, is one amount said twice; the exact one is kept.
 */
function keepRefinedAmount(scan: Scan, bridges: [number, number][]): boolean {
  const amounts = scan.amounts.filter(live);
  for (let k = 1; k < amounts.length; k++) {
    const round = amounts[k - 1] as AmountItem;
    const exact = amounts[k] as AmountItem;
    // "un peu plus de 30 €, 31,20 exactement": said to be exact, it may be further from the round one.
    const exactly =
      EXACTLY.has(scan.tokens[exact.end]?.norm ?? '') ||
      EXACTLY.has(scan.tokens[exact.start - 1]?.norm ?? '');
    if (round.int === null || (exact.int !== null && !exactly) || exact.start - round.end > 5) continue;
    const between = scan.tokens.slice(round.end, exact.start);
    if (!between.every((t) => t.kind === 'punct' || ROUGHLY.has(t.norm))) continue;
    const near = exactly
      ? exact.cents !== round.cents && Math.abs(exact.cents - round.cents) * 5 <= round.cents
      : exact.cents > round.cents && exact.cents < round.cents + 100;
    if (!near) continue;
    if (exact.currency !== null && round.currency !== null && exact.currency.code !== round.currency.code)
      continue;
    round.dropped = true;
    exact.currency ??= round.currency;
    bridges.push([round.start, exact.end]);
    return true;
  }
  return false;
}

/** tokens[i] lies inside a stretch a rule bridged (« 15 euros, non pardon, 18 »): no cut there. */
const insideBridge = (bridges: readonly [number, number][], i: number) =>
  bridges.some(([s, e]) => i > s && i < e);

/**
 * Splits at separators, then gives every amount its own segment and every word a segment.
 * `wholeBill` (a household's bill, ParseOptions.wholeBill): a part said of a whole leaves the whole.
 */
export function segmentSentence(scan: Scan, wholeBill = false): Segmentation {
  const { tokens, roles } = scan;
  const bridges: [number, number][] = [];
  const corrected = applyCorrections(scan, bridges, wholeBill);

  const raw: Segment[] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !(roles[i] === Role.Sep && !insideBridge(bridges, i))) continue;
    if (i > start) raw.push({ start, end: i, amount: null });
    start = i + 1;
  }

  let leftovers = 0;
  const split: Segment[] = [];
  for (const seg of raw) {
    let inside = scan.amounts.filter((a) => live(a) && a.start >= seg.start && a.start < seg.end);
    if (inside.some((a) => a.currency !== null) && inside.some((a) => a.currency === null)) {
      for (const a of inside) if (a.currency === null) leftovers += 1;
      inside = inside.filter((a) => a.currency !== null);
    }
    let from = seg.start;
    inside.forEach((a, k) => {
      const next = inside[k + 1];
      if (!next) {
        split.push({ start: from, end: seg.end, amount: a });
        return;
      }
      const cut = LINKS.has(tokens[a.end]?.norm ?? '') ? next.start : a.end;
      split.push({ start: from, end: cut, amount: a });
      from = cut;
    });
    if (inside.length === 0) split.push(seg);
  }
  return { segments: mergeWordsOnly(split, scan), corrected, leftovers };
}

/**
 * "…14 euros and on Sunday the cinema, 22 euros": a day said after a preposition, then a thing, is the
 * next amount's when that amount stands alone (no word of its own), not a complement of the last one.
 */
function leadsBareAmount(scan: Scan, seg: Segment, next: Segment | undefined): boolean {
  if (!next?.amount || scan.roles[seg.start + 1] !== Role.Date) return false;
  let k = seg.start + 1;
  while (k < seg.end && scan.roles[k] === Role.Date) k++;
  const free = (from: number, to: number) =>
    scan.roles.slice(from, to).some((r, j) => r === Role.Free && scan.tokens[from + j]?.kind === 'word');
  return free(k, seg.end) && !free(next.start, next.end);
}

/** Segments with words but no amount join a neighbour: "Hier, 8 € de pain" or "23 €, chez Picard". */
function mergeWordsOnly(segments: Segment[], scan: Scan): Segment[] {
  const out: Segment[] = [];
  let pendingStart: number | null = null;
  segments.forEach((seg, k) => {
    if (seg.amount) {
      out.push({ ...seg, start: pendingStart ?? seg.start });
      pendingStart = null;
      return;
    }
    const prev = out.at(-1);
    const hasNext = segments.slice(k + 1).some((s) => s.amount);
    const continues =
      CONTINUATIONS.has(scan.tokens[seg.start]?.norm ?? '') && !leadsBareAmount(scan, seg, segments[k + 1]);
    if (prev && (!hasNext || continues) && pendingStart === null) prev.end = seg.end;
    else if (hasNext) pendingStart ??= seg.start;
  });
  return out;
}
