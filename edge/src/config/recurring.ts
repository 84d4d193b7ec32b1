/** Recurring expenses: when the Node server makes those that are due (`off`: on requests only). */
import * as v from 'valibot';
import { textOr } from './env.ts';

export const recurringConfig = v.pipe(
  v.object({ RECURRING_CRON: textOr('*/15 * * * *') }),
  v.transform((env) => ({ cron: env.RECURRING_CRON.toLowerCase() === 'off' ? null : env.RECURRING_CRON })),
);

export type RecurringConfig = v.InferOutput<typeof recurringConfig>;
