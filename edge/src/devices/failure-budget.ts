/**
 * Failed one-time codes, counted across every client address: a guesser spread over many
 * addresses still gets at most `max` tries per window (50-bit codes, 10-minute lifetime).
 * In memory: one budget per server process.
 */

export interface FailureBudget {
  /** Whether the window's failures are all spent. */
  spent(): boolean;
  /** Seconds until the window's failures are given back, while they are all spent; else null. */
  waitSeconds(): number | null;
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
    waitSeconds() {
      roll();
      return count < max ? null : Math.max(1, Math.ceil((start + windowMs - now()) / 1000));
    },
    record() {
      roll();
      count++;
    },
  };
}
