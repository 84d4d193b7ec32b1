/** Headers, CORS allow-list and rate limits, on the app as it is wired for Node. */
import { ErrorBodySchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote } from '../support/edge-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '5', CORS_ORIGINS: 'https://app.example.org' } });
});
afterAll(async () => t.close());

const text = (client: string) =>
  t.api.text.$post({ json: textNote('12 € de pain') }, { headers: { 'x-test-client': client } });

describe('security headers', () => {
  it('sends a CSP without inline script, a same-origin microphone and the usual hardening', async () => {
    const res = await t.api.health.$get();
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('permissions-policy')).toContain('microphone=(self)');
    // The browser's speech recognition, on the device too (its language packs), for this origin.
    expect(res.headers.get('permissions-policy')).toContain('on-device-speech-recognition=(self)');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('security headers on every kind of answer', () => {
  it('sends nosniff and no framing on refusals, the page’s 404 and the exports, not only on success', async () => {
    const json = { 'content-type': 'application/json' };
    const answers = {
      'unknown route': await t.app.request('/api/nope'),
      'wrong method': await t.app.request('/api/health', { method: 'DELETE' }),
      'rebound name': await t.app.request('http://evil.example.com/api/health'),
      'no page': await t.app.request('/nowhere'),
      'bad JSON': await t.app.request('/api/text', { method: 'POST', headers: json, body: '{' }),
      'too big': await t.app.request('/api/text', {
        method: 'POST',
        headers: json,
        body: 'x'.repeat(300_000),
      }),
      'CSV export': await t.app.request('/api/export.csv'),
      'JSON export': await t.app.request('/api/export.json'),
    };
    const seen = Object.entries(answers).map(([what, res]) => [
      what,
      res.headers.get('x-content-type-options'),
      res.headers.get('x-frame-options'),
      /frame-ancestors 'none'/.test(res.headers.get('content-security-policy') ?? ''),
    ]);
    expect(seen).toEqual(Object.keys(answers).map((what) => [what, 'nosniff', 'DENY', true]));
    expect(Object.values(answers).map((r) => r.status)).toEqual([404, 405, 421, 404, 400, 413, 200, 200]);
  });
});

describe('CORS', () => {
  it('answers the configured origin and no other', async () => {
    const allowed = await t.api.health.$get({}, { headers: { origin: 'https://app.example.org' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    const other = await t.api.health.$get({}, { headers: { origin: 'https://evil.example.com' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await t.app.request('/api/text', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After past the limit, per client, and writes nothing', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await text('198.51.100.7')).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
    const limited = await text('198.51.100.7');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(v.parse(ErrorBodySchema, await limited.json()).error.code).toBe('rate_limited');
    // Another client is not affected.
    expect((await text('203.0.113.9')).status).toBe(201);
    const list = await (await t.api.expenses.$get({ query: { limit: '200' } })).json();
    expect(list.expenses).toHaveLength(6);
  });

  it('lets the PWA on another origin read Retry-After, so its outbox waits as long as asked', async () => {
    // Cross-origin (Supabase mode, API_URL elsewhere), a browser hides every header not exposed.
    const fromPwa = (client: string) =>
      t.api.text.$post(
        { json: textNote('3 € de café') },
        { headers: { 'x-test-client': client, origin: 'https://app.example.org' } },
      );
    let limited = await fromPwa('192.0.2.44');
    for (let i = 0; i < 6 && (limited.status as number) !== 429; i++) limited = await fromPwa('192.0.2.44');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const exposed = (limited.headers.get('access-control-expose-headers') ?? '')
      .toLowerCase()
      .split(/\s*,\s*/);
    expect(exposed).toContain('retry-after');
  });
});
