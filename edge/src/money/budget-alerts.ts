/**
 * Budget alerts: after a write that can change spending, each budget of the month is compared with
 * what saved expenses now add up to; a threshold reached (80 %, 100 %) and not yet claimed for this
 * category, currency and month is claimed (insert or nothing) and announced — once, whatever edits
 * follow. When one write passes both, one message says the higher. Push goes to every device in its
 * own language; Telegram and e-mail (the report's channels) only in local mode, where they are the
 * one person's own.
 */
import {
  alertLang,
  type Budget,
  type BudgetAlert,
  type BudgetTarget,
  type BudgetThreshold,
  budgetAlertText,
  decimalToCents,
  type LabelLang,
  localDate,
  type MonthSpending,
  percentOf,
  spentOn,
  thresholdsReached,
} from '@voicetrack/shared';
import type { Logger } from '../observe/logger.ts';
import type { BudgetStore, Owner } from '../ports.ts';
import type { Background } from './background.ts';
import type { PushNotifier } from './push-notifier.ts';

export interface MessageChannel {
  name: string;
  send(message: { subject: string; text: string; html: string }): Promise<void>;
}

export interface BudgetAlertDeps {
  budgets: BudgetStore;
  push: PushNotifier | null;
  /** Telegram and e-mail, when configured: used in local mode only. */
  channels: readonly MessageChannel[];
  /** REPORT_LANG: the language of a device that gave no locale, and of Telegram and e-mail. */
  lang: LabelLang;
  logger: Logger;
}

/**
 * The alerts the month's spending newly reached: each threshold reached is claimed (`claim`:
 * insert or nothing) and only the highest claimed one per budget is announced.
 */
export async function claimReached(
  budgets: readonly Budget[],
  spending: readonly MonthSpending[],
  month: string,
  claim: (key: {
    month: string;
    category: BudgetTarget;
    currency: string;
    threshold: BudgetThreshold;
  }) => Promise<boolean>,
): Promise<BudgetAlert[]> {
  const alerts: BudgetAlert[] = [];
  for (const budget of budgets) {
    const budgetCents = decimalToCents(budget.amount) ?? 0;
    const spentCents = spentOn(budget, spending);
    const claimed: BudgetThreshold[] = [];
    for (const threshold of thresholdsReached(spentCents, budgetCents)) {
      if (await claim({ month, category: budget.category, currency: budget.currency, threshold }))
        claimed.push(threshold);
    }
    const threshold = claimed.at(-1);
    if (threshold === undefined) continue;
    alerts.push({
      month,
      category: budget.category,
      currency: budget.currency,
      threshold,
      percent: percentOf(spentCents, budgetCents),
      spentCents,
      budgetCents,
    });
  }
  return alerts;
}

/** Claims and announces the thresholds the month's spending has newly reached. */
export async function checkBudgetAlerts(
  deps: BudgetAlertDeps,
  owner: Owner,
  month: string,
): Promise<BudgetAlert[]> {
  const budgets = await deps.budgets.list(owner);
  if (budgets.length === 0) return [];
  const spending = await deps.budgets.monthSpending(owner, month);
  const alerts = await claimReached(budgets, spending, month, (key) => deps.budgets.claimAlert(owner, key));
  for (const alert of alerts) await announce(deps, owner, alert);
  return alerts;
}

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Announces an alert to the owner's devices (push), and in local mode to Telegram and e-mail.
 * `household`: a household's budget, named in the title, each to its own tag.
 */
export async function announce(
  deps: Omit<BudgetAlertDeps, 'budgets'>,
  owner: Owner,
  alert: BudgetAlert,
  household?: { id: string; name: string },
): Promise<void> {
  const tasks: Promise<unknown>[] = [];
  const text = (lang: LabelLang) => {
    const t = budgetAlertText(alert, lang);
    return household ? { ...t, title: `${household.name} — ${t.title}` } : t;
  };
  // A Topic header is at most 32 characters: a household is named by the start of its id.
  const topic = `${household ? `h${household.id.slice(0, 6)}-` : ''}budget-${alert.category}-${alert.currency}`;
  if (deps.push) {
    const payload = (locale: string | null) => ({
      ...text(alertLang(locale, deps.lang)),
      tag: `${topic}-${alert.month}`,
      view: 'month' as const,
      month: alert.month,
    });
    tasks.push(deps.push.notify(owner, payload, topic));
  }
  if (owner.userId === null) {
    const { title, body } = text(deps.lang);
    const message = { subject: `VoiceTrack — ${title}`, text: body, html: `<p>${escapeHtml(body)}</p>` };
    for (const channel of deps.channels) {
      tasks.push(
        channel.send(message).catch((error: unknown) => {
          deps.logger.log('error', 'budget alert not sent', { channel: channel.name, error: String(error) });
        }),
      );
    }
  }
  await Promise.all(tasks);
  deps.logger.log('info', 'budget alert', {
    ...(household ? { household: household.id } : {}),
    month: alert.month,
    category: alert.category,
    currency: alert.currency,
    threshold: alert.threshold,
  });
}

/** What routes and the pipeline call after a write: the check runs after the answer. */
export interface SpendingWatch {
  /** Spending may have changed; `timeZone` says which month is this month (else the server's zone). */
  changed(owner: Owner, timeZone?: string): void;
}

export function createSpendingWatch(options: {
  /** What to check after a write: a person's budgets, their households' (money.ts). */
  checks: ReadonlyArray<(owner: Owner, month: string) => Promise<unknown>>;
  background: Background;
  defaultTimeZone: string;
  now?: () => Date;
}): SpendingWatch {
  const now = options.now ?? (() => new Date());
  return {
    changed(owner, timeZone) {
      // Only this month alerts: an import of last year, or a late note for last month, says nothing.
      const month = localDate(now(), timeZone ?? options.defaultTimeZone).slice(0, 7);
      options.background.run('budget alerts', () =>
        Promise.all(options.checks.map((check) => check(owner, month))),
      );
    },
  };
}
