/**
 * What a change to an unsent row does, as the server would do it to a sent one (pure, tested
 * beside). Loaded with the first change of an unsent row, never on the first screen.
 */
import {
  ANY_PROVENANCE_FIELDS,
  decimalToCents,
  type ExpenseEdits,
  editedBy,
  resplitCents,
} from '@voicetrack/shared';
import type { Provisional, ProvisionalExpense } from '../data/db.ts';

/** What the person did to an unsent row: a household's bill's payer and shares too. */
export type UnsentChange = { kind: 'edit'; patch: ExpenseEdits } | { kind: 'accept' } | { kind: 'delete' };

/**
 * A change to an unsent row, as the server would apply it to a sent one: the fields that differ
 * are changed and remembered; once a person edited it (or saved it unchanged while it waited for
 * review, or accepted it) and it has an amount, it no longer waits. null: nothing to do.
 */
export function changeProvisional(
  provisional: Provisional,
  position: number,
  change: UnsentChange,
  at: string,
): Provisional | null {
  const row = provisional.expenses[position];
  if (!row) return null;
  const expenses = [...provisional.expenses];
  const remember = (patch?: ExpenseEdits): Provisional => ({
    expenses,
    changes: [...provisional.changes, { position, ...(patch ? { patch } : {}), at }],
  });
  if (change.kind === 'delete') {
    expenses[position] = null;
    return remember();
  }
  const changed: ExpenseEdits = {};
  if (change.kind === 'edit') {
    for (const [k, v] of Object.entries(change.patch) as [keyof ExpenseEdits, unknown][]) {
      // Shares compared by value: the dialog gives a new list each time.
      if (JSON.stringify(v) !== JSON.stringify(row[k])) Object.assign(changed, { [k]: v });
    }
  }
  // The fields come from the edit form (a category among CATEGORIES); the server checks them again.
  const edited = { ...row, ...changed, ...sharesFollow(row, changed) } as ProvisionalExpense;
  // As the server stamps an edit: the fields the person changed are theirs now, from that day.
  const mine = ANY_PROVENANCE_FIELDS.filter((f) => f in changed);
  if (row.provenance && mine.length > 0) edited.provenance = editedBy(row.provenance, mine, at.slice(0, 10));
  if (Object.keys(changed).length === 0) {
    // Unchanged: an accept of a row that waits; nothing otherwise.
    if (row.status !== 'needs_review' || row.amount === null) return null;
    expenses[position] = { ...edited, status: 'saved', reviewReason: null };
    return remember({ amount: row.amount });
  }
  expenses[position] = edited.amount !== null ? { ...edited, status: 'saved', reviewReason: null } : edited;
  return remember(changed);
}

/**
 * A bill's amount edited without new shares: its shares follow in their proportions, as the server
 * re-splits them (shared's resplitCents), so the row shows what the server will keep.
 */
function sharesFollow(row: ProvisionalExpense, changed: ExpenseEdits): Pick<ProvisionalExpense, 'split'> {
  if (changed.split || changed.amount === undefined || !row.split?.length) return {};
  const split = resplitCents(decimalToCents(changed.amount) ?? 0, row.split);
  return split ? { split } : {};
}
