/**
 * Every route that can change something refuses a request from another site. The routes come from
 * the app's own table (Hono's `app.routes`), not from a list here: a route added tomorrow is
 * covered without touching this file. Each is asked three times: from another site (the browser
 * says `Sec-Fetch-Site: cross-site`), with a foreign Origin and no fetch metadata (older
 * browsers), and as a tool that sends neither (the control: the refusal came from the guard, and
 * the route is really there).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/edge-app.ts';
import { errorOf } from '../support/hostile.ts';

/**
 * Routes that may take a browser's request from another site, each with the reason. None today.
 * The Telegram webhook is not one: Telegram's servers send neither Origin nor Sec-Fetch-Site, so
 * they pass as any tool does (and the secret header is checked after); a browser's cross-site POST
 * to it is refused like any other. An entry here must name a route the app has, and is checked to
 * take the cross-site request, so a stale or needless entry fails.
 */
const CROSS_SITE_ALLOWED: Readonly<Record<string, string>> = {};

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const EVIL = 'https://evil.example.com';
let t: TestApp;
let writes: string[];

beforeAll(async () => {
  t = await startTestApp({
    env: {
      CORS_ORIGINS: 'https://pwa.example.org',
      // Every door open, so each of their routes is in the table.
      TELEGRAM_BOT_TOKEN: '123456:test-token',
      TELEGRAM_WEBHOOK_SECRET: 'a-webhook-secret-of-the-test',
      METRICS_TOKEN: 'metrics-token-of-the-test',
    },
    pairingSecret: 'b'.repeat(64),
  });
  const found = new Set<string>();
  for (const { method, path } of t.app.routes) {
    if (!path.startsWith('/api/') || SAFE.has(method)) continue;
    // `ALL` is how Hono lists middleware (`.use`) and `.all()` routes: ask those with a POST.
    if (method === 'ALL' && path.endsWith('*')) continue;
    found.add(`${method === 'ALL' ? 'POST' : method} ${path}`);
  }
  writes = [...found].sort();
});
afterAll(() => t.close());

/** The request for a route of the table: any value for its parameters (the guard runs first). */
function requestFor(route: string, headers: Record<string, string>): [string, RequestInit] {
  const [method = '', pattern = ''] = route.split(' ');
  const path = pattern.replace(/:\w+/g, crypto.randomUUID());
  const body = method === 'DELETE' ? {} : { body: '{}' };
  return [path, { method, ...body, headers: { 'content-type': 'application/json', ...headers } }];
}

describe('cross-site requests, on every route that can change something', () => {
  it('finds the routes in the app’s own table, the doors’ among them', () => {
    expect(writes).toEqual(
      expect.arrayContaining([
        'POST /api/text',
        'POST /api/voice',
        'PATCH /api/expenses/:id',
        'DELETE /api/expenses/:id',
        'POST /api/import',
        'POST /api/pair',
        'POST /api/pair/codes',
        'POST /api/devices',
        'DELETE /api/devices/:id',
        'POST /api/events/ticket',
        'PUT /api/budgets/:category',
        'DELETE /api/budgets/:category',
        'POST /api/recurring',
        'PATCH /api/recurring/:id',
        'DELETE /api/recurring/:id',
        'POST /api/push/subscriptions',
        'DELETE /api/push/subscriptions',
        'POST /api/push/test',
        'PUT /api/learned',
        'DELETE /api/learned',
        'POST /api/telegram',
        'POST /api/telegram/retry',
        'POST /api/telegram/link',
        'POST /api/statements',
        'DELETE /api/statements/:id',
      ]),
    );
    for (const route of Object.keys(CROSS_SITE_ALLOWED)) expect(writes).toContain(route);
  });

  it('refuses each from another site (Sec-Fetch-Site: cross-site) with 403 cross_site_request', async () => {
    const answers: string[] = [];
    for (const route of writes) {
      const res = await t.app.request(...requestFor(route, { 'sec-fetch-site': 'cross-site', origin: EVIL }));
      answers.push(`${route} → ${res.status} ${(await errorOf(res)).code}`);
    }
    const refused = (route: string) => `${route} → 403 cross_site_request`;
    const guarded = writes.filter((r) => !(r in CROSS_SITE_ALLOWED));
    expect(answers.filter((a) => guarded.some((r) => a.startsWith(`${r} →`)))).toEqual(guarded.map(refused));
    for (const route of Object.keys(CROSS_SITE_ALLOWED)) expect(answers).not.toContain(refused(route));
  });

  it('refuses each with a foreign Origin and no fetch metadata (older browsers)', async () => {
    for (const route of writes) {
      if (route in CROSS_SITE_ALLOWED) continue;
      const res = await t.app.request(...requestFor(route, { origin: EVIL }));
      expect(`${route} → ${res.status}`).toBe(`${route} → 403`);
      expect((await errorOf(res)).code).toBe('cross_site_request');
    }
  });

  it('lets a tool without Origin reach each route (what was refused is the site, not the route)', async () => {
    for (const route of writes) {
      const res = await t.app.request(...requestFor(route, {}));
      const error = res.ok ? null : (await errorOf(res)).message;
      // Reached: neither refused as cross-site, nor a path or method the app does not have.
      expect(`${route} → ${res.status} ${error}`).not.toMatch(/from another site|No route|Use [A-Z, ]+ here/);
    }
  });
});

/** Routes that take no Idempotency-Key, each with the reason: the open doors, which need no caller. */
const WITHOUT_IDEMPOTENCY: Readonly<Record<string, string>> = {
  'POST /api/pair': 'a pairing code is used once: a second try with it is refused anyway',
  'POST /api/pair/codes': 'the running server’s own `pnpm pair`, behind its secret',
  'POST /api/telegram': 'Telegram’s update_id is the key (the note’s clientId comes from it)',
  'POST /api/telegram/retry': 'the clock’s tick: it only retries kept updates',
};

describe('Idempotency-Key, on every POST that creates', () => {
  const keyed = (route: string, key: string, body = '{}') => {
    const [path, init] = requestFor(route, {});
    return t.app.request(path, { ...init, body, headers: { ...init.headers, 'idempotency-key': key } });
  };

  it('gives each the first answer again for the same key and body, saying so', async () => {
    const answers: string[] = [];
    for (const route of writes.filter((r) => r.startsWith('POST ') && !(r in WITHOUT_IDEMPOTENCY))) {
      const key = crypto.randomUUID();
      const [path, init] = requestFor(route, {});
      const send = () =>
        t.app.request(path, { ...init, headers: { ...init.headers, 'idempotency-key': key } });
      const first = await send();
      const again = await send();
      answers.push(
        `${route} → ${again.status === first.status && (await again.text()) === (await first.text())} ${again.headers.get('idempotent-replayed')}`,
      );
    }
    expect(answers.length).toBeGreaterThan(15);
    expect(answers.filter((a) => !a.endsWith('→ true true'))).toEqual([]);
  });

  it('makes one recurring rule for one key, sent twice, twice at once, and refuses the key with another body', async () => {
    const rule = (description: string) =>
      JSON.stringify({ amount: '9.99', currency: 'EUR', category: 'leisure', description, dayOfMonth: 5 });
    const count = async (description: string) => {
      const { rules } = (await (await t.app.request('/api/recurring')).json()) as {
        rules: { description: string }[];
      };
      return rules.filter((r) => r.description === description).length;
    };
    const key = crypto.randomUUID();
    const first = await keyed('POST /api/recurring', key, rule('Netflix'));
    expect(first.status).toBe(201);
    const again = await keyed('POST /api/recurring', key, rule('Netflix'));
    expect([again.status, await again.text()]).toEqual([201, await first.text()]);
    const other = await keyed('POST /api/recurring', key, rule('Spotify'));
    expect(other.status).toBe(422);
    expect((await errorOf(other)).code).toBe('idempotency_key_reused');
    const once = crypto.randomUUID();
    const both = await Promise.all([
      keyed('POST /api/recurring', once, rule('Deezer')),
      keyed('POST /api/recurring', once, rule('Deezer')),
    ]);
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    expect(await count('Netflix')).toBe(1);
    expect(await count('Spotify')).toBe(0);
    expect(await count('Deezer')).toBe(1);
  });
});
