/**
 * Edits from several devices: last writer wins, field by field. Each field remembers when it was
 * last set (an ISO instant); an edit made earlier than that, for that field, loses — so an
 * offline phone replaying an old edit cannot undo a newer change made on the laptop, and two
 * devices changing different fields both win.
 */
export const EDITABLE_FIELDS = ['amount', 'currency', 'category', 'description', 'date'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export type FieldValues = Partial<Record<EditableField, string>>;
export type FieldStamps = Partial<Record<EditableField, string>>;

export interface FieldEditResult {
  /** The fields to write (the edit won them). */
  apply: FieldValues;
  /** The new stamps of the fields written. */
  stamps: FieldStamps;
  /** Fields the edit lost to a newer change. */
  rejected: EditableField[];
}

/**
 * @param stamps  when each field was last set (missing: never edited)
 * @param fallback when the row as a whole was last changed (stands for fields without a stamp)
 * @param edit    the fields the device changed
 * @param editedAt when the device made the change
 */
export function resolveFieldEdits(
  stamps: FieldStamps,
  fallback: string,
  edit: FieldValues,
  editedAt: string,
): FieldEditResult {
  const when = Date.parse(editedAt);
  const apply: FieldValues = {};
  const next: FieldStamps = {};
  const rejected: EditableField[] = [];
  for (const field of EDITABLE_FIELDS) {
    const value = edit[field];
    if (value === undefined) continue;
    const last = Date.parse(stamps[field] ?? fallback);
    // Ties go to the edit: the same instant twice is the same edit replayed.
    if (Number.isNaN(last) || when >= last) {
      apply[field] = value;
      next[field] = editedAt;
    } else rejected.push(field);
  }
  return { apply, stamps: next, rejected };
}
