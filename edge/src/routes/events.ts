/**
 * GET /events: Server-Sent Events announcing changes to the user's expenses, so an expense saved
 * on the phone appears on the laptop's open tab at once. One LISTEN per server process, fanned
 * out to every open stream; each stream only hears its own owner's changes.
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../http/app-env.ts';
import type { ExpenseChange, Store } from '../ports.ts';

const HEARTBEAT_MS = 25_000;

export function createChangeHub(store: Store) {
  const listeners = new Set<(change: ExpenseChange) => void>();
  let stop: Promise<() => Promise<void>> | null = null;
  return {
    async subscribe(listener: (change: ExpenseChange) => void): Promise<() => void> {
      listeners.add(listener);
      stop ??= store.watchExpenses((change) => {
        for (const l of listeners) l(change);
      });
      await stop;
      return () => {
        listeners.delete(listener);
      };
    },
    async close() {
      if (stop) await (await stop)();
    },
  };
}

export function eventRoutes(hub: ReturnType<typeof createChangeHub>) {
  return new Hono<AppEnv>().get('/', (c) => {
    const owner = c.get('owner');
    return streamSSE(c, async (stream) => {
      const queue: ExpenseChange[] = [];
      let wake: (() => void) | null = null;
      const unsubscribe = await hub.subscribe((change) => {
        if (change.userId !== owner.userId) return;
        queue.push(change);
        wake?.();
      });
      stream.onAbort(unsubscribe);
      await stream.writeSSE({ event: 'ready', data: '{}' });
      while (!stream.aborted) {
        const change = queue.shift();
        if (change) {
          await stream.writeSSE({ event: 'expense', data: JSON.stringify({ op: change.op, id: change.id }) });
          continue;
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, HEARTBEAT_MS);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
        // A comment line keeps proxies from closing an idle stream.
        if (queue.length === 0 && !stream.aborted) await stream.write(': keep-alive\n\n');
      }
      unsubscribe();
    });
  });
}
