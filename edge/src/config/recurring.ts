/**
 * Recurring expenses: when the Node server makes those that are due (`off`: on requests only), and
 * how many one run may make (the rest wait for the next run: an answer never makes thousands).
 */
import * as v from 'valibot';
import { int, textOr } from './env.ts';

export const recurringConfig = v.pipe(
  v.object({ RECURRING_CRON: textOr('*/15 * * * *'), RECURRING_MAX_PER_RUN: int(100, 1, 100_000) }),
  v.transform((env) => ({
    cron: env.RECURRING_CRON.toLowerCase() === 'off' ? null : env.RECURRING_CRON,
    maxPerRun: env.RECURRING_MAX_PER_RUN,
  })),
);

export type RecurringConfig = v.InferOutput<typeof recurringConfig>;
