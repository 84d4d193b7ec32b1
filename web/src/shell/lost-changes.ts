/**
 * The changes a flush could not keep (an edit that lost to a newer one, a change the server
 * refused: flush.ts's onEditLost, called once per change), said together in one toast: a flush
 * that drops three changes says all three, not only the last, one short line each (the bill, the
 * fields, why), so that two fit a phone's screen. Pure, tested beside.
 */
import type { Expense } from '@voicetrack/shared';
import type { ChangeRefusal } from '../data/refused-change.ts';

export interface LostChange {
  expense: Expense;
  fields: string[];
  /** Refused by the server (refused-change.ts), rather than lost to a newer change. */
  refused?: ChangeRefusal;
}

/** What the toast says: each change in its words, in the order they were told. */
export interface LostWords {
  editLost: (fields: string) => string;
  editRefused: (bill: string, fields: string, why: ChangeRefusal) => string;
  changesNotKept: (n: number) => string;
  /** One line of several: the bill, the fields, the short reason after them. */
  changeLine: (bill: string, fields: string, why: string) => string;
  shortWhy: Record<ChangeRefusal | 'lost', string>;
  fields: Record<string, string>;
}

export interface LostToast {
  /** One change: its sentence; several: « 3 modifications n’ont pas été gardées ». */
  head: string;
  /** Several: one short line each (« Resto, 12,50 € (date) : valeur refusée par le serveur »); one: none. */
  lines: string[];
  /** The expense « Modifier » opens: only when every change is of one expense that is still there. */
  editable: Expense | null;
}

/** The changes already in the toast, with one more (a toast of another kind is replaced). */
export function withLost(shown: readonly LostChange[] | null, change: LostChange): LostChange[] {
  return [...(shown ?? []), change];
}

/** A change refused whose expense stays, and whose values the person can make again. */
const redoable = (c: LostChange) =>
  c.refused !== undefined && c.refused !== 'gone' && c.refused !== 'not_deleted';

export function lostToast(
  changes: readonly LostChange[],
  words: LostWords,
  /** The bill in the words of its row (« Courses, 30,00 € »). */
  bill: (expense: Expense) => string,
): LostToast {
  const fieldsOf = (c: LostChange) => c.fields.map((f) => words.fields[f] ?? f).join(', ');
  const sentence = (c: LostChange) =>
    c.refused ? words.editRefused(bill(c.expense), fieldsOf(c), c.refused) : words.editLost(fieldsOf(c));
  const line = (c: LostChange) =>
    words.changeLine(
      bill(c.expense),
      c.refused === 'not_deleted' ? '' : fieldsOf(c),
      words.shortWhy[c.refused ?? 'lost'],
    );
  const first = changes[0];
  const oneExpense = first !== undefined && changes.every((c) => c.expense.id === first.expense.id);
  const last = changes[changes.length - 1];
  // The last change told is the one the row now stands on; none of them must have removed it.
  const editable =
    oneExpense && last && changes.some(redoable) && changes.every((c) => c.refused !== 'gone')
      ? last.expense
      : null;
  if (changes.length === 1 && first)
    return { head: sentence(first), lines: [], editable: redoable(first) ? first.expense : null };
  return { head: words.changesNotKept(changes.length), lines: changes.map(line), editable };
}
