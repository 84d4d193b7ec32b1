import { CaptureResultSchema } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { goneIsDone, readAnswer, readFile, retryAfterSeconds } from './answer.ts';

const NOW = Date.parse('2026-12-03T10:00:00Z');
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const refusal = (code: string) => ({ error: { code, message: `the server's ${code}` } });
const captured = {
  clientId: '3f1c2a64-5b7e-4d2a-9c1e-8a7b6c5d4e3f',
  status: 'saved',
  transcript: 't',
  expenses: [],
};
const read = (res: Response | Error, schema = CaptureResultSchema) =>
  readAnswer(
    async () => (res instanceof Error ? Promise.reject(res) : res),
    schema,
    () => NOW,
  );

describe('retryAfterSeconds', () => {
  it.each([
    ['120', 120],
    [' 7 ', 7],
    ['0', undefined],
    ['-5', undefined],
    ['soon', undefined],
    ['1.5', undefined],
    ['Thu, 03 Dec 2026 10:01:30 GMT', 90],
    ['Thu, 03 Dec 2026 10:00:00 GMT', undefined],
    ['Thu, 03 Dec 2026 09:00:00 GMT', undefined],
    ['', undefined],
  ])('reads %j as %s seconds', (header, seconds) => {
    expect(retryAfterSeconds(header, NOW)).toBe(seconds);
  });

  it('reads no header as nothing said', () => {
    expect(retryAfterSeconds(null, NOW)).toBeUndefined();
  });
});

describe('readAnswer', () => {
  it.each([201, 200])('reads a %d with the expected body as ok, its value checked', async (status) => {
    expect(await read(json(status, captured))).toEqual({ kind: 'ok', value: captured });
  });

  it('reads a refusal in the server’s words, with its status and the wait it asked for', async () => {
    const got = await read(json(429, refusal('rate_limited'), { 'retry-after': '42' }));
    expect(got).toEqual({
      kind: 'refused',
      code: 'rate_limited',
      message: "the server's rate_limited",
      status: 429,
      retryAfterSeconds: 42,
    });
  });

  it('reads Retry-After given as a date', async () => {
    const got = await read(
      json(503, refusal('provider_unavailable'), { 'retry-after': 'Thu, 03 Dec 2026 10:02:00 GMT' }),
    );
    expect(got.kind === 'refused' && got.retryAfterSeconds).toBe(120);
  });

  it('says nothing of a wait the server did not ask for', async () => {
    const got = await read(json(400, refusal('validation_failed')));
    expect(got.kind).toBe('refused');
    expect(got).not.toHaveProperty('retryAfterSeconds');
  });

  it('names a refusal whose body is not the API’s by its status (a proxy’s 502 page)', async () => {
    const got = await read(
      new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'retry-after': '3' } }),
    );
    expect(got).toEqual({
      kind: 'refused',
      code: 'http_502',
      message: 'HTTP 502',
      status: 502,
      retryAfterSeconds: 3,
    });
  });

  it.each([
    ['a captive portal’s page', new Response('<html>Log in to the Wi-Fi</html>', { status: 200 })],
    ['JSON that is not a capture result', json(200, { hello: 'portal' })],
    [
      'an answer cut off',
      new Response('{"clientId": "3f1c', { status: 201, headers: { 'content-type': 'application/json' } }),
    ],
    ['no network', new TypeError('Failed to fetch')],
  ])('reads %s as offline: the request is sent again', async (_name, res) => {
    expect((await read(res)).kind).toBe('offline');
  });

  it('reads a 204 with no body expected as ok', async () => {
    const got = await readAnswer(async () => new Response(null, { status: 204 }), null);
    expect(got).toEqual({ kind: 'ok', value: null });
  });
});

describe('goneIsDone', () => {
  it('takes a delete of what is already gone as done, and nothing else', () => {
    const gone = { kind: 'refused', code: 'not_found', message: 'gone', status: 404 } as const;
    const busy = { kind: 'refused', code: 'rate_limited', message: 'busy', status: 429 } as const;
    expect(goneIsDone(gone)).toEqual({ kind: 'ok', value: null });
    expect(goneIsDone(busy)).toBe(busy);
    expect(goneIsDone({ kind: 'offline', message: 'x' }).kind).toBe('offline');
  });
});

describe('readFile (an export, fetched with the token)', () => {
  const file = (res: Response | Error) =>
    readFile(async () => (res instanceof Error ? Promise.reject(res) : res), /text\/csv/);

  it('reads the file the server sent', async () => {
    const got = await file(
      new Response('a;b\n1;2\n', { headers: { 'content-type': 'text/csv; charset=utf-8' } }),
    );
    expect(got.kind === 'ok' && (await got.value.text())).toBe('a;b\n1;2\n');
  });

  it('reads a refused download as the server’s refusal (a phone not paired, or revoked)', async () => {
    expect(await file(json(401, refusal('invalid_token')))).toMatchObject({
      kind: 'refused',
      code: 'invalid_token',
      status: 401,
    });
  });

  it.each([
    ['no network', new TypeError('Failed to fetch')],
    ['a captive portal’s page', new Response('<html>', { headers: { 'content-type': 'text/html' } })],
  ])('reads %s as no answer', async (_, res) => {
    expect((await file(res)).kind).toBe('offline');
  });
});
