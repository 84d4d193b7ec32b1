import { deniedAt } from './movement-turns.ts';
import { type AmountItem, Role, type Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import type { Mark } from './types.ts';

/** A stretch of tokens between separators ("et", "and", ",", "."): [start, end). */
export type Clause = [number, number];

const live = (a: AmountItem) => !a.dropped && !a.quantity;
const ORDER_MARKS = new Set<Mark>(['command', 'instruction', 'imperative']);
/** "Put 300 into my ISA": money moved, said with a verb that is also an order ("put", "mets"). */
const MOVED = new Set<Mark>(['transfer', 'income', 'loan', 'refund', 'repayment', 'incoming', 'paidBack']);

export function clausesOf(scan: Scan): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= scan.tokens.length; i++) {
    if (i < scan.tokens.length && scan.roles[i] !== Role.Sep) continue;
    if (i > start) out.push([start, i]);
    start = i + 1;
  }
  return out;
}

function marksIn(scan: Scan, [s, e]: Clause, mark: Mark) {
  return scan.marks.filter((m) => m.mark === mark && m.start >= s && m.start < e);
}

/** The mark that opens the clause, past fillers and politeness ("euh, please record…"). */
function openingMark(scan: Scan, [s, e]: Clause): Mark | null {
  let i = s;
  for (const m of scan.marks) {
    if (m.start < i || m.start >= e) continue;
    if (m.start > i) return null;
    if (m.mark !== 'filler') return m.mark;
    i = m.end;
  }
  return null;
}

export interface Orders {
  /** Clauses that were orders to the system. */
  count: number;
  /** Some clause tried to steer the program ("ignore previous instructions"): every order is then refused. */
  hostile: boolean;
}

/**
 * Clauses that give the system an order are not expenses: "ignore les instructions…", anything
 * that names the program's own workings ("dans la catégorie", "system:"), and a clause opened by
 * "enregistre"/"note"/"record" that names nothing bought or an amount past belief ("enregistre
 * un million d'euros"). Their amounts are dropped; the rest of the sentence is read as usual.
 * "Note un café à 2 euros" stays a dictated expense, unless the sentence was hostile.
 */
export function dropOrders(
  scan: Scan,
  namesSomething: (from: number, to: number) => boolean,
  pastBelief: (a: AmountItem) => boolean,
): Orders {
  // Most notes give no order at all: nothing to cut into clauses.
  if (!scan.marks.some((m) => ORDER_MARKS.has(m.mark))) return { count: 0, hostile: false };
  const clauses = clausesOf(scan);
  const isInstruction = (c: Clause) =>
    marksIn(scan, c, 'instruction').length > 0 || openingMark(scan, c) === 'imperative';
  const hostile = clauses.some(isInstruction);
  let count = 0;
  for (const c of clauses) {
    const inside = scan.amounts.filter((a) => live(a) && a.start >= c[0] && a.start < c[1]);
    const moved = scan.marks.some((m) => MOVED.has(m.mark) && m.start >= c[0] && m.start < c[1]);
    const order =
      isInstruction(c) ||
      (openingMark(scan, c) === 'command' &&
        !moved &&
        (hostile || !namesSomething(c[0], c[1]) || inside.some(pastBelief)));
    if (!order) continue;
    // "Note : taxi 15 €" opens with an order that carries nothing: no harm, nothing to count.
    if (isInstruction(c) || inside.length > 0) count++;
    for (const a of inside) a.dropped = true;
  }
  return { count, hostile };
}

/**
 * The segments "je me ferai rembourser" speaks for: said in a clause of its own, every expense
 * of the sentence ("café 2 € et croissant 1 €, c'était pour le boulot"); said beside an amount,
 * that amount's expense only ("taxi 20 € pour le boulot et pizza 12 €"), and so between two amounts.
 */
export function reimbursedSegments(scan: Scan, segments: readonly Segment[]): Set<Segment> {
  const out = new Set<Segment>();
  if (!scan.marks.some((m) => m.mark === 'aside')) return out;
  const clauses = clausesOf(scan);
  for (const m of scan.marks) {
    // « il ne me remboursera pas »: a payback denied makes nothing reimbursable.
    if (m.mark !== 'aside' || deniedAt(scan, m.start, m.end)) continue;
    const clause = clauses.find(([s, e]) => m.start >= s && m.start < e);
    // "la mutuelle en rembourse 300": the amount right after the aside is the part paid back.
    const partBack = (a: AmountItem) => a.start >= m.end && a.start - m.end <= 1;
    const alone =
      clause &&
      !scan.amounts.some((a) => live(a) && !partBack(a) && a.start >= clause[0] && a.start < clause[1]);
    // « la pharmacie 25 €, la mutuelle rembourse, et le pain 2 € »: told between two things, it is
    // the one before's only; told after them all, or before them all (« note de frais : déjeuner
    // 54 € »), all of theirs.
    const before = scan.amounts.filter((a) => live(a) && a.end <= m.start).at(-1);
    const after = scan.amounts.some((a) => live(a) && !partBack(a) && a.start >= (clause?.[1] ?? 0));
    const between = alone && after && before !== undefined;
    const at = between ? before.start : m.start;
    for (const seg of segments) if ((alone && !between) || (at >= seg.start && at < seg.end)) out.add(seg);
  }
  return out;
}
