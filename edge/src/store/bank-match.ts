/**
 * Matching inside the store's transaction: the open lines and expenses of a window are read, the
 * pure matcher decides, and its pairs and candidates are written, under one lock per person so two
 * imports (or an import and a new expense) never pair the same line or expense twice. planWindow
 * alone reads and decides without writing: what a read of the reconciliation page runs first.
 */
import { labelMatchWords, type MatchExpense, type MatchLine, memoryKey } from '@voicetrack/shared';
import type { Matcher, Owner, RematchOutcome } from '../ports.ts';
import { ownerFilter } from './owner-scope.ts';
import type { SqlParam, SqlTx } from './sql.ts';

/** Days an expense may be before (5) or after (1) the bank's date: shared/src/statements/match-lines.ts. */
const EXPENSE_BEFORE = 5;
const EXPENSE_AFTER = 1;

export async function lockOwner(tx: SqlTx, owner: Owner): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(hashtext($1))`, [
    `voicetrack_bank:${owner.userId ?? 'local'}`,
  ]);
}

interface LineRow {
  id: string;
  date: string;
  value_date: string | null;
  cents: string;
  currency: string;
  original_cents: string | null;
  original_currency: string | null;
  label: string;
  category: MatchLine['category'];
  kept_apart: string;
  candidates: string;
}

interface ExpenseRow {
  id: string;
  date: string;
  cents: string;
  currency: string;
  description: string;
  transcript: string | null;
  category: MatchExpense['category'];
}

const words = (...texts: (string | null)[]) => [
  ...new Set(texts.flatMap((t) => (t ? memoryKey(t).split(' ') : [])).filter(Boolean)),
];

/** What matching a window decided: the pairs to write, and the open lines whose candidates change. */
export interface WindowPlan {
  pairs: { lineId: string; expenseId: string }[];
  candidates: { id: string; candidates: string[] }[];
  /** The window's open lines before the pairs (their ids). */
  lines: string[];
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** Reads the open debits of [from, to] and the open expenses around them, and lets the matcher decide. */
export async function planWindow(
  tx: SqlTx,
  owner: Owner,
  from: string,
  to: string,
  match: Matcher,
): Promise<WindowPlan> {
  const lineParams: SqlParam[] = [from, to];
  const lineRows = await tx.query<LineRow>(
    // Each side of the OR is a range of its own index (user_id with booking_date, with value_date),
    // and whether a line is paired is one lookup of its key (the scalar subquery is not turned into
    // a join): read as `not exists`, PGlite without statistics read every line of the person, and
    // with them hashed every expense of the person: both grew with the year.
    `select l.id::text as id, l.booking_date::text as date, l.value_date::text as value_date,
       (l.amount * 100)::bigint::text as cents, l.currency::text as currency,
       (l.original_amount * 100)::bigint::text as original_cents, l.original_currency::text as original_currency,
       l.label, l.category, l.kept_apart::text as kept_apart, l.candidates::text as candidates
     from bank_lines l
     where ${ownerFilter(owner, lineParams, 'l')} and l.direction = 'debit' and not l.withdrawal
       and l.ignored_at is null
       and (l.booking_date between $1::text::date and $2::text::date
            or l.value_date between $1::text::date and $2::text::date)
       and (select e.id from expenses e where e.bank_line_id = l.id) is null`,
    lineParams,
  );
  if (lineRows.length === 0) return { pairs: [], candidates: [], lines: [] };
  const expenseParams: SqlParam[] = [from, to];
  const expenseRows = await tx.query<ExpenseRow>(
    `select e.id::text as id, e.expense_date::text as date, (e.amount * 100)::bigint::text as cents,
       e.currency::text as currency, e.description, e.transcript, e.category
     from expenses e
     where ${ownerFilter(owner, expenseParams, 'e')} and e.status = 'saved' and e.amount is not null
       and e.bank_line_id is null
       and e.expense_date between $1::text::date - ${EXPENSE_BEFORE} and $2::text::date + ${EXPENSE_AFTER}`,
    expenseParams,
  );
  const lines: MatchLine[] = lineRows.map((r) => ({
    id: r.id,
    date: r.date,
    valueDate: r.value_date,
    cents: Number(r.cents),
    currency: r.currency,
    originalCents: r.original_cents === null ? null : Number(r.original_cents),
    originalCurrency: r.original_currency,
    words: labelMatchWords(r.label),
    category: r.category,
    apart: JSON.parse(r.kept_apart) as string[],
  }));
  const expenses: MatchExpense[] = expenseRows.map((r) => ({
    id: r.id,
    date: r.date,
    cents: Number(r.cents),
    currency: r.currency,
    words: words(r.description, r.transcript),
    category: r.category,
  }));
  const result = match(lines, expenses);
  const matched = new Set(result.matched.map((m) => m.lineId));
  const ambiguous = new Map(result.ambiguous.map((a) => [a.lineId, a.candidates]));
  const stored = new Map(lineRows.map((r) => [r.id, JSON.parse(r.candidates) as string[]]));
  return {
    pairs: result.matched,
    candidates: lines
      .filter((l) => !matched.has(l.id))
      .map((l) => ({ id: l.id, candidates: ambiguous.get(l.id) ?? [] }))
      .filter((c) => !sameIds(stored.get(c.id) ?? [], c.candidates)),
    lines: lines.map((l) => l.id),
  };
}

/** Whether writing the plan would change a row. */
export const planWrites = (plan: WindowPlan): boolean => plan.pairs.length > 0 || plan.candidates.length > 0;

/** The plan's outcome: lines paired and lines left open, only `counted` ones when given. */
export function planOutcome(plan: WindowPlan, counted?: ReadonlySet<string>): RematchOutcome {
  const counts = (id: string) => counted === undefined || counted.has(id);
  const matched = new Set(plan.pairs.map((m) => m.lineId));
  return {
    matched: [...matched].filter(counts).length,
    open: plan.lines.filter((id) => !matched.has(id) && counts(id)).length,
  };
}

/** Open debits of [from, to] against open expenses around them; writes the outcome. */
export async function rematchWindow(
  tx: SqlTx,
  owner: Owner,
  from: string,
  to: string,
  match: Matcher,
  /** Count only these lines (an import's new ones); all of the window's otherwise. */
  counted?: ReadonlySet<string>,
): Promise<RematchOutcome> {
  const plan = await planWindow(tx, owner, from, to, match);
  if (plan.pairs.length > 0) {
    await tx.query(
      // One statement for every pair; updated_at set here spares the row trigger (20261204090000).
      `update expenses e set bank_line_id = r.line_id::uuid, updated_at = now()
       from jsonb_to_recordset($1::text::jsonb) as r(expense_id text, line_id text)
       where e.id = r.expense_id::uuid and e.bank_line_id is null`,
      [JSON.stringify(plan.pairs.map((m) => ({ expense_id: m.expenseId, line_id: m.lineId })))],
    );
  }
  if (plan.candidates.length > 0) {
    await tx.query(
      `update bank_lines l set candidates = r.candidates
       from jsonb_to_recordset($1::text::jsonb) as r(id text, candidates jsonb)
       where l.id = r.id::uuid and l.candidates <> r.candidates`,
      [JSON.stringify(plan.candidates)],
    );
  }
  return planOutcome(plan, counted);
}
