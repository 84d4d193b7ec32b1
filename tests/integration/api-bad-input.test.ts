/**
 * Bad input gets a clear `{error:{code,message}}` with the right status, changes nothing, and
 * the server keeps serving. Every case checks all three.
 */
import { ErrorBodySchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { textNote, useAppWithFakeProvider, voiceForm, voiceNote } from '../support/edge-app.ts';
import { RESTO_WEBM } from '../support/recordings.ts';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF');

const ctx = useAppWithFakeProvider();
let existingId: string;

/** A raw JSON request: the typed client cannot send what these cases send. */
const json = (body: unknown, method = 'POST') => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const textBody = (over: Record<string, unknown> = {}) => ({ ...textNote('12,50 resto ce midi'), ...over });

async function counts() {
  const body = await (await ctx.t.api.expenses.$get({ query: { limit: '200' } })).json();
  return JSON.stringify(body.expenses.map((e) => [e.id, e.amount, e.updatedAt]));
}

beforeAll(async () => {
  const res = await ctx.t.api.text.$post({ json: textNote('12,50 resto ce midi') });
  expect(res.status).toBe(201);
  existingId = (await res.json()).expenses[0]?.id as string;
});

type Case = [name: string, request: () => [string, RequestInit], status: number, code: string];

const cases: Case[] = [
  [
    'voice without audio',
    () => ['/api/voice', { method: 'POST', body: voiceForm(null) }],
    400,
    'missing_audio',
  ],
  [
    'voice with empty audio',
    () => ['/api/voice', { method: 'POST', body: voiceForm(new Uint8Array()) }],
    400,
    'empty_audio',
  ],
  [
    'a PDF named note.webm',
    () => ['/api/voice', { method: 'POST', body: voiceForm(PDF) }],
    415,
    'unsupported_audio',
  ],
  [
    'audio sent as a text field',
    () => {
      const form = voiceForm(null);
      form.set('audio', 'not a file');
      return ['/api/voice', { method: 'POST', body: form }];
    },
    400,
    'missing_audio',
  ],
  ['voice as JSON', () => ['/api/voice', json({ audio: 'x' })], 415, 'unsupported_media_type'],
  [
    'voice without clientId',
    () => {
      const form = voiceForm(RESTO_WEBM);
      form.delete('clientId');
      return ['/api/voice', { method: 'POST', body: form }];
    },
    400,
    'validation_failed',
  ],
  [
    'a clientId that is not a UUID',
    () => ['/api/voice', { method: 'POST', body: voiceForm(RESTO_WEBM, { clientId: '42' }) }],
    400,
    'validation_failed',
  ],
  [
    'recordedAt without its offset',
    () => [
      '/api/voice',
      { method: 'POST', body: voiceForm(RESTO_WEBM, { recordedAt: '2026-11-24T12:30:00' }) },
    ],
    400,
    'validation_failed',
  ],
  [
    'an unknown time zone',
    () => ['/api/voice', { method: 'POST', body: voiceForm(RESTO_WEBM, { timezone: 'Mars/Olympus' }) }],
    400,
    'validation_failed',
  ],
  [
    'clientId sent twice',
    () => {
      const form = voiceForm(RESTO_WEBM);
      form.append('clientId', crypto.randomUUID());
      return ['/api/voice', { method: 'POST', body: form }];
    },
    400,
    'validation_failed',
  ],
  [
    'too many multipart parts',
    () => {
      const form = voiceForm(RESTO_WEBM);
      for (let i = 0; i < 20; i++) form.append(`extra${i}`, 'x');
      return ['/api/voice', { method: 'POST', body: form }];
    },
    400,
    'bad_request',
  ],
  ['malformed JSON', () => ['/api/text', json('{"text": "12 €",')], 400, 'malformed_json'],
  [
    'text not declared as JSON',
    () => ['/api/text', { method: 'POST', body: JSON.stringify(textBody()) }],
    415,
    'unsupported_media_type',
  ],
  [
    'text over 1000 characters',
    () => ['/api/text', json(textBody({ text: 'a'.repeat(1001) }))],
    400,
    'validation_failed',
  ],
  [
    'a 10 MB JSON body',
    () => ['/api/text', json(textBody({ text: 'a'.repeat(10 * 1024 * 1024) }))],
    413,
    'payload_too_large',
  ],
  ['an unknown field', () => ['/api/text', json(textBody({ admin: true }))], 400, 'validation_failed'],
  ['empty text', () => ['/api/text', json(textBody({ text: '   ' }))], 400, 'validation_failed'],
  [
    'control characters',
    () => ['/api/text', json(textBody({ text: '12 € \u0007\u001b[2J' }))],
    400,
    'validation_failed',
  ],
  [
    'invalid UTF-8',
    () => [
      '/api/text',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new Uint8Array([0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
      },
    ],
    400,
    'malformed_json',
  ],
  [
    'a PATCH with a negative amount',
    () => [`/api/expenses/${existingId}`, json({ amount: '-5.00' }, 'PATCH')],
    400,
    'validation_failed',
  ],
  [
    'a PATCH with a float amount',
    () => [`/api/expenses/${existingId}`, json({ amount: 12.5 }, 'PATCH')],
    400,
    'validation_failed',
  ],
  [
    'a PATCH with NaN',
    () => [`/api/expenses/${existingId}`, json({ amount: 'NaN' }, 'PATCH')],
    400,
    'validation_failed',
  ],
  [
    'a PATCH with a huge amount',
    () => [`/api/expenses/${existingId}`, json({ amount: '1000000000.00' }, 'PATCH')],
    400,
    'validation_failed',
  ],
  [
    'a PATCH with an unknown category',
    () => [`/api/expenses/${existingId}`, json({ category: 'crypto' }, 'PATCH')],
    400,
    'validation_failed',
  ],
  [
    'a PATCH with an impossible date',
    () => [`/api/expenses/${existingId}`, json({ date: '2026-02-30' }, 'PATCH')],
    400,
    'validation_failed',
  ],
  [
    'a PATCH with an unknown field',
    () => [`/api/expenses/${existingId}`, json({ user_id: 'x' }, 'PATCH')],
    400,
    'validation_failed',
  ],
  ['an empty PATCH', () => [`/api/expenses/${existingId}`, json({}, 'PATCH')], 400, 'validation_failed'],
  [
    'a PATCH of an unknown id',
    () => ['/api/expenses/00000000-0000-4000-8000-000000000000', json({ amount: '1.00' }, 'PATCH')],
    404,
    'not_found',
  ],
  [
    "a PATCH of an id that isn't one",
    () => ["/api/expenses/1' or '1'='1", json({ amount: '1.00' }, 'PATCH')],
    404,
    'not_found',
  ],
  [
    'a DELETE of an unknown id',
    () => ['/api/expenses/00000000-0000-4000-8000-000000000000', { method: 'DELETE' }],
    404,
    'not_found',
  ],
  ['the wrong method', () => ['/api/expenses', { method: 'PUT' }], 405, 'method_not_allowed'],
  ['an impossible date filter', () => ['/api/expenses?from=2026-02-30', {}], 400, 'validation_failed'],
  ['a forged cursor', () => ['/api/expenses?cursor=bm90IGEgY3Vyc29y', {}], 400, 'validation_failed'],
  ['from after to', () => ['/api/expenses?from=2026-12-01&to=2026-11-01', {}], 400, 'validation_failed'],
  ['an unknown route', () => ['/api/nope', {}], 404, 'not_found'],
];

describe('bad input', () => {
  it.each(cases)('%s → %i %s, nothing changed, server healthy', async (_name, build, status, code) => {
    const before = await counts();
    const [path, init] = build();
    const res = await ctx.t.app.request(path, init);
    expect(res.status).toBe(status);
    const body = v.parse(ErrorBodySchema, await res.json());
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(5);
    expect(await counts()).toBe(before);
    expect((await ctx.t.api.health.$get()).status).toBe(200);
  });

  it('answers 405 with the methods that are allowed', async () => {
    const res = await ctx.t.app.request('/api/expenses', { method: 'PUT' });
    expect(res.headers.get('allow')).toContain('GET');
  });

  it('stops reading an oversize upload while it streams, without buffering it all', async () => {
    const before = await counts();
    const total = 40 * 1024 * 1024;
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= total) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await ctx.t.app.request('/api/voice', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(v.parse(ErrorBodySchema, await res.json()).error.code).toBe('payload_too_large');
    expect(sent).toBeLessThan(total);
    expect(await counts()).toBe(before);
  });

  it('answers 422 when the provider cannot decode truncated audio, and keeps nothing', async () => {
    const before = await counts();
    ctx.fake.failNext(400, 1, undefined, 'transcriptions');
    // Well-formed as a request (the typed client sends it); only the provider finds the audio cut.
    const res = await ctx.t.api.voice.$post({ form: voiceNote(RESTO_WEBM.slice(0, 200)) });
    expect(res.status).toBe(422);
    expect(v.parse(ErrorBodySchema, await res.json()).error.code).toBe('unsupported_audio');
    expect(await counts()).toBe(before);
  });
});
