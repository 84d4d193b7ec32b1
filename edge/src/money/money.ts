/**
 * Money awareness, put together once per app: budget alerts after writes (in the background),
 * Web Push with its keys, and the recurring runner. The routes, the capture pipeline and the Node
 * schedule take the parts they need from here.
 */
import type { LabelLang } from '@voicetrack/shared';
import type { PushConfig } from '../config/push.ts';
import type { Logger } from '../observe/logger.ts';
import type { PushSender, Store, VapidKeys } from '../ports.ts';
import { type Background, createBackground } from './background.ts';
import {
  checkBudgetAlerts,
  createSpendingWatch,
  type MessageChannel,
  type SpendingWatch,
} from './budget-alerts.ts';
import { checkHouseholdBudgetAlerts } from './household-budget-alerts.ts';
import { createPushNotifier, type PushNotifier } from './push-notifier.ts';
import { createRecurringRunner, type RecurringRunner } from './recurring-runner.ts';
import { vapidKeySource } from './vapid.ts';

export interface MoneyOptions {
  /** The push service client (web-push); null: no push, alerts go to Telegram and e-mail only. */
  pushSender: PushSender | null;
  push: PushConfig;
  /** Telegram and e-mail for alerts (local mode). */
  channels: readonly MessageChannel[];
  /** REPORT_LANG: alerts to a device without a locale, and to Telegram and e-mail. */
  lang: LabelLang;
  /** REPORT_TIMEZONE: which month is "this month" when a write does not say its zone. */
  timeZone: string;
  background?: Background;
  now?: () => Date;
  /** Recurring expenses one run may make (RECURRING_MAX_PER_RUN). */
  recurringMaxPerRun?: number;
}

export interface Money {
  watch: SpendingWatch;
  runner: RecurringRunner;
  notifier: PushNotifier | null;
  vapidKeys: () => Promise<VapidKeys>;
  allowedOrigins: readonly string[];
  timeZone: string;
  lang: LabelLang;
  now: () => Date;
  background: Background;
}

export function createMoney(store: Store, options: MoneyOptions, logger: Logger): Money {
  const now = options.now ?? (() => new Date());
  const background = options.background ?? createBackground(logger);
  const vapidKeys = vapidKeySource(options.push.vapid, store.push);
  const notifier = options.pushSender
    ? createPushNotifier({
        store: store.push,
        sender: options.pushSender,
        keys: vapidKeys,
        subject: options.push.subject,
        allowedOrigins: options.push.allowedOrigins,
        logger,
      })
    : null;
  const alerts = { push: notifier, channels: options.channels, lang: options.lang, logger };
  const watch = createSpendingWatch({
    checks: [
      (owner, month) => checkBudgetAlerts({ ...alerts, budgets: store.budgets }, owner, month),
      // A household's bill can take the household's budgets over a threshold: every member hears it.
      (owner, month) =>
        checkHouseholdBudgetAlerts(
          { ...alerts, households: store.households, householdBudgets: store.householdBudgets },
          owner,
          month,
        ),
    ],
    background,
    defaultTimeZone: options.timeZone,
    now,
  });
  return {
    watch,
    runner: createRecurringRunner({
      recurring: store.recurring,
      watch,
      now,
      ...(options.recurringMaxPerRun ? { maxPerRun: options.recurringMaxPerRun } : {}),
    }),
    notifier,
    vapidKeys,
    allowedOrigins: options.push.allowedOrigins,
    timeZone: options.timeZone,
    lang: options.lang,
    now,
    background,
  };
}
