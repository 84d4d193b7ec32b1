/**
 * Work that follows an answer without delaying it (budget alerts after a write): started at once,
 * never awaited by the request, its errors logged and never the request's. On Supabase the
 * runtime is told to wait for it (EdgeRuntime.waitUntil), or it could be cut off with the answer.
 * `idle()` resolves when nothing is running: tests wait on it instead of on the clock.
 */
import type { Logger } from '../observe/logger.ts';

export interface Background {
  run(name: string, task: () => Promise<unknown>): void;
  idle(): Promise<void>;
}

export function createBackground(
  logger: Logger,
  /** The runtime's way to keep a task alive after the answer (Supabase's EdgeRuntime.waitUntil). */
  waitUntil?: (promise: Promise<unknown>) => void,
): Background {
  const running = new Set<Promise<unknown>>();
  return {
    run(name, task) {
      const promise = Promise.resolve()
        .then(task)
        .catch((error: unknown) => logger.log('error', `${name} failed`, { error: String(error) }))
        .finally(() => running.delete(promise));
      running.add(promise);
      waitUntil?.(promise);
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
