/** One line of the `pnpm bench` scoreboard. */
export interface Figure {
  /** What was measured, e.g. "POST /api/text p50 (PGlite)". */
  name: string;
  value: number;
  unit: string;
  /** The target, written for people, e.g. "≤ 10 ms" or "≥ 5000/s". */
  target?: string;
  /** Whether the value meets the target, when there is one. */
  ok?: boolean;
  note?: string;
}

/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}
