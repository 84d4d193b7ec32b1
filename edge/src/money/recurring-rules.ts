/** Recurring rules' use cases: listing, creating, changing and deleting them, with their calendar. */
import {
  type Expense,
  firstOccurrence,
  localDate,
  type RecurringCreate,
  type RecurringPatch,
  type RecurringRule,
  rescheduledOccurrence,
} from '@voicetrack/shared';
import type { HouseholdStore, Owner, RecurringStore, RuleChanges } from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';
import type { RecurringRunner } from './recurring-runner.ts';
import { checkSharedRule, sharedRuleFor } from './shared-rules.ts';

export interface RuleDeps {
  recurring: RecurringStore;
  runner: RecurringRunner;
  /** The households a shared rule belongs to (membership, its members). */
  households: HouseholdStore;
  /** The zone of a rule that names none (REPORT_TIMEZONE). */
  timeZone: string;
  now: () => Date;
}

type SharedRefusal = Refusal<'not_found' | 'forbidden' | 'validation_failed'>;

/**
 * A new rule starts with this month's day (or its `startMonth`'s, when later); when that day has
 * passed, this month's expense is made at once (the person pays it this month too). A household's
 * rule is made by one of its members, paid by a member, split among members. Returns the rule as it
 * now stands and the expenses made.
 */
export async function createRule(
  deps: RuleDeps,
  owner: Owner,
  body: RecurringCreate,
): Promise<{ kind: 'created'; rule: RecurringRule; expenses: Expense[] } | SharedRefusal> {
  const timezone = body.timezone ?? deps.timeZone;
  const shared = body.householdId
    ? await sharedRuleFor(deps, owner, body.householdId, body.amount, body)
    : undefined;
  if (shared?.kind === 'refused') return shared;
  const rule = await deps.recurring.create(owner, {
    amount: body.amount,
    currency: body.currency,
    category: body.category,
    description: body.description,
    dayOfMonth: body.dayOfMonth,
    timezone,
    nextDate: firstOccurrence(localDate(deps.now(), timezone), body.dayOfMonth, body.startMonth),
    shared: shared?.shared,
  });
  const expenses = await deps.runner.runFor(owner);
  return { kind: 'created', rule: (await deps.recurring.get(owner, rule.id)) ?? rule, expenses };
}

/**
 * Changes apply from the next expense on. A new day moves the pending expense within its month
 * (made at once if that day has passed); the expenses already made stay as they are. A paused
 * household's rule given a payer who is a member (or a split someone still bears) starts again
 * from this month: the months it was paused are not made up.
 */
export async function updateRule(
  deps: RuleDeps,
  owner: Owner,
  id: string,
  patch: RecurringPatch,
): Promise<{ kind: 'updated'; rule: RecurringRule } | SharedRefusal> {
  const current = await deps.recurring.get(owner, id);
  if (!current) return notFound();
  const changes: RuleChanges = { ...patch };
  if (patch.paidBy !== undefined || patch.split !== undefined) {
    const checked = await checkSharedRule(deps, owner, current, patch);
    if (checked.kind === 'refused') return checked;
  }
  if (patch.dayOfMonth !== undefined)
    changes.nextDate = rescheduledOccurrence(current.nextDate, patch.dayOfMonth);
  let updated = await deps.recurring.update(owner, id, changes);
  if (!updated) return notFound();
  if (current.pausedReason && !updated.pausedReason) {
    const restart = firstOccurrence(localDate(deps.now(), updated.timezone), updated.dayOfMonth);
    // ISO dates compare as strings.
    if (restart > updated.nextDate)
      updated = (await deps.recurring.update(owner, id, { nextDate: restart })) ?? updated;
  }
  await deps.runner.runFor(owner);
  return { kind: 'updated', rule: (await deps.recurring.get(owner, id)) ?? updated };
}

/** The owner's rules and their households', each with its next date still to come (what is due is made first). */
export async function listRules(deps: RuleDeps, owner: Owner): Promise<RecurringRule[]> {
  await deps.runner.runFor(owner);
  return deps.recurring.list(owner);
}

/** Deletes a rule (a household's: any of its members may). */
export async function deleteRule(
  deps: RuleDeps,
  owner: Owner,
  id: string,
): Promise<{ kind: 'deleted' } | Refusal<'not_found'>> {
  return (await deps.recurring.delete(owner, id)) ? { kind: 'deleted' } : notFound();
}

const notFound = () => refused('not_found', 'No recurring expense with this id.');
