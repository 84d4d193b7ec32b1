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
import type { NewRule, Owner, RecurringStore } from '../ports.ts';
import { type Refusal, refused } from '../refusal.ts';
import type { RecurringRunner } from './recurring-runner.ts';

export interface RuleDeps {
  recurring: RecurringStore;
  runner: RecurringRunner;
  /** The zone of a rule that names none (REPORT_TIMEZONE). */
  timeZone: string;
  now: () => Date;
}

/**
 * A new rule starts with this month's day (or its `startMonth`'s, when later); when that day has
 * passed, this month's expense is made at once (the person pays it this month too). Returns the rule as it now stands and the
 * expenses made.
 */
export async function createRule(
  deps: RuleDeps,
  owner: Owner,
  body: RecurringCreate,
): Promise<{ rule: RecurringRule; expenses: Expense[] }> {
  const timezone = body.timezone ?? deps.timeZone;
  const rule = await deps.recurring.create(owner, {
    amount: body.amount,
    currency: body.currency,
    category: body.category,
    description: body.description,
    dayOfMonth: body.dayOfMonth,
    timezone,
    nextDate: firstOccurrence(localDate(deps.now(), timezone), body.dayOfMonth, body.startMonth),
  });
  const expenses = await deps.runner.runFor(owner);
  return { rule: (await deps.recurring.get(owner, rule.id)) ?? rule, expenses };
}

/**
 * Changes apply from the next expense on. A new day moves the pending expense within its month
 * (made at once if that day has passed); the expenses already made stay as they are.
 */
export async function updateRule(
  deps: RuleDeps,
  owner: Owner,
  id: string,
  patch: RecurringPatch,
): Promise<{ kind: 'updated'; rule: RecurringRule } | Refusal<'not_found'>> {
  const current = await deps.recurring.get(owner, id);
  if (!current) return notFound();
  const changes: Partial<NewRule> = { ...patch };
  if (patch.dayOfMonth !== undefined)
    changes.nextDate = rescheduledOccurrence(current.nextDate, patch.dayOfMonth);
  const updated = await deps.recurring.update(owner, id, changes);
  if (!updated) return notFound();
  await deps.runner.runFor(owner);
  return { kind: 'updated', rule: (await deps.recurring.get(owner, id)) ?? updated };
}

/** The owner's rules, each with its next date still to come (what is due is made first). */
export async function listRules(deps: RuleDeps, owner: Owner): Promise<RecurringRule[]> {
  await deps.runner.runFor(owner);
  return deps.recurring.list(owner);
}

/** Deletes a rule. */
export async function deleteRule(
  deps: RuleDeps,
  owner: Owner,
  id: string,
): Promise<{ kind: 'deleted' } | Refusal<'not_found'>> {
  return (await deps.recurring.delete(owner, id)) ? { kind: 'deleted' } : notFound();
}

const notFound = () => refused('not_found', 'No recurring expense with this id.');
