/**
 * The heart of reconciliation: which bank debit is which expense. Pure and deterministic: the same
 * lines and expenses give the same pairs, whatever order they come in. Indexed by amount and
 * currency, so the work grows with the lines and the few expenses of the same amount, never with
 * lines × expenses.
 *
 * A debit and an expense fit when the currency and the amount are equal (or the statement gives
 * the original foreign amount and currency, and those are), and the bank's booking or value date
 * falls from one day before to five days after the expense's (card settlement lag). Each is
 * matched at most once. When several expenses fit a line, the label decides; when it cannot, the
 * line is ambiguous and points at its candidates: it is never merged silently. A line the person
 * unpaired (`apart`: the expenses it was taken apart from) is theirs to decide: never paired here
 * again, it names the other expenses that fit as its candidates, even one alone.
 */
import type { Category } from '../categories.ts';
import { compareText } from '../order.ts';

export interface MatchLine {
  id: string;
  /** Booking date, YYYY-MM-DD. */
  date: string;
  valueDate: string | null;
  cents: number;
  currency: string;
  originalCents: number | null;
  originalCurrency: string | null;
  /** The merchant's words (labelWords). */
  words: readonly string[];
  category: Category | null;
  /** Expenses the person took this line apart from (a pairing undone): the line is never matched here again. */
  apart?: readonly string[];
}

export interface MatchExpense {
  id: string;
  date: string;
  cents: number;
  currency: string;
  /** Normalised words of the description (and what was said). */
  words: readonly string[];
  category: Category;
}

export interface MatchResult {
  matched: { lineId: string; expenseId: string }[];
  /** Lines that fit several expenses the label could not tell apart. */
  ambiguous: { lineId: string; candidates: string[] }[];
}

/** How far the bank's date may be from the expense's: a day before, five after. */
export const DAYS_BEFORE = 1;
export const DAYS_AFTER = 5;

const DAY_MS = 86_400_000;
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

const key = (currency: string, cents: number) => `${currency}|${cents}`;

/** Days from the expense to the closest of the line's dates inside the window, or null. */
function lag(line: MatchLine, expenseDay: number): number | null {
  let best: number | null = null;
  for (const d of [line.date, line.valueDate]) {
    if (d === null) continue;
    const diff = dayNumber(d) - expenseDay;
    if (diff < -DAYS_BEFORE || diff > DAYS_AFTER) continue;
    if (best === null || Math.abs(diff) < Math.abs(best)) best = diff;
  }
  return best;
}

/** How well a label names an expense: shared words count twice, the same category once. */
export function labelScore(
  line: Pick<MatchLine, 'words' | 'category'>,
  expense: Pick<MatchExpense, 'words' | 'category'>,
): number {
  const mine = new Set(expense.words.filter((w) => w.length >= 3));
  let shared = 0;
  for (const w of new Set(line.words)) if (mine.has(w)) shared++;
  return shared * 2 + (line.category !== null && line.category === expense.category ? 1 : 0);
}

interface Edge {
  line: MatchLine;
  expense: MatchExpense;
  score: number;
  distance: number;
}

/** Expenses no label or date could tell apart. */
function sameExpense(a: MatchExpense, b: MatchExpense): boolean {
  return a.date === b.date && a.category === b.category && a.words.join(' ') === b.words.join(' ');
}

export function matchLines(lines: readonly MatchLine[], expenses: readonly MatchExpense[]): MatchResult {
  const byAmount = new Map<string, MatchExpense[]>();
  for (const e of expenses) {
    const k = key(e.currency, e.cents);
    const list = byAmount.get(k);
    if (list) list.push(e);
    else byAmount.set(k, [e]);
  }
  const candidates = new Map<string, Edge[]>();
  const edges: Edge[] = [];
  const asked: { line: MatchLine; fits: Edge[] }[] = [];
  for (const line of lines) {
    const keys = [key(line.currency, line.cents)];
    if (line.originalCents !== null && line.originalCurrency !== null)
      keys.push(key(line.originalCurrency, line.originalCents));
    const mine: Edge[] = [];
    const seen = new Set<string>();
    for (const k of keys) {
      for (const expense of byAmount.get(k) ?? []) {
        if (seen.has(expense.id) || line.apart?.includes(expense.id)) continue;
        seen.add(expense.id);
        const days = lag(line, dayNumber(expense.date));
        if (days === null) continue;
        mine.push({ line, expense, score: labelScore(line, expense), distance: Math.abs(days) });
      }
    }
    if (line.apart && line.apart.length > 0) asked.push({ line, fits: mine });
    else if (mine.length > 0) {
      candidates.set(line.id, mine);
      edges.push(...mine);
    }
  }
  // Strongest first: the label, then the closest date, then ids, so no input order matters.
  edges.sort(
    (a, b) =>
      b.score - a.score ||
      a.distance - b.distance ||
      a.line.date.localeCompare(b.line.date) ||
      compareText(a.line.id, b.line.id) ||
      compareText(a.expense.id, b.expense.id),
  );
  const taken = new Set<string>();
  const decided = new Set<string>();
  const result: MatchResult = { matched: [], ambiguous: [] };
  for (const edge of edges) {
    const lineId = edge.line.id;
    if (decided.has(lineId) || taken.has(edge.expense.id)) continue;
    const free = (candidates.get(lineId) ?? []).filter((c) => !taken.has(c.expense.id));
    const top = Math.max(...free.map((c) => c.score));
    const best = free.filter((c) => c.score === top);
    decided.add(lineId);
    // Two identical coffees the same day: either pairing is the same to the person.
    if (best.length === 1 || best.every((c) => sameExpense(c.expense, edge.expense))) {
      taken.add(edge.expense.id);
      result.matched.push({ lineId, expenseId: edge.expense.id });
    } else {
      result.ambiguous.push({ lineId, candidates: best.map((c) => c.expense.id).sort(compareText) });
    }
  }
  // The person's lines ask about what the matcher left free.
  for (const { line, fits } of asked) {
    const free = fits.filter((c) => !taken.has(c.expense.id)).map((c) => c.expense.id);
    if (free.length > 0) result.ambiguous.push({ lineId: line.id, candidates: free.sort(compareText) });
  }
  result.matched.sort((a, b) => compareText(a.lineId, b.lineId));
  result.ambiguous.sort((a, b) => compareText(a.lineId, b.lineId));
  return result;
}
