/**
 * A body far over every limit, streamed (chunked, no Content-Length) to a real server on loopback
 * that requires pairing, by a capture token (a Shortcut's, leaked). The server must answer 413
 * once it has read its route's limit, not read (and hold) the whole body first, an
 * Idempotency-Key on the request or not.
 */
import { request } from 'node:http';
import type { RunningServer } from '@voicetrack/edge/server.ts';
import { ErrorBodySchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deviceToken, startPairedServer } from '../support/paired-server.ts';

const MB = 1024 * 1024;
/** What the client offers: ten times the largest body any route takes (an import, 100 MB). */
const OFFERED = 1024 * MB;

let server: RunningServer;
let token: string;

beforeAll(async () => {
  server = await startPairedServer();
  token = await deviceToken(server.store, 'Raccourci Siri', 'capture');
});
afterAll(async () => {
  await server?.close();
});

/**
 * Streams zeros in 1 MB chunks until the server answers (or `offered` is sent); returns the answer
 * and how many bytes the server had taken by then.
 */
function streamUntilAnswered(
  path: string,
  headers: Record<string, string>,
  offered = OFFERED,
  at = server.url,
) {
  return new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
    const { hostname, port } = new URL(at);
    const req = request({ hostname, port, path, method: 'POST', headers });
    const chunk = Buffer.alloc(MB);
    let sent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8'), sent });
        req.destroy();
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < offered) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('a body of 1 GB, streamed', () => {
  it.each([
    ['a voice note', '/api/voice', 'multipart/form-data; boundary=x', 'The audio must be at most 25 MB.'],
    ['a typed note', '/api/text', 'application/json', 'The body must be at most 64 KB.'],
  ])('%s with an Idempotency-Key: 413 once its limit is read', async (_name, path, type, message) => {
    const answer = await streamUntilAnswered(path, {
      Authorization: `Bearer ${token}`,
      'Content-Type': type,
      'Idempotency-Key': crypto.randomUUID(),
    });
    expect(answer.status).toBe(413);
    expect(v.parse(ErrorBodySchema, JSON.parse(answer.body)).error).toEqual({
      code: 'payload_too_large',
      message,
    });
    // The limit, plus what the sockets' buffers took while the answer was on its way.
    expect(answer.sent).toBeLessThan(100 * MB);
  });

  it('without an Idempotency-Key too, and the server answers the next request', async () => {
    const answer = await streamUntilAnswered('/api/voice', {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'multipart/form-data; boundary=x',
    });
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeLessThan(100 * MB);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
  });
});

describe('a voice note past MAX_UPLOADS_PER_USER', () => {
  it('is answered 429 before its body is read, an Idempotency-Key on it or not', async () => {
    const busy = await startPairedServer({ MAX_UPLOADS_PER_USER: '1' });
    const token = await deviceToken(busy.store, 'Pixel', 'full');
    const { hostname, port } = new URL(busy.url);
    // The first note holds the person's one slot: its body starts and then waits.
    const first = request({
      hostname,
      port,
      path: '/api/voice',
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'multipart/form-data; boundary=x' },
    });
    first.on('error', () => {});
    first.write('--x\r\n');
    try {
      // Wait until the server holds it (a second note is refused while it does).
      let probe: { status: number } = { status: 0 };
      for (let i = 0; i < 100 && probe.status !== 429; i++)
        probe = await streamUntilAnswered(
          '/api/voice',
          { Authorization: `Bearer ${token}`, 'Content-Type': 'multipart/form-data; boundary=x' },
          0,
          busy.url,
        );
      expect(probe.status).toBe(429);
      const second = await streamUntilAnswered(
        '/api/voice',
        {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'multipart/form-data; boundary=x',
          'Idempotency-Key': crypto.randomUUID(),
        },
        24 * MB,
        busy.url,
      );
      expect(second.status).toBe(429);
      expect(JSON.parse(second.body).error.code).toBe('rate_limited');
      // What the sockets' buffers took while the answer was on its way; not the 24 MB offered.
      expect(second.sent).toBeLessThan(16 * MB);
    } finally {
      first.destroy();
      await busy.close();
    }
  });
});
