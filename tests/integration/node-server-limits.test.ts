/**
 * The Node server as it runs for `pnpm start` (in-process, on a free port, with a small built
 * PWA of its own): what only the server sees — sockets, static files, the methods it allows, and
 * the caching of data answers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '@voicetrack/edge/server.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairDevice } from '../support/pair-device.ts';

let server: RunningServer;
let dist: string;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'vt-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>VoiceTrack</title>');
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  // Beside the built PWA, where no request path may lead.
  writeFileSync(join(dist, '..', `${dist.split('/').at(-1)}-secret.txt`), 'SECRET');
  server = await startServer({
    env: {
      PORT: '0',
      DATA_DIR: 'memory://',
      LOG_LEVEL: 'silent',
      MAX_CONNECTIONS_PER_CLIENT: '5',
      BODY_IDLE_TIMEOUT_MS: '1000',
      GROQ_API_KEY: '',
      OPENAI_API_KEY: '',
      SUPABASE_URL: '',
      DATABASE_URL: '',
    },
    webDist: dist,
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dist, { recursive: true, force: true });
  rmSync(`${dist}-secret.txt`, { force: true });
});

const { hostname, port } = { hostname: '127.0.0.1', port: () => Number(new URL(server.url).port) };
const closed = (socket: Socket) => new Promise<void>((resolve) => socket.once('close', () => resolve()));
const opened = (socket: Socket) => new Promise<void>((resolve) => socket.once('connect', () => resolve()));

describe('static files', () => {
  it('serves the shell for app routes and a 404 for a missing asset or file', async () => {
    const route = await fetch(`${server.url}/month/2026-11`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>VoiceTrack</title>');
    expect((await fetch(`${server.url}/assets/app-abc123.js`)).status).toBe(200);
    for (const missing of ['/assets/missing.js', '/favicon.ico', '/old.css']) {
      const res = await fetch(`${server.url}${missing}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type') ?? '').not.toContain('text/html');
    }
  });
});

describe('paths that climb out of the built PWA', () => {
  /** The path sent as written (fetch would resolve the dots before sending). */
  const getRaw = (path: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ hostname, port: port(), path }, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it.each([
    '/../NAME',
    '/%2e%2e/NAME',
    '/..%2fNAME',
    '/%2e%2e%2fNAME',
    '/..%5cNAME',
    '/assets/..%2f..%2fNAME',
    '/assets/%2e%2e/%2e%2e/NAME',
  ])('%s is a 404, never the file beside it', async (path) => {
    const answer = await getRaw(path.replace('NAME', `${dist.split('/').at(-1)}-secret.txt`));
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('SECRET');
  });
});

describe('405 answers list the methods that really work', () => {
  it.each([
    ['PUT', '/api/expenses/0b7c5a52-93a8-4a5e-8f7e-0c0e2a1b9d11', 'PATCH, DELETE'],
    ['POST', '/api/health', 'GET, HEAD'],
    ['DELETE', '/api/text', 'POST'],
  ])('%s %s → Allow: %s', async (method, path, allow) => {
    const res = await fetch(`${server.url}${path}`, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
  });
});

describe('data answers', () => {
  it.each([
    '/api/expenses',
    '/api/export.csv',
    '/api/export.json',
    '/api/report?month=2026-11',
    '/api/usage?month=2026-11',
  ])('%s is private and never stored', async (path) => {
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    await res.arrayBuffer();
  });
});

describe('sockets', () => {
  it('caps the connections one address holds open, and the others keep working', async () => {
    const sockets = Array.from({ length: 5 }, () => connect(port(), hostname));
    await Promise.all(sockets.map(opened));
    const extra = connect(port(), hostname);
    await closed(extra);
    expect(extra.destroyed).toBe(true);
    for (const s of sockets) s.destroy();
    await Promise.all(sockets.map((s) => (s.closed ? Promise.resolve() : closed(s))));
    // Once they are gone, the same address is served again.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('cuts a request whose body stalls, and answers the next one', async () => {
    const socket = connect(port(), hostname);
    await opened(socket);
    socket.write(
      'POST /api/text HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"text":',
    );
    await closed(socket);
    expect(socket.destroyed).toBe(true);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});

describe('change streams behind a proxy you run', () => {
  let proxied: RunningServer;
  let dataDir: string;
  let token: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vt-streams-'));
    proxied = await startServer({
      env: {
        PORT: '0',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        TRUST_PROXY: '1',
        MAX_STREAMS_PER_CLIENT: '3',
        GROQ_API_KEY: '',
        OPENAI_API_KEY: '',
        SUPABASE_URL: '',
        DATABASE_URL: '',
      },
      webDist: dist,
    });
    token = await pairDevice(proxied.url, dataDir, 'Téléphone');
  });
  afterAll(async () => {
    await proxied.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** GET /api/events as the proxy forwards it: the client's own X-Forwarded-For, the hop the proxy appended. */
  const openStream = async (forwardedFor: string, signal: AbortSignal) => {
    const headers = { 'x-forwarded-for': forwardedFor };
    const issued = await fetch(`${proxied.url}/api/events/ticket`, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${token}` },
    });
    const { ticket } = (await issued.json()) as { ticket: string };
    const res = await fetch(`${proxied.url}/api/events?ticket=${ticket}`, { headers, signal });
    if (res.status === 200) {
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      const { value } = await reader.read();
      expect(new TextDecoder().decode(value)).toContain('event: ready');
    }
    return res;
  };

  it('caps the streams of one client by the hop the proxy appended, whatever the client wrote before it', async () => {
    const all = new AbortController();
    try {
      for (let i = 0; i < 3; i++)
        expect((await openStream(`10.9.9.${i}, 203.0.113.7`, all.signal)).status).toBe(200);
      const fourth = await openStream('10.9.9.99, 203.0.113.7', all.signal);
      expect(fourth.status).toBe(429);
      expect(((await fourth.json()) as { error: { code: string } }).error.code).toBe('too_many_streams');
      // Another client behind the same proxy socket still gets its stream.
      expect((await openStream('203.0.113.8', all.signal)).status).toBe(200);
    } finally {
      all.abort();
    }
    // Streams that ended give their slots back.
    await expect
      .poll(async () => {
        const again = new AbortController();
        const res = await openStream('203.0.113.7', again.signal).catch(() => null);
        again.abort();
        return res?.status;
      })
      .toBe(200);
  });
});
