/**
 * A note said in a household: its expenses are the household's bills. The amount is the whole
 * bill (the parser was told not to take the speaker's part), the payer is the speaker unless the
 * words name a member (« Marie a payé »), and the split is equal among the members unless the
 * words say it is for one of them (« c'est pour Paul », « pour moi seul »). When the words count
 * people the household does not have (« on était trois » among two), the bill waits for review:
 * never guessed.
 */
import {
  decimalToCents,
  type HouseholdWords,
  readHouseholdWords,
  type SplitRule,
  splitCents,
} from '@voicetrack/shared';
import type { CaptureOutcome, HouseholdStore, MemberRecord, NewExpense, Owner } from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';
import { memberOf } from './households.ts';

export interface CaptureHousehold {
  id: string;
  /** Active members, in the household's order. */
  members: MemberRecord[];
  me: string;
}

export const HOUSEHOLD_COUNT_REASON = 'household_count';

/** The household a note is said in, with the speaker's member; refused when the owner is not one. */
export async function householdForCapture(
  deps: { households: HouseholdStore },
  owner: Owner,
  householdId: string,
): Promise<CaptureHousehold | Refusal<'not_found' | 'forbidden'>> {
  const household = await deps.households.get(owner, householdId);
  if (!household) return refused('not_found', 'householdId: no such household.');
  const me = await memberOf(deps, owner, household);
  if (!me)
    return refused(
      'forbidden',
      owner.userId === null
        ? 'This device speaks for nobody in the household: pair it with `pnpm pair --person NAME`, or join with a name.'
        : 'You are not a member of this household.',
    );
  return { id: household.id, members: household.members.filter((m) => m.active), me: me.id };
}

/**
 * The household a note or a ticket is said in: null when it names none; refused when this server
 * keeps no households, or as householdForCapture refuses.
 */
export async function captureHouseholdOf(
  deps: { households?: HouseholdStore | undefined },
  owner: Owner,
  householdId: string | undefined,
): Promise<CaptureHousehold | null | Refusal<'not_found' | 'forbidden'>> {
  if (householdId === undefined) return null;
  if (!deps.households) return refused('not_found', 'householdId: this server keeps no households.');
  return householdForCapture({ households: deps.households }, owner, householdId);
}

/**
 * A note said in the household: its expenses become the household's bills; « j'ai remboursé 24 €
 * à Marie » becomes no expense and a repayment proposed for the person to confirm.
 */
export function shareOutcome(outcome: CaptureOutcome, household: CaptureHousehold): CaptureOutcome {
  const words = readHouseholdWords(outcome.transcript, household.members);
  const said = outcome.movement ?? outcome.expenses.find((e) => e.amount !== null);
  if (words.repaidTo && words.repaidTo !== household.me && said?.amount) {
    const { amount, currency, date } = said;
    const to = household.members.find((m) => m.id === words.repaidTo);
    return {
      ...outcome,
      outcome: 'no_expense',
      expenses: [],
      movement: { kind: 'repayment', amount, currency, description: to?.name ?? '', date },
      settlement: {
        householdId: household.id,
        fromMemberId: household.me,
        toMemberId: words.repaidTo,
        amount,
        currency,
      },
    };
  }
  return { ...outcome, expenses: shareExpenses(outcome.expenses, words, household) };
}

/**
 * A ticket photographed in the household: its bill, paid by the member who took the photo and
 * split equally (what a ticket prints says nothing of who owes what; the split can be edited).
 */
export function shareReceiptOutcome(outcome: CaptureOutcome, household: CaptureHousehold): CaptureOutcome {
  return {
    ...outcome,
    expenses: shareExpenses(outcome.expenses, readHouseholdWords('', household.members), household),
  };
}

function shareExpenses(
  expenses: readonly NewExpense[],
  words: HouseholdWords,
  household: CaptureHousehold,
): NewExpense[] {
  const memberIds = household.members.map((m) => m.id);
  const paidBy = words.paidBy ?? household.me;
  const rule: SplitRule = words.onlyFor
    ? { kind: 'only', memberId: words.onlyFor === 'me' ? household.me : words.onlyFor }
    : { kind: 'equal' };
  const countDiffers = !words.onlyFor && words.people !== undefined && words.people !== memberIds.length;
  return expenses.map((bill) => {
    // « Paul a payé 60 € de courses »: alone, someone else's spending (not_paid); in the household,
    // a member's bill, paid by them.
    const e: NewExpense =
      words.paidBy !== undefined && bill.reviewReason === 'not_paid'
        ? { ...bill, status: 'saved', reviewReason: null }
        : bill;
    const cents = e.amount === null ? null : decimalToCents(e.amount);
    const split = cents ? splitCents(cents, memberIds, rule) : null;
    const shared = { householdId: household.id, paidBy, split: split?.kind === 'split' ? split.shares : [] };
    if (!countDiffers) return { ...e, shared };
    return { ...e, shared, status: 'needs_review', reviewReason: HOUSEHOLD_COUNT_REASON };
  });
}
