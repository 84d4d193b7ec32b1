/**
 * What a change to an unsent row does, as the server would do it to a sent one (pure, tested
 * beside). Loaded with the first change of an unsent row, never on the first screen.
 */
import { editedBy, type FieldValues, PROVENANCE_FIELDS } from '@voicetrack/shared';
import type { Provisional, ProvisionalExpense } from '../data/db.ts';

/** What the person did to an unsent row. */
export type UnsentChange = { kind: 'edit'; patch: FieldValues } | { kind: 'accept' } | { kind: 'delete' };

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
  const remember = (patch?: FieldValues): Provisional => ({
    expenses,
    changes: [...provisional.changes, { position, ...(patch ? { patch } : {}), at }],
  });
  if (change.kind === 'delete') {
    expenses[position] = null;
    return remember();
  }
  const changed: FieldValues = {};
  if (change.kind === 'edit') {
    for (const [k, v] of Object.entries(change.patch) as [keyof FieldValues, string][]) {
      if (v !== row[k]) changed[k] = v;
    }
  }
  // The fields come from the edit form (a category among CATEGORIES); the server checks them again.
  const edited = { ...row, ...changed } as ProvisionalExpense;
  // As the server stamps an edit: the fields the person changed are theirs now, from that day.
  const mine = PROVENANCE_FIELDS.filter((f) => f in changed);
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
