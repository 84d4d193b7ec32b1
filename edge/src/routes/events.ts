/**
 * GET /events: Server-Sent Events announcing changes to the user's expenses. Each stream only
 * hears its own owner's changes (the hub fans one LISTEN out to every stream).
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ChangeHub } from '../changes/change-hub.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { ChangeFeedUnavailableError, type ExpenseChange } from '../ports.ts';

const HEARTBEAT_MS = 25_000;

export function eventRoutes(hub: ChangeHub) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const owner = c.get('owner');
    const queue: ExpenseChange[] = [];
    let wake: (() => void) | null = null;
    let unsubscribe: () => void;
    try {
      unsubscribe = await hub.subscribe((change) => {
        if (change.userId !== owner.userId) return;
        queue.push(change);
        wake?.();
      });
    } catch (error) {
      if (!(error instanceof ChangeFeedUnavailableError)) throw error;
      throw new ApiError(
        501,
        'live_updates_unavailable',
        'Live updates are off on this server (LIVE_UPDATES=off, or a transaction pooler, which cannot LISTEN); on Supabase the app hears changes through Realtime.',
      );
    }
    // A stream opened with a token ends when the token does: the client reconnects with a fresh one.
    const exp = Number(owner.claims?.exp);
    const endsAt = Number.isFinite(exp) && exp > 0 ? exp * 1000 : Number.POSITIVE_INFINITY;
    return streamSSE(c, async (stream) => {
      stream.onAbort(unsubscribe);
      await stream.writeSSE({ event: 'ready', data: '{}' });
      while (!stream.aborted) {
        if (Date.now() >= endsAt) {
          await stream.writeSSE({ event: 'expired', data: '{}' });
          break;
        }
        const change = queue.shift();
        if (change) {
          await stream.writeSSE({ event: 'expense', data: JSON.stringify({ op: change.op, id: change.id }) });
          continue;
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.max(0, Math.min(HEARTBEAT_MS, endsAt - Date.now())));
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
        // A comment line keeps proxies from closing an idle stream.
        if (queue.length === 0 && !stream.aborted && Date.now() < endsAt)
          await stream.write(': keep-alive\n\n');
      }
      unsubscribe();
    });
  });
}
