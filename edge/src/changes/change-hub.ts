/**
 * One LISTEN per server process, fanned out to every open change stream: an expense saved on
 * the phone appears on the laptop's open tab at once.
 */
import type { ChangeFeed, ExpenseChange } from '../ports.ts';

export interface ChangeHub {
  /** Starts listening on first use; returns the way to unsubscribe. */
  subscribe(listener: (change: ExpenseChange) => void): Promise<() => void>;
  close(): Promise<void>;
}

export function createChangeHub(feed: ChangeFeed): ChangeHub {
  const listeners = new Set<(change: ExpenseChange) => void>();
  let stop: Promise<() => Promise<void>> | null = null;
  return {
    async subscribe(listener) {
      listeners.add(listener);
      stop ??= feed.watch((change) => {
        for (const l of listeners) l(change);
      });
      try {
        await stop;
      } catch (error) {
        // No feed (a transaction pooler cannot LISTEN): every call fails alike; keep no listener.
        listeners.delete(listener);
        throw error;
      }
      return () => {
        listeners.delete(listener);
      };
    },
    async close() {
      if (stop) await (await stop)();
    },
  };
}
