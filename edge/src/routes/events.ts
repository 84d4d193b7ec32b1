/**
 * GET /events: Server-Sent Events announcing changes to the user's expenses. Each stream only
 * hears its own owner's changes (the hub fans one LISTEN out to every stream).
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ChangeHub } from '../changes/change-hub.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { ExpenseChange } from '../ports.ts';

const HEARTBEAT_MS = 25_000;

export function eventRoutes(hub: ChangeHub) {
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
