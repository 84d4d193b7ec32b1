import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

/**
 * A fixed-window request counter per key (the user, or the client address without auth), in
 * memory: enough for one edge instance. Over the limit: 429 with Retry-After, nothing done.
 */
export function rateLimit(options: {
  perMinute: number;
  keyOf: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => string;
  /** What is counted, for the message ("notes", "imports"). */
  what?: string;
  now?: () => number;
}): MiddlewareHandler<AppEnv> {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = now();
  return async (c, next) => {
    if (options.perMinute <= 0) return next();
    const t = now();
    // Memory only: a finished window is replaced on its key's next request whether swept or not.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,BlockStatement: when the sweep runs is not seen from outside
    if (t - lastSweep > 60_000) {
      // Forget finished windows so the map does not grow with every address ever seen.
      // Stryker disable next-line ConditionalExpression,EqualityOperator: keeping a finished window is not seen from outside either
      for (const [key, w] of windows) if (t - w.start >= 60_000) windows.delete(key);
      lastSweep = t;
    }
    const key = options.keyOf(c);
    const w = windows.get(key);
    if (!w || t - w.start >= 60_000) windows.set(key, { start: t, count: 1 });
    else if (++w.count > options.perMinute) {
      const retryAfterSeconds = Math.max(1, Math.ceil((w.start + 60_000 - t) / 1000));
      throw new ApiError(
        429,
        'rate_limited',
        `Too many ${options.what ?? 'notes'} at once; try again in ${retryAfterSeconds} s.`,
        {
          retryAfterSeconds,
        },
      );
    }
    await next();
  };
}
