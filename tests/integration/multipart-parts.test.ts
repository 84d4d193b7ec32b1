/**
 * A multipart body of many tiny parts, under its route's byte limit, is refused on its bytes: no
 * parser builds its parts first (Request.formData() built all 400,000 parts of a 20.8 MB body,
 * ~3.8 s of CPU and 135 MB, before the 12-part limit was checked), and nothing is stored.
 */
import { ErrorBodySchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTE_CONTEXT, useAppWithFakeProvider } from '../support/edge-app.ts';

const ctx = useAppWithFakeProvider();

afterEach(() => {
  vi.restoreAllMocks();
});

/** A form with the route's own fields and `extra` more one-byte fields. */
function formWith(file: string, extra: number): FormData {
  const form = new FormData();
  form.set(file, new Blob([new Uint8Array([1, 2, 3])]), 'x.bin');
  for (const [k, val] of Object.entries({ clientId: crypto.randomUUID(), ...NOTE_CONTEXT })) form.set(k, val);
  for (let i = 0; i < extra; i++) form.append(`p${i}`, 'x');
  return form;
}

/**
 * The platform's own prototype that holds `formData` along `proto`'s chain. A server started by an
 * earlier file of the same worker (files share it: integration's `isolate: false`) has put
 * @hono/node-server's lightweight Request and Response in the globals, whose own `formData` cannot
 * be redefined and calls the platform's.
 */
function formDataOwner<T extends object>(proto: T): T {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p)) {
    if (Object.getOwnPropertyDescriptor(p, 'formData')?.configurable) return p as T;
  }
  return proto;
}

/** Every multipart parse the platform offers, counted (Hono reads its form through one of them). */
function countFormParses() {
  const request = vi.spyOn(formDataOwner(Request.prototype), 'formData');
  const response = vi.spyOn(formDataOwner(Response.prototype), 'formData');
  return () => request.mock.calls.length + response.mock.calls.length;
}

async function storedRows(): Promise<number> {
  const rows = await ctx.t.sql.query<{ n: string }>(
    'select ((select count(*) from expenses) + (select count(*) from bank_statements))::text as n',
  );
  return Number(rows[0]?.n);
}

describe('a multipart body of many tiny parts', () => {
  it.each([
    ['/api/voice', 'audio', 12],
    ['/api/receipts', 'image', 12],
    ['/api/statements', 'file', 8],
  ])('%s: 400 before any part is built, nothing stored', async (path, file, maxParts) => {
    const before = await storedRows();
    const parses = countFormParses();
    const res = await ctx.t.app.request(path, { method: 'POST', body: formWith(file, 5_000) });
    expect(res.status).toBe(400);
    expect(v.parse(ErrorBodySchema, await res.json()).error).toEqual({
      code: 'bad_request',
      message: `At most ${maxParts} parts are allowed.`,
    });
    expect(parses()).toBe(0);
    expect(await storedRows()).toBe(before);
  });

  it('a form at the limit is still read as a form (one parse), past the part count', async () => {
    const parses = countFormParses();
    // 5 fields + 7 = 12 parts: no longer a part count's 400, the audio's own check answers.
    const res = await ctx.t.app.request('/api/voice', { method: 'POST', body: formWith('audio', 7) });
    expect(v.parse(ErrorBodySchema, await res.json()).error.code).toBe('unsupported_audio');
    expect(parses()).toBe(1);
  });
});
