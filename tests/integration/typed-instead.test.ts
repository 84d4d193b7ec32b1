/**
 * A voice note the server could not transcribe, typed by hand: the same clientId sent as text is
 * read once, saved as a text expense, and the note never doubles, whichever form comes again.
 */
import { ErrorBodySchema } from '@voicetrack/shared';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote, voiceNote } from '../support/edge-app.ts';
import { RESTO_WEBM } from '../support/recordings.ts';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('a voice note typed by hand', () => {
  it('is saved once, as text, under the voice note’s clientId', async () => {
    const voice = voiceNote(RESTO_WEBM);
    const waiting = await t.api.voice.$post({ form: voice });
    expect(waiting.status).toBe(503);
    expect(v.parse(ErrorBodySchema, await waiting.json()).error.code).toBe('transcription_unavailable');

    const typed = await t.api.text.$post({
      json: textNote('12,50 € au resto', { clientId: voice.clientId }),
    });
    expect(typed.status).toBe(201);
    const body = await typed.json();
    expect(body.expenses.map((e) => [e.amount, e.source, e.transcript])).toEqual([
      ['12.50', 'text', '12,50 € au resto'],
    ]);

    // The audio sent again (a retry that was on its way) gets the same answer: nothing doubles.
    const again = await t.api.voice.$post({ form: { ...voice } });
    expect(again.status).toBe(200);
    expect((await again.json()).expenses.map((e) => e.id)).toEqual(body.expenses.map((e) => e.id));
    const list = await (await t.api.expenses.$get({ query: { limit: '200' } })).json();
    expect(list.expenses.filter((e) => e.clientId === voice.clientId)).toHaveLength(1);
  });
});
