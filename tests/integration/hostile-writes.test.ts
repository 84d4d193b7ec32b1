/**
 * Security round 2, the write side, in-process: cross-site writes, proxies and rate limits,
 * clock skew on edits, dates the database would refuse. Each case checks the
 * status and code, and that nothing changed.
 */
import { forwardedClient } from '@voicetrack/edge/http/client-address.ts';
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, voiceForm } from '../support/edge-app.ts';
import { errorOf, exportFile, row, saveOne, snapshot, textBody } from '../support/hostile.ts';
import { deviceToken } from '../support/paired-server.ts';
import { RESTO_WEBM } from '../support/recordings.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({
    env: { CORS_ORIGINS: 'https://pwa.example.org', IMPORT_RATE_LIMIT_PER_MINUTE: '1000' },
  });
});
afterAll(async () => t.close());

describe('cross-site writes are refused with 403 and nothing changes', () => {
  type Write = [name: string, request: (id: string) => [string, RequestInit]];
  const writes: Write[] = [
    [
      'a typed note',
      () => [
        '/api/text',
        { method: 'POST', body: textBody(), headers: { 'content-type': 'application/json' } },
      ],
    ],
    [
      'a voice note (multipart needs no preflight)',
      () => ['/api/voice', { method: 'POST', body: voiceForm(RESTO_WEBM) }],
    ],
    [
      'an import',
      () => [
        '/api/import',
        { method: 'POST', body: exportFile([row()]), headers: { 'content-type': 'application/json' } },
      ],
    ],
    [
      'an edit',
      (id) => [
        `/api/expenses/${id}`,
        { method: 'PATCH', body: '{"amount":"1.00"}', headers: { 'content-type': 'application/json' } },
      ],
    ],
    ['a delete', (id) => [`/api/expenses/${id}`, { method: 'DELETE' }]],
  ];

  it.each(writes)('%s from another site (Sec-Fetch-Site: cross-site)', async (_name, request) => {
    const id = await saveOne(t);
    const before = await snapshot(t);
    const [path, init] = request(id);
    const res = await t.app.request(path, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('cross_site_request');
    expect(await snapshot(t)).toBe(before);
  });

  it.each(writes)('%s with a foreign Origin and no fetch metadata', async (_name, request) => {
    const id = await saveOne(t);
    const before = await snapshot(t);
    const [path, init] = request(id);
    const res = await t.app.request(path, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), origin: 'https://evil.example.com' },
    });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('cross_site_request');
    expect(await snapshot(t)).toBe(before);
  });

  it('lets the app itself, an allowed CORS origin and tools without an Origin write', async () => {
    const headers = { 'content-type': 'application/json' };
    const same = await t.app.request('http://localhost/api/text', {
      method: 'POST',
      body: textBody(),
      headers: { ...headers, origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
    });
    expect(same.status).toBe(201);
    const cors = await t.app.request('/api/text', {
      method: 'POST',
      body: textBody(),
      headers: { ...headers, origin: 'https://pwa.example.org', 'sec-fetch-site': 'cross-site' },
    });
    expect(cors.status).toBe(201);
    const curl = await t.app.request('/api/text', { method: 'POST', body: textBody(), headers });
    expect(curl.status).toBe(201);
    // Behind a reverse proxy that rewrote Host (nginx's default), the browser's word counts.
    const proxied = await t.app.request('http://127.0.0.1:8787/api/text', {
      method: 'POST',
      body: textBody(),
      headers: { ...headers, origin: 'https://vt.example.net', 'sec-fetch-site': 'same-origin' },
    });
    expect(proxied.status).toBe(201);
  });

  it('refuses a sibling subdomain (same-site, another origin)', async () => {
    const res = await t.app.request('/api/text', {
      method: 'POST',
      body: textBody(),
      headers: {
        'content-type': 'application/json',
        origin: 'https://evil.example.org',
        'sec-fetch-site': 'same-site',
      },
    });
    expect(res.status).toBe(403);
  });
});

describe('behind trusted proxies, the client address is the one the proxy appended', () => {
  it.each([
    ['one proxy: the last entry', '6.6.6.6, 203.0.113.5', 1, '203.0.113.5'],
    ['two proxies: the second from the right', '6.6.6.6, 203.0.113.5, 10.0.0.2', 2, '203.0.113.5'],
    ['a short chain: the leftmost', '203.0.113.5', 2, '203.0.113.5'],
    ['no trusted proxy', '203.0.113.5', 0, null],
  ])('%s', (_name, header, hops, client) => {
    expect(forwardedClient(header, hops)).toBe(client);
  });

  it('keeps limiting a client that varies the X-Forwarded-For entries it controls', async () => {
    const proxied = await startTestApp({ env: { TRUST_PROXY: '1', RATE_LIMIT_PER_MINUTE: '3' } });
    // Behind a proxy the server answers paired devices only.
    const token = await deviceToken(proxied.store, 'phone', 'full');
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await proxied.app.request('/api/text', {
          method: 'POST',
          body: textBody(),
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': `10.9.9.${i}, 198.51.100.20`,
            authorization: `Bearer ${token}`,
          },
        });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
    } finally {
      await proxied.close();
    }
  });
});

describe('edits and the clock', () => {
  const patch = (id: string, body: Record<string, unknown>) =>
    t.api.expenses[':id'].$patch({ param: { id }, json: body });

  it('an edit stamped in the future does not freeze the field', async () => {
    const id = await saveOne(t);
    expect((await patch(id, { category: 'travel', editedAt: '2099-01-01T00:00:00Z' })).status).toBe(200);
    const res = await patch(id, { category: 'health' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.category).toBe('health');
    expect('lost' in body).toBe(false);
  });

  it('lets no sentAt push an edit past now (it would freeze the field), and refuses one that is no time', async () => {
    const id = await saveOne(t);
    // A clock said to be a century behind at sending: the edit would count a century ahead.
    const skewed = await patch(id, {
      category: 'travel',
      editedAt: '2099-01-01T00:00:00Z',
      sentAt: '1999-01-01T00:00:00Z',
    });
    expect(skewed.status).toBe(200);
    const next = await (await patch(id, { category: 'health' })).json();
    expect(next).toMatchObject({ category: 'health' });
    expect('lost' in next).toBe(false);
    for (const body of [
      { category: 'dining', sentAt: 'yesterday' },
      { category: 'dining', sentAt: '2026-11-24T12:00:00' },
      // Times and no field: nothing to change.
      { editedAt: '2026-11-24T12:00:00Z', sentAt: '2026-11-24T12:00:01Z' },
    ]) {
      const refused = await patch(id, body);
      expect(refused.status).toBe(400);
    }
    expect((await t.store.expenses.get(LOCAL_OWNER, id))?.category).toBe('health');
  });

  it('says which fields a newer edit kept', async () => {
    const id = await saveOne(t);
    await new Promise((r) => setTimeout(r, 50));
    const now = Date.now();
    // The laptop renamed it just now; the phone, offline, renamed it and fixed the amount 20 ms before.
    await patch(id, { description: 'Laptop', editedAt: new Date(now).toISOString() });
    const res = await patch(id, {
      description: 'Phone',
      amount: '3.00',
      editedAt: new Date(now - 20).toISOString(),
    });
    const body = await res.json();
    expect(body).toMatchObject({ description: 'Laptop', amount: '3.00', lost: ['description'] });
  });
});

describe('inputs that pass a loose check and that the database would refuse get a 400, never a 500', () => {
  const text = (over: Record<string, unknown>) =>
    t.app.request('/api/text', {
      method: 'POST',
      body: textBody(over),
      headers: { 'content-type': 'application/json' },
    });

  it.each([
    ['a recordedAt on 29 February of a common year', { recordedAt: '2026-02-29T12:00:00+01:00' }],
    ['a recordedAt in year 0000', { recordedAt: '0000-01-01T00:00:00+00:00' }],
    ['a recordedAt in year 0001 at +14:00', { recordedAt: '0001-01-01T00:00:00+14:00' }],
    ['a recordedAt on the last day of 9999 at -12:00', { recordedAt: '9999-12-31T23:00:00-12:00' }],
    ['a recordedAt before 2000', { recordedAt: '1999-12-31T23:00:00+00:00' }],
    ['a recordedAt two years ahead', { recordedAt: `${new Date().getUTCFullYear() + 2}-01-01T00:00:00Z` }],
    ['an offset of +25:00', { recordedAt: '2026-11-24T12:00:00+25:00' }],
    ['a terminal escape in the text', { text: '12 € \u001B[2Jresto' }],
  ])('%s', async (_name, over) => {
    const before = await snapshot(t);
    const res = await text(over);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('validation_failed');
    expect(await snapshot(t)).toBe(before);
  });

  it('a hand-made cursor with 30 February', async () => {
    const cursor = Buffer.from(
      JSON.stringify(['2026-02-30', '2026-02-01T00:00:00Z', '0b7c5a52-93a8-4a5e-8f7e-0c0e2a1b9d11']),
    ).toString('base64url');
    const res = await t.app.request(`/api/expenses?cursor=${cursor}`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('validation_failed');
  });

  it('a terminal escape in an edited description, and a date in year 0000', async () => {
    const id = await saveOne(t);
    const before = await snapshot(t);
    for (const body of [{ description: 'abc\u001B[2Jdef' }, { date: '0000-01-01' }]) {
      const res = await t.app.request(`/api/expenses/${id}`, {
        method: 'PATCH',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(400);
    }
    expect(await snapshot(t)).toBe(before);
  });

  it('the 413 of a typed note says its real limit', async () => {
    const res = await text({ text: 'a'.repeat(70 * 1024) });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).message).toContain('64 KB');
  });
});
