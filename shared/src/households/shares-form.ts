/**
 * The arithmetic of « Qui a payé, qui doit quoi » in a household bill's edit dialog (the PWA's
 * expenses/edit-dialog.tsx; pure, tested beside): the shares as the person sets them — equal among the members they tick, or amounts
 * typed that must add up to the bill — and what the edit sends. The shares are sent whole, in
 * integer cents in the household's order, as the server keeps them; nothing is sent the server
 * would do by itself (an amount edited alone keeps its shares' proportions: resplitCents).
 */
import type { ShareValues } from '../edits.ts';
import { decimalToCents, typedDecimal } from '../money.ts';
import type { Household } from './households-api.ts';
import { resplitCents, type Share, splitCents } from './split.ts';
import { sharesGap } from './split-edit.ts';

export type SharesMode = 'equal' | 'amounts';

export interface SharesForm {
  paidBy: string;
  mode: SharesMode;
  /** `equal`: the members who bear it. */
  chosen: readonly string[];
  /** `amounts`: what the person typed per member; null until they type one (then the bill's shares, following its amount). */
  typed: Readonly<Record<string, string>> | null;
}

export interface BillShares {
  paidBy?: string | undefined;
  split?: readonly Share[] | undefined;
}

/** A member's name: a current member's, or one who left (`former`); undefined when the household as known here never had them. */
export const memberName = (household: Household, id: string): string | undefined =>
  household.members.find((m) => m.id === id)?.name ?? household.former?.find((m) => m.id === id)?.name;

/**
 * The members the editor lists: the household's current ones, and anyone the bill names who left,
 * by name with `goneName` beside it (« Tom (ancien membre) »), or `goneName` alone when the phone
 * does not know their name.
 */
export function billMembers(
  bill: BillShares,
  household: Household,
  goneName: string,
): Array<{ id: string; name: string }> {
  const listed = household.members.map(({ id, name }) => ({ id, name }));
  const gone = [bill.paidBy, ...(bill.split ?? []).map((s) => s.memberId)].filter(
    (id): id is string => id !== undefined && !listed.some((m) => m.id === id),
  );
  return [
    ...listed,
    ...[...new Set(gone)].map((id) => {
      const name = memberName(household, id);
      return { id, name: name ? `${name} (${goneName})` : goneName };
    }),
  ];
}

/** The form as the bill stands: equal among those who bear it when it is split so, else its amounts. */
export function sharesFormOf(bill: BillShares, order: readonly string[]): SharesForm {
  const split = bill.split ?? [];
  const bearers = split.filter((s) => s.cents > 0).map((s) => s.memberId);
  const total = split.reduce((sum, s) => sum + s.cents, 0);
  const equal = total > 0 ? splitCents(total, order, { kind: 'equal', memberIds: bearers }) : null;
  const isEqual =
    split.length === 0 ||
    (equal?.kind === 'split' &&
      equal.shares.every((s) => split.find((p) => p.memberId === s.memberId)?.cents === s.cents));
  return {
    paidBy: bill.paidBy ?? order[0] ?? '',
    mode: isEqual ? 'equal' : 'amounts',
    chosen: bearers.length > 0 ? bearers : [...order],
    typed: null,
  };
}

/** A share as typed: "" is nothing; null when it is no amount of money. */
export function centsTyped(typed: string): number | null {
  if (typed.trim() === '') return 0;
  const decimal = typedDecimal(typed);
  return decimal === null ? null : decimalToCents(decimal);
}

export type SharesReading =
  | { kind: 'shares'; shares: Share[] }
  /** `gap` > 0: cents missing; < 0: cents too many. */
  | { kind: 'gap'; shares: Share[]; gap: number }
  | { kind: 'nobody' }
  | { kind: 'unreadable'; memberId: string };

/**
 * The shares of `totalCents` the form says, one per member listed (0 for those who bear none), in
 * the household's order. Untyped amounts are the bill's shares in proportion to its new amount.
 */
export function readShares(
  form: SharesForm,
  totalCents: number,
  order: readonly string[],
  bill: BillShares,
): SharesReading {
  const full = (cents: ReadonlyMap<string, number>): Share[] =>
    order.map((memberId) => ({ memberId, cents: cents.get(memberId) ?? 0 }));
  if (form.mode === 'equal') {
    const chosen = order.filter((id) => form.chosen.includes(id));
    if (chosen.length === 0) return { kind: 'nobody' };
    const split = splitCents(totalCents, order, { kind: 'equal', memberIds: chosen });
    if (split.kind !== 'split') return { kind: 'nobody' };
    return { kind: 'shares', shares: full(new Map(split.shares.map((s) => [s.memberId, s.cents]))) };
  }
  const cents = new Map<string, number>();
  if (form.typed === null) {
    for (const s of followed(bill, totalCents) ?? []) cents.set(s.memberId, s.cents);
  } else {
    for (const id of order) {
      const typed = centsTyped(form.typed[id] ?? '');
      if (typed === null) return { kind: 'unreadable', memberId: id };
      cents.set(id, typed);
    }
  }
  const shares = full(cents);
  const gap = sharesGap(totalCents, shares);
  return gap === 0 ? { kind: 'shares', shares } : { kind: 'gap', shares, gap };
}

/** The bill's shares at a new amount, as the server would give them (resplitCents). */
const followed = (bill: BillShares, totalCents: number): Share[] | null =>
  bill.split ? resplitCents(totalCents, bill.split) : null;

/**
 * What the edit sends of the payer and the shares: only what changed, and no shares the server
 * would give the bill by itself (its old shares in proportion to the new amount).
 */
export function sharesEdit(
  bill: BillShares,
  paidBy: string,
  shares: readonly Share[],
  totalCents: number,
): ShareValues {
  const edit: ShareValues = {};
  if (paidBy !== bill.paidBy) edit.paidBy = paidBy;
  const same = (a: readonly Share[] | null | undefined) =>
    !!a &&
    a.filter((s) => s.cents > 0).length === shares.filter((s) => s.cents > 0).length &&
    shares.every((s) => (a.find((p) => p.memberId === s.memberId)?.cents ?? 0) === s.cents);
  if (!same(followed(bill, totalCents))) edit.split = shares.map((s) => ({ ...s }));
  return edit;
}
