import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './app-env.ts';
import { rateLimit } from './rate-limit.ts';
import { respondError } from './respond-error.ts';

/** An app limited per `x-key` header, on a clock the test moves. */
function limited(perMinute: number, what?: string) {
  const clock = { t: 1_000_000 };
  let handled = 0;
  const app = new Hono<AppEnv>()
    .use(
      rateLimit({
        perMinute,
        keyOf: (c) => c.req.header('x-key') ?? 'none',
        now: () => clock.t,
        ...(what ? { what } : {}),
      }),
    )
    .post('/', (c) => {
      handled++;
      return c.text('ok');
    });
  app.onError((error, c) => respondError(error, c));
  const send = async (key = 'a') => {
    const res = await app.request('/', { method: 'POST', headers: { 'x-key': key } });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.text() };
  };
  return { clock, send, handled: () => handled };
}

describe('rateLimit', () => {
  it('lets perMinute requests through per key in a window, then answers 429 with Retry-After', async () => {
    const { send, clock, handled } = limited(3);
    for (let i = 0; i < 3; i++) expect((await send()).status).toBe(200);
    clock.t += 20_000;
    const refused = await send();
    expect(refused).toEqual({
      status: 429,
      retryAfter: '40',
      body: JSON.stringify({
        error: { code: 'rate_limited', message: 'Too many notes at once; try again in 40 s.' },
      }),
    });
    expect(handled()).toBe(3);
    // Another key has its own window.
    expect((await send('b')).status).toBe(200);
  });

  it('says what it counts, and never a Retry-After under 1 s', async () => {
    const { send, clock } = limited(1, 'imports');
    await send();
    clock.t += 59_999;
    const refused = await send();
    expect(refused.retryAfter).toBe('1');
    expect(JSON.parse(refused.body).error.message).toBe('Too many imports at once; try again in 1 s.');
  });

  it('opens a new window a minute after the first request of the last one', async () => {
    const { send, clock } = limited(1);
    await send();
    clock.t += 59_999;
    expect((await send()).status).toBe(429);
    clock.t += 1;
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(429);
  });

  it('counts refused requests too: hammering does not open the next window sooner', async () => {
    const { send, clock } = limited(2);
    await send();
    await send();
    for (let i = 0; i < 5; i++) expect((await send()).status).toBe(429);
    clock.t += 30_000;
    expect((await send()).retryAfter).toBe('30');
  });

  it('keeps a running window when it forgets the finished ones', async () => {
    const { send, clock } = limited(1);
    await send('old');
    clock.t += 30_000;
    await send('busy');
    // A minute and more after the last sweep: finished windows ("old") go, "busy" (30 s old) stays.
    clock.t += 30_001;
    expect((await send('other')).status).toBe(200);
    expect((await send('busy')).status).toBe(429);
    expect((await send('old')).status).toBe(200);
  });

  it('limits nothing at 0 (or less) per minute', async () => {
    for (const perMinute of [0, -1]) {
      const { send, handled } = limited(perMinute);
      for (let i = 0; i < 5; i++) expect((await send()).status).toBe(200);
      expect(handled()).toBe(5);
    }
  });
});
