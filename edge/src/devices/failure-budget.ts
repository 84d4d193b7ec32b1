/**
 * Failed one-time codes, counted across every client address: a guesser spread over many
 * addresses still gets at most `max` tries per window (50-bit codes, 10-minute lifetime).
 * In memory: one budget per server process.
 */
import { ApiError } from '../errors.ts';

export interface FailureBudget {
  /** Whether the window's failures are all spent. */
  spent(): boolean;
  /** Throws 429 while the window's failures are spent. */
  check(): void;
  record(): void;
}

export function failureBudget(max: number, windowMs: number, now: () => number = Date.now): FailureBudget {
  let start = now();
  let count = 0;
  const roll = () => {
    if (now() - start >= windowMs) {
      start = now();
      count = 0;
    }
  };
  return {
    spent() {
      roll();
      return count >= max;
    },
    check() {
      roll();
      if (count < max) return;
      const retryAfterSeconds = Math.max(1, Math.ceil((start + windowMs - now()) / 1000));
      throw new ApiError(429, 'rate_limited', `Too many wrong codes; try again in ${retryAfterSeconds} s.`, {
        retryAfterSeconds,
      });
    },
    record() {
      roll();
      count++;
    },
  };
}
