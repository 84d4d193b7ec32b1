/**
 * DNS rebinding (issue 28.1): a web page whose name resolves to 127.0.0.1 reaches the loopback
 * server with its own name in `Host`. The real Node server answers only its own names — loopback
 * names, PUBLIC_URL's host, ALLOWED_HOSTS — and 421 to any other, before anything is read or
 * written; and a token made while pairing was off (by anyone who reached the open server) stops
 * working once the server runs with pairing required.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPairFile } from '@voicetrack/edge/devices/pair-file.ts';
import { type RunningServer, startServer } from '@voicetrack/edge/server.ts';
import { ErrorBodySchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NOTE_CONTEXT } from '../support/edge-app.ts';

let dist: string;
let dataDir: string;
let server: RunningServer | null = null;

const BASE_ENV = {
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  GROQ_API_KEY: '',
  OPENAI_API_KEY: '',
  SUPABASE_URL: '',
  DATABASE_URL: '',
  PAIRING: '',
  TRUST_PROXY: '',
  PUBLIC_URL: '',
  ALLOWED_HOSTS: '',
};

async function start(env: Record<string, string> = {}) {
  server = await startServer({ env: { ...BASE_ENV, DATA_DIR: dataDir, ...env }, webDist: dist });
  return server;
}
async function stop() {
  await server?.close();
  server = null;
}

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'vt-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>VoiceTrack</title>');
  dataDir = mkdtempSync(join(tmpdir(), 'vt-rebind-'));
});
afterAll(async () => {
  await stop();
  rmSync(dist, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: string;
}

/** A request to the running server with exactly this Host header (what a rebound page's browser sends). */
function send(
  host: string,
  method: string,
  path: string,
  options: { body?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const port = Number(new URL(server?.url ?? '').port);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: {
          host,
          ...(options.body ? { 'content-type': 'application/json' } : {}),
          ...options.headers,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.once('error', reject);
    req.end(options.body);
  });
}

const portOf = () => new URL(server?.url ?? '').port;
const note = (text: string) => JSON.stringify({ text, clientId: crypto.randomUUID(), ...NOTE_CONTEXT });
const errorCode = (answer: Answer) => v.parse(ErrorBodySchema, JSON.parse(answer.body)).error.code;
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

/** Pairs as a phone does: a code from `pnpm pair` (the secret file's holder), sent to `host`. */
async function pairWithCode(host: string, name: string): Promise<Answer> {
  const { url, secret } = readPairFile(dataDir);
  const codeRes = await fetch(`${url}/api/pair/codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-pairing-secret': secret },
    body: '{}',
  });
  const { code } = (await codeRes.json()) as { code: string };
  return send(host, 'POST', '/api/pair', { body: JSON.stringify({ code, name }) });
}

describe('the default server on loopback (pairing off)', () => {
  beforeAll(() => start());
  afterAll(() => stop());

  it('refuses a page whose name was rebound to 127.0.0.1: nothing read, written or minted', async () => {
    const rebound = `rebind.attacker.example:${portOf()}`;
    const exported = await send(rebound, 'GET', '/api/export.json');
    expect(exported.status).toBe(421);
    expect(errorCode(exported)).toBe('unknown_host');
    expect(exported.body).not.toContain('"expenses"');
    const written = await send(rebound, 'POST', '/api/text', { body: note('666 euros casino') });
    expect(written.status).toBe(421);
    const minted = await send(rebound, 'POST', '/api/devices', { body: JSON.stringify({ name: 'x' }) });
    expect(minted.status).toBe(421);
    expect(minted.body).not.toContain('vt_');
    // The app's own page is not served under that name either.
    expect((await send(rebound, 'GET', '/')).status).toBe(421);
    // Nothing was written: the server's own name sees no expense and no device.
    const list = await send(`127.0.0.1:${portOf()}`, 'GET', '/api/expenses');
    expect(list.status).toBe(200);
    expect(JSON.parse(list.body).expenses).toEqual([]);
    const devices = await send(`127.0.0.1:${portOf()}`, 'GET', '/api/devices');
    expect(JSON.parse(devices.body).devices).toEqual([]);
  });

  it('answers its loopback names on any port, the page and the API', async () => {
    for (const host of [`127.0.0.1:${portOf()}`, `localhost:${portOf()}`, `[::1]:${portOf()}`, 'localhost']) {
      expect((await send(host, 'GET', '/api/health')).status, host).toBe(200);
      expect((await send(host, 'GET', '/')).status, host).toBe(200);
    }
  });

  it('refuses names that only look local', async () => {
    for (const host of [
      `127.0.0.1.nip.io:${portOf()}`,
      `localhost.attacker.example:${portOf()}`,
      `0x7f000001:${portOf()}`,
      `[::ffff:7f00:1]:${portOf()}`,
      // What a container's monitor calls the host by (ops/README: Uptime Kuma uses 127.0.0.1 instead).
      `host.docker.internal:${portOf()}`,
    ]) {
      expect((await send(host, 'GET', '/api/expenses')).status, host).toBe(421);
    }
  });
});

describe('names the server is told are its own', () => {
  afterEach(() => stop());

  it('answers ALLOWED_HOSTS names and PUBLIC_URL’s host, and still no other', async () => {
    await start({ ALLOWED_HOSTS: 'voicetrack.lan, Box.Local', PUBLIC_URL: 'https://vt.example.org' });
    // PUBLIC_URL is another machine's name: pairing is required (401, not 421).
    expect((await send('vt.example.org', 'GET', '/api/expenses')).status).toBe(401);
    expect((await send(`voicetrack.lan:${portOf()}`, 'GET', '/api/health')).status).toBe(200);
    expect((await send('box.local', 'GET', '/api/health')).status).toBe(200);
    expect((await send(`rebind.attacker.example:${portOf()}`, 'GET', '/api/health')).status).toBe(421);
  });

  it('behind a proxy, checks the name the proxy was asked for too (X-Forwarded-Host)', async () => {
    await start({ TRUST_PROXY: '1', PUBLIC_URL: 'https://vt.example.org' });
    const proxied = (forwardedHost: string) =>
      send(`127.0.0.1:${portOf()}`, 'GET', '/api/health', {
        headers: { 'x-forwarded-host': forwardedHost, 'x-forwarded-for': '203.0.113.9' },
      });
    expect((await proxied('vt.example.org')).status).toBe(200);
    expect((await proxied('rebind.attacker.example')).status).toBe(421);
  });
});

describe('tokens made while pairing was off', () => {
  afterEach(() => stop());

  it('stop working when the server restarts with pairing required; a paired phone’s do not', async () => {
    await start();
    const local = `127.0.0.1:${portOf()}`;
    // Anyone who reached the open server could mint a token.
    const minted = await send(local, 'POST', '/api/devices', { body: JSON.stringify({ name: 'Raccourci' }) });
    expect(minted.status).toBe(201);
    const openToken = JSON.parse(minted.body).token as string;
    // A phone paired with a code from `pnpm pair` (the secret file's holder) is the person's own.
    const paired = await pairWithCode(local, 'Pixel');
    expect(paired.status).toBe(201);
    const phoneToken = JSON.parse(paired.body).token as string;
    expect(
      (await send(local, 'POST', '/api/text', { body: note('3 € de pain'), ...bearer(openToken) })).status,
    ).toBe(201);
    await stop();

    await start({ PAIRING: 'required', TRUST_PROXY: '1', PUBLIC_URL: 'https://vt.example.org' });
    const viaProxy = (token: string) => ({
      headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': '203.0.113.7' },
    });
    const refused = await send('vt.example.org', 'GET', '/api/export.json', viaProxy(openToken));
    expect(refused.status).toBe(401);
    expect(errorCode(refused)).toBe('invalid_token');
    const note401 = await send('vt.example.org', 'POST', '/api/text', {
      body: note('1 €'),
      ...viaProxy(openToken),
    });
    expect(note401.status).toBe(401);
    expect((await send('vt.example.org', 'GET', '/api/export.json', viaProxy(phoneToken))).status).toBe(200);
  });
});

describe('a laptop on 127.0.0.1 behind a proxy (README « Self-hosting »)', () => {
  afterEach(() => stop());

  it('gets the page but must pair like a phone: loopback is no way around pairing', async () => {
    await start({ TRUST_PROXY: '1', PUBLIC_URL: 'https://vt.example.org' });
    const local = `127.0.0.1:${portOf()}`;
    // Straight to the server, not through the proxy: no X-Forwarded-For, a loopback peer.
    expect((await send(local, 'GET', '/')).status).toBe(200);
    const refused = await send(local, 'GET', '/api/expenses');
    expect([refused.status, errorCode(refused)]).toEqual([401, 'missing_token']);
    const minted = await send(local, 'POST', '/api/devices', { body: JSON.stringify({ name: 'Portable' }) });
    expect([minted.status, errorCode(minted)]).toEqual([401, 'missing_token']);
    // Paired with a code of `pnpm pair` (the secret file's holder), as a phone is: let in.
    const paired = await pairWithCode(local, 'Portable');
    expect(paired.status).toBe(201);
    const token = JSON.parse(paired.body).token as string;
    expect((await send(local, 'GET', '/api/expenses', bearer(token))).status).toBe(200);
  });
});
