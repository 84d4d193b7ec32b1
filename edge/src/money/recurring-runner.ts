/**
 * Makes recurring expenses when their day has come, in each rule's time zone. Run by the Node
 * server's schedule (everyone's rules), and before every answer that shows money (the owner's), so
 * Supabase, which has no schedule, makes them too. Each month's expense has a clientId derived
 * from (rule, month): however many runners race, crash or run late, the expenses' unique key lets
 * one insert through.
 */
import { addDays, dueOccurrences, type Expense, localDate } from '@voicetrack/shared';
import type { Owner, RecurringStore } from '../ports.ts';
import type { SpendingWatch } from './budget-alerts.ts';

/** Our UUID v5 namespace for recurring expenses (random, fixed forever: it keys existing rows). */
const NAMESPACE = '5f0c7b2e-9a41-4d3c-8e6f-2b7d1c9a4e80';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The clientId of a rule's expense for a month: a UUID v5 (RFC 9562) of "ruleId/YYYY-MM". */
export async function recurringClientId(ruleId: string, month: string): Promise<string> {
  const ns = NAMESPACE.replaceAll('-', '');
  const name = new TextEncoder().encode(`${ruleId}/${month}`);
  const data = new Uint8Array(16 + name.length);
  for (let i = 0; i < 16; i++) data[i] = Number.parseInt(ns.slice(i * 2, i * 2 + 2), 16);
  data.set(name, 16);
  const h = new Uint8Array(await crypto.subtle.digest('SHA-1', data)).slice(0, 16);
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const s = hex(h);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export interface RecurringRunner {
  /** Makes what is due for one person (before answers that show money, and after a rule changes). */
  runFor(owner: Owner): Promise<Expense[]>;
  /** Makes what is due for everyone (the Node server's schedule). */
  runAll(): Promise<Expense[]>;
}

export function createRecurringRunner(options: {
  recurring: RecurringStore;
  watch: SpendingWatch | null;
  now?: () => Date;
  /**
   * Expenses one run makes at most (each rule at most 24 months): a run stays short however many
   * rules are behind, and the next run goes on where it stopped.
   */
  maxPerRun?: number;
}): RecurringRunner {
  const clock = options.now ?? (() => new Date());
  const maxPerRun = options.maxPerRun ?? 100;
  const run = async (owner: Owner | null): Promise<Expense[]> => {
    const now = clock();
    // The latest calendar date anywhere on Earth (UTC+14): each rule is then read in its own zone.
    const due = await options.recurring.dueBy(owner, addDays(now.toISOString().slice(0, 10), 1));
    const made: Expense[] = [];
    const touched = new Map<string | null, { owner: Owner; timeZone: string }>();
    for (const { rule, userId } of due) {
      const room = maxPerRun - made.length;
      if (room <= 0) break;
      const { due: dates, next } = dueOccurrences(
        rule.nextDate,
        rule.dayOfMonth,
        localDate(now, rule.timezone),
        Math.min(24, room),
      );
      if (dates.length === 0) continue;
      const ruleOwner = owner ?? { userId };
      const occurrences = await Promise.all(
        dates.map(async (date) => ({ date, clientId: await recurringClientId(rule.id, date.slice(0, 7)) })),
      );
      const expenses = await options.recurring.materialize(
        ruleOwner,
        rule.id,
        rule.nextDate,
        occurrences,
        next,
      );
      if (expenses.length === 0) continue;
      made.push(...expenses);
      touched.set(userId, { owner: ruleOwner, timeZone: rule.timezone });
    }
    for (const t of touched.values()) options.watch?.changed(t.owner, t.timeZone);
    return made;
  };
  return { runFor: (owner) => run(owner), runAll: () => run(null) };
}
