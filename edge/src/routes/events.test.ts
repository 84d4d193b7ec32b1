/**
 * The change stream's words when nothing changes: `ready` at once, then `beat` every 25 s, which
 * the page's watchdog (web/src/data/sync.ts) needs to tell a quiet stream from a dead one.
 */
import { Hono } from 'hono';
import { afterEach, expect, it, vi } from 'vitest';
import type { AppEnv } from '../http/app-env.ts';
import { streamSlots } from '../http/stream-slots.ts';
import { type ExpenseChange, LOCAL_OWNER } from '../ports.ts';
import { eventRoutes } from './events.ts';

afterEach(() => {
  vi.useRealTimers();
});

it('says ready, then beat every 25 s while nothing changes, and each change as it comes', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  let tell: (change: ExpenseChange) => void = () => {};
  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('owner', LOCAL_OWNER);
      await next();
    })
    .route(
      '/events',
      eventRoutes({
        hub: {
          subscribe: async (listener) => {
            tell = listener;
            return () => {};
          },
          close: async () => {},
        },
        devices: { authenticate: async () => null },
        revocations: new EventTarget(),
        slots: streamSlots({ perClient: 0, keyOf: () => 'one' }),
        households: { get: async () => null },
      }),
    );
  const res = await app.request('/events');
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const next = async () => decoder.decode((await reader.read()).value);
  expect(await next()).toContain('event: ready');
  // Quiet: nothing before 25 s, then a beat (an event the page sees, not a comment line).
  const early = reader.read();
  let earlyDone = false;
  void early.then(() => {
    earlyDone = true;
  });
  await vi.advanceTimersByTimeAsync(24_000);
  expect(earlyDone).toBe(false);
  await vi.advanceTimersByTimeAsync(1_000);
  expect(decoder.decode((await early).value)).toBe('event: beat\ndata: {}\n\n');
  await vi.advanceTimersByTimeAsync(25_000);
  expect(await next()).toBe('event: beat\ndata: {}\n\n');
  // A change is said at once, as an expense, not a beat.
  tell({ op: 'insert', id: 'e-1', userId: null });
  await vi.advanceTimersByTimeAsync(0);
  expect(await next()).toContain('event: expense\ndata: {"op":"insert","id":"e-1"}');
  await reader.cancel();
});
