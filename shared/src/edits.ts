/**
 * Edits from several devices: last writer wins, field by field. Each field remembers when it was
 * last set (an ISO instant, on the server's clock: editMoment); an edit made earlier than that,
 * for that field, loses — so an offline phone replaying an old edit cannot undo a newer change
 * made on the laptop, and two devices changing different fields both win. A field nobody has
 * edited yet goes to the first edit, whenever it was made: the row's creation is no person's
 * change, and an edit older than the row is one made to a note's row before the server had it.
 */
export const EDITABLE_FIELDS = ['amount', 'currency', 'category', 'description', 'date'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
/** A household's bill's payer and shares: stamped and won field by field as the others. */
export const SHARE_FIELDS = ['paidBy', 'split'] as const;
export type ShareField = (typeof SHARE_FIELDS)[number];
export type StampedField = EditableField | ShareField;

export type FieldValues = Partial<Record<EditableField, string>>;
/** A household's bill's payer and its shares, whole (integer cents in the household's order). */
export interface ShareValues {
  paidBy?: string;
  split?: Array<{ memberId: string; cents: number }>;
}
/** What a person's edit of an expense changes: its fields, and a household's bill's payer and shares. */
export type ExpenseEdits = FieldValues & ShareValues;
export type FieldStamps = Partial<Record<StampedField, string>>;

export interface FieldEditResult<V extends Partial<Record<StampedField, unknown>> = FieldValues> {
  /** The fields to write (the edit won them). */
  apply: V;
  /** The new stamps of the fields written. */
  stamps: FieldStamps;
  /** Fields the edit lost to a newer change. */
  rejected: StampedField[];
}

/** A phone whose clock is within this of the server's (sending included) is taken at its word. */
export const CLOCKS_AGREE_MS = 2_000;

/**
 * When an edit counts as made, on the server's clock (an ISO instant). A phone stamps its change
 * with its own clock (`editedAt`) and says that clock again when it sends it (`sentAt`): the
 * change was made `sentAt − editedAt` before the server received it, a span one clock measured,
 * right whatever that clock's error; so a phone ten minutes behind or ahead still has its changes
 * counted at the moment they were made (late by the request's way over the network). When the two
 * clocks agree within CLOCKS_AGREE_MS (sending included), `editedAt` as it is. Without
 * `sentAt` (a phone older than it), `editedAt` as it is. A moment after `now` (a clock changed
 * between the change and its sending, or a phone older than `sentAt` running ahead) counts as now:
 * it would freeze the field. Without `editedAt`, now.
 */
export function editMoment(editedAt: string | undefined, sentAt: string | undefined, now: Date): string {
  // Stryker disable next-line ConditionalExpression: without it, Date.parse(undefined) is NaN, which also gives now.
  if (editedAt === undefined) return now.toISOString();
  const gap = sentAt === undefined ? 0 : now.getTime() - Date.parse(sentAt);
  // A gap this small is the request's way, not a wrong clock: the phone's own stamp is nearer the
  // truth than one made late by the network (a laptop's change a few ms after it would lose).
  const shift = Math.abs(gap) <= CLOCKS_AGREE_MS ? 0 : gap;
  const made = Date.parse(editedAt) + shift;
  // Stryker disable next-line EqualityOperator: at exactly now, `made` and now are the same instant.
  return Number.isNaN(made) || made > now.getTime() ? now.toISOString() : new Date(made).toISOString();
}

/**
 * @param stamps  when each field was last set (missing: never edited; the edit wins it)
 * @param edit    the fields the device changed
 * @param editedAt when the device made the change (editMoment)
 */
export function resolveFieldEdits<V extends Partial<Record<StampedField, unknown>> = FieldValues>(
  stamps: FieldStamps,
  edit: V,
  editedAt: string,
): FieldEditResult<V> {
  const when = Date.parse(editedAt);
  const apply: Partial<Record<StampedField, unknown>> = {};
  const next: FieldStamps = {};
  const rejected: StampedField[] = [];
  for (const field of [...EDITABLE_FIELDS, ...SHARE_FIELDS]) {
    const value = edit[field];
    if (value === undefined) continue;
    const stamp = stamps[field];
    // Stryker disable next-line ConditionalExpression: Date.parse(undefined) is NaN as well.
    const last = stamp === undefined ? Number.NaN : Date.parse(stamp);
    // Ties go to the edit: the same instant twice is the same edit replayed.
    if (Number.isNaN(last) || when >= last) {
      apply[field] = value;
      next[field] = editedAt;
    } else rejected.push(field);
  }
  return { apply: apply as V, stamps: next, rejected };
}
