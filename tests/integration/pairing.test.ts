/**
 * Device pairing over HTTP, in-process on PGlite: a one-time code (as `pnpm pair` asks for it)
 * becomes a device token; the API answers nobody else; a code works once, within its time, and
 * guessing runs into the limits, which never hold a right code from a fresh address; revoking a device shuts its token out at once.
 */

import { sha256Hex } from '@voicetrack/edge/devices/secrets.ts';
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { ErrorBodySchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote } from '../support/edge-app.ts';

const SECRET = 'b'.repeat(64);
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({
    env: { PAIRING: 'required', PUBLIC_URL: 'https://vt.example.org/' },
    pairingSecret: SECRET,
  });
});
afterAll(() => t.close());

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const from = (address: string) => ({ headers: { 'x-test-client': address } });
const errorOf = async (res: Response) => v.parse(ErrorBodySchema, await res.json()).error;

/**
 * `promise`, or a failure once `ms` have passed. The change stream's heartbeat (25 s) re-checks the
 * device too: a bound well under it tells "ended by the revoke" from "ended by the next heartbeat".
 */
async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function newCode(name?: string) {
  const res = await t.api.pair.codes.$post(
    { json: name ? { name } : {} },
    { headers: { 'x-pairing-secret': SECRET } },
  );
  expect(res.status).toBe(201);
  return res.json();
}

async function pair(address = '10.0.0.1', name?: string) {
  const { code } = await newCode(name);
  const res = await t.api.pair.$post({ json: { code, name: 'Téléphone' } }, from(address));
  expect(res.status).toBe(201);
  return res.json();
}

describe('a server that requires pairing', () => {
  it('answers health to anyone and nothing else without a token', async () => {
    expect((await t.api.health.$get()).status).toBe(200);
    const list = await t.api.expenses.$get({ query: {} });
    expect(list.status).toBe(401);
    expect((await errorOf(list)).code).toBe('missing_token');
    const note = await t.api.text.$post({ json: textNote('12 € de pain') });
    expect(note.status).toBe(401);
    expect((await t.api.devices.$get()).status).toBe(401);
    expect((await t.api.metrics.$get()).status).toBe(401);
  });

  it('gives codes only to the holder of the secret file, with the pairing link', async () => {
    const refused = await t.api.pair.codes.$post(
      { json: {} },
      { headers: { 'x-pairing-secret': 'c'.repeat(64) } },
    );
    expect(refused.status).toBe(401);
    const { code, url, expiresAt } = await newCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(url).toBe(`https://vt.example.org/#pair=${code}`);
    const minutes = (Date.parse(expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9);
    expect(minutes).toBeLessThanOrEqual(10);
  });

  it('pairs a device: its token (256 random bits, kept only as a digest) opens the API', async () => {
    const { token, deviceId, name } = await pair('10.0.0.2', 'Pixel de Marie');
    expect(token).toMatch(/^vt_[A-Za-z0-9_-]{43}$/);
    expect(name).toBe('Pixel de Marie');
    const saved = await t.api.text.$post({ json: textNote('12,50 resto ce midi') }, bearer(token));
    expect(saved.status).toBe(201);
    expect((await t.api.expenses.$get({ query: {} }, bearer(token))).status).toBe(200);
    const { devices } = await (await t.api.devices.$get({}, bearer(token))).json();
    const me = devices.find((d) => d.id === deviceId);
    expect(me).toMatchObject({ name: 'Pixel de Marie', current: true });
    expect(me?.lastUsedAt).not.toBeNull();
    const stored = await t.store.devices.authenticate(await sha256Hex(token));
    expect(stored?.deviceId).toBe(deviceId);
    expect(await t.store.devices.authenticate(token)).toBeNull();
  });

  it('refuses a code the second time', async () => {
    const { code } = await newCode();
    expect((await t.api.pair.$post({ json: { code } }, from('10.0.0.3'))).status).toBe(201);
    const again = await t.api.pair.$post({ json: { code } }, from('10.0.0.3'));
    expect(again.status).toBe(401);
    expect((await errorOf(again)).code).toBe('invalid_code');
  });

  it('refuses an expired code', async () => {
    const code = 'EXP1RED0DE';
    await t.store.pairing.create(LOCAL_OWNER, {
      codeHash: await sha256Hex(code),
      purpose: 'device',
      name: null,
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    const res = await t.api.pair.$post({ json: { code } }, from('10.0.0.4'));
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('invalid_code');
  });

  it('forgives how a person types a code (case, spaces, dashes)', async () => {
    const { code } = await newCode();
    const typed = `${code.slice(0, 5).toLowerCase()} - ${code.slice(5)}`;
    expect((await t.api.pair.$post({ json: { code: typed } }, from('10.0.0.5'))).status).toBe(201);
  });

  it('stops an address that guesses, even before a right code', async () => {
    for (let i = 0; i < 10; i++) {
      const res = await t.api.pair.$post(
        { json: { code: `GUESS${String(i).padStart(5, '0')}` } },
        from('10.9.9.9'),
      );
      expect(res.status).toBe(401);
    }
    const { code } = await newCode();
    const blocked = await t.api.pair.$post({ json: { code } }, from('10.9.9.9'));
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // The code was not spent by the refused attempt: another address may still use it.
    expect((await t.api.pair.$post({ json: { code } }, from('10.0.0.6'))).status).toBe(201);
  });

  it('revokes a device: its token is refused at once, the others still work', async () => {
    const phone = await pair('10.0.0.7');
    const laptop = await pair('10.0.0.8');
    const gone = await t.api.devices[':id'].$delete({ param: { id: phone.deviceId } }, bearer(laptop.token));
    expect(gone.status).toBe(204);
    const refused = await t.api.expenses.$get({ query: {} }, bearer(phone.token));
    expect(refused.status).toBe(401);
    expect((await errorOf(refused)).code).toBe('invalid_token');
    expect((await t.api.expenses.$get({ query: {} }, bearer(laptop.token))).status).toBe(200);
    const again = await t.api.devices[':id'].$delete({ param: { id: phone.deviceId } }, bearer(laptop.token));
    expect(again.status).toBe(404);
  });

  it('lets a paired device make a personal token for a Shortcut, shown once', async () => {
    const phone = await pair('10.0.0.10');
    const made = await t.api.devices.$post({ json: { name: 'Raccourci Siri' } }, bearer(phone.token));
    expect(made.status).toBe(201);
    const shortcut = await made.json();
    expect((await t.api.text.$post({ json: textNote('4 € de café') }, bearer(shortcut.token))).status).toBe(
      201,
    );
    const { devices } = await (await t.api.devices.$get({}, bearer(phone.token))).json();
    expect(devices.find((d) => d.id === shortcut.deviceId)).toMatchObject({
      name: 'Raccourci Siri',
      current: false,
    });
    expect(JSON.stringify(devices)).not.toContain(shortcut.token);
  });

  it('opens the change stream with a short-lived ticket, never with the token in the URL', async () => {
    const { token } = await pair('10.0.0.11');
    const ticketRes = await t.api.events.ticket.$post({}, bearer(token));
    expect(ticketRes.status).toBe(201);
    const { ticket, expiresAt } = await ticketRes.json();
    expect(ticket).not.toContain(token);
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(60_000);
    const controller = new AbortController();
    const stream = await t.app.request(`/api/events?ticket=${encodeURIComponent(ticket)}`, {
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    controller.abort();
    const forged = await t.app.request(
      `/api/events?ticket=${encodeURIComponent(`${ticket.slice(0, -2)}xx`)}`,
    );
    expect(forged.status).toBe(401);
    expect((await t.app.request(`/api/events?token=${encodeURIComponent(token)}`)).status).toBe(401);
  });

  it('takes a stream ticket once, and a ticket says nothing of the token or its stored digest', async () => {
    const { token } = await pair('10.0.0.14');
    const { ticket } = await (await t.api.events.ticket.$post({}, bearer(token))).json();
    expect(ticket).not.toContain(await sha256Hex(token));
    const controller = new AbortController();
    const first = await t.app.request(`/api/events?ticket=${encodeURIComponent(ticket)}`, {
      signal: controller.signal,
    });
    expect(first.status).toBe(200);
    const again = await t.app.request(`/api/events?ticket=${encodeURIComponent(ticket)}`);
    expect(again.status).toBe(401);
    expect((await errorOf(again)).code).toBe('token_expired');
    controller.abort();
  });

  it('ends a revoked device’s open change stream at once: it hears nothing more', async () => {
    const phone = await pair('10.0.0.12');
    const laptop = await pair('10.0.0.13');
    const { ticket } = await (await t.api.events.ticket.$post({}, bearer(phone.token))).json();
    const controller = new AbortController();
    const stream = await t.app.request(`/api/events?ticket=${encodeURIComponent(ticket)}`, {
      signal: controller.signal,
    });
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const until = async (event: string) => {
      while (!text.includes(`event: ${event}`)) {
        const { value, done } = await reader.read();
        if (done) return true;
        text += decoder.decode(value, { stream: true });
      }
      return false;
    };
    expect(await until('ready')).toBe(false);
    // Heard while paired.
    expect((await t.api.text.$post({ json: textNote('3 € de pain') }, bearer(laptop.token))).status).toBe(
      201,
    );
    expect(await until('expense')).toBe(false);
    const heard = text.split('event: expense').length - 1;

    const gone = await t.api.devices[':id'].$delete({ param: { id: phone.deviceId } }, bearer(laptop.token));
    expect(gone.status).toBe(204);
    expect(await within(2_000, 'the revoked event', until('revoked'))).toBe(false);
    // The server closed it; what the laptop saves after is not sent to it.
    expect((await t.api.text.$post({ json: textNote('5 € de café') }, bearer(laptop.token))).status).toBe(
      201,
    );
    expect((await reader.read()).done).toBe(true);
    expect(text.split('event: expense').length - 1).toBe(heard);
    controller.abort();
  });

  it('never locks out a right code: a flood of wrong ones from many addresses only holds those addresses', async () => {
    // (10 wrong ones above already count.) 40 more, from 40 addresses: past 30 in 10 minutes.
    for (let i = 0; i < 40; i++) {
      const res = await t.api.pair.$post(
        { json: { code: `SPREAD${String(i).padStart(6, '0')}` } },
        from(`10.1.0.${i}`),
      );
      expect(res.status).toBe(401);
    }
    // An address that guessed wrong now waits, its code unread…
    const { code } = await newCode();
    const held = await t.api.pair.$post({ json: { code } }, from('10.1.0.3'));
    expect(held.status).toBe(429);
    expect((await errorOf(held)).code).toBe('rate_limited');
    // …and the phone with the code pairs, as it would on a quiet day.
    expect((await t.api.pair.$post({ json: { code } }, from('10.2.0.1'))).status).toBe(201);
  });
});

// ops/README's Uptime Kuma: on a server that requires pairing, the metrics monitor sends a device
// token, or METRICS_TOKEN when it is set, and then that token alone.
describe('metrics on a server that requires pairing', () => {
  it('answer a paired device’s token when METRICS_TOKEN is not set', async () => {
    const { token } = await pair('10.3.0.1');
    const res = await t.api.metrics.$get(undefined, bearer(token));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('voicetrack_expenses_needs_review');
  });

  it('answer METRICS_TOKEN alone when it is set: a device token and no token are refused', async () => {
    const withToken = await startTestApp({
      env: { PAIRING: 'required', PUBLIC_URL: 'https://vt.example.org/', METRICS_TOKEN: 'm3trics-t0ken' },
      pairingSecret: SECRET,
    });
    try {
      const codes = await withToken.api.pair.codes.$post(
        { json: {} },
        { headers: { 'x-pairing-secret': SECRET } },
      );
      const { code } = await codes.json();
      const paired = await withToken.api.pair.$post({ json: { code } }, from('10.3.0.2'));
      const { token } = await paired.json();
      expect((await withToken.api.metrics.$get(undefined, bearer('m3trics-t0ken'))).status).toBe(200);
      expect((await withToken.api.metrics.$get(undefined, bearer(token))).status).toBe(401);
      expect((await withToken.api.metrics.$get()).status).toBe(401);
    } finally {
      await withToken.close();
    }
  });
});
