/** The capture pipeline: the currency a note without one is in, and how a repeated note waits. */
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
  }),
  v.transform((env) => ({
    defaultCurrency: env.DEFAULT_CURRENCY,
    /** Seconds a note's claim protects it while it is processed (crash recovery on Postgres). */
    leaseSeconds: env.CAPTURE_LEASE_SECONDS,
    /** How long a repeated request waits for the first one to finish before answering 409. */
    waitMs: env.CAPTURE_WAIT_MS,
  })),
);

export type CaptureConfig = v.InferOutput<typeof captureConfig>;
