/**
 * The capture pipeline: the currency a note without one is in, how a repeated note waits, and
 * what a note may cost: its audio's length, the notes sent at once, a day's provider calls.
 */
import * as v from 'valibot';
import { int, textOr } from './env.ts';

export const captureConfig = v.pipe(
  v.object({
    DEFAULT_CURRENCY: v.pipe(
      textOr('EUR'),
      v.transform((code) => code.toUpperCase()),
      v.regex(/^[A-Z]{3}$/, (issue) => `must be an ISO 4217 code, got "${issue.input}"`),
    ),
    CAPTURE_LEASE_SECONDS: int(60, 1, 3600),
    CAPTURE_WAIT_MS: int(25_000, 0, 120_000),
    MAX_AUDIO_SECONDS: int(600, 10, 4 * 3600),
    MAX_UPLOADS_PER_USER: int(2, 1, 100),
    MAX_UPLOADS: int(8, 1, 10_000),
    DAILY_COST_LIMIT_USD: v.pipe(
      textOr('1'),
      v.regex(
        /^\d{1,6}(\.\d{1,6})?$/,
        (issue) => `must be an amount in USD such as 1 or 0.50 (0: no limit), got "${issue.input}"`,
      ),
      v.transform((usd) => Math.round(Number(usd) * 1e9)),
    ),
  }),
  v.transform((env) => ({
    defaultCurrency: env.DEFAULT_CURRENCY,
    /** Seconds a note's claim protects it while it is processed (crash recovery on Postgres). */
    leaseSeconds: env.CAPTURE_LEASE_SECONDS,
    /** How long a repeated request waits for the first one to finish before answering 409. */
    waitMs: env.CAPTURE_WAIT_MS,
    /** A voice note Whisper would hear for longer is refused before the call (413). */
    maxAudioSeconds: env.MAX_AUDIO_SECONDS,
    /** Notes with audio received at once, per person (anonymous users: per address) and in all. */
    uploads: { perUser: env.MAX_UPLOADS_PER_USER, perServer: env.MAX_UPLOADS },
    /** A person's provider calls per UTC day, in billionths of a USD; 0: no limit. */
    dailyCostLimitNano: env.DAILY_COST_LIMIT_USD,
  })),
);

export type CaptureConfig = v.InferOutput<typeof captureConfig>;
