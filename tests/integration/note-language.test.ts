/**
 * The words the parser adds to a note (a share's « (part de 160 €) » / "(share of €160)", the
 * « Dépense » / "Expense" of words that name nothing) are in the note's own language, whatever the
 * page's: an English note from a phone set to French, through POST /api/text, POST /api/voice
 * with the browser's words, and the CSV export. A note with no language of its own follows the
 * page. The page's own words (the French CSV's headers) stay the page's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESTO_WEBM, startTestApp, type TestApp, textNote, voiceNote } from '../support/edge-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const FRENCH_PAGE = { headers: { 'Accept-Language': 'fr-FR,fr;q=0.9' } };
const said = (body: { expenses: { amount: string | null; description: string }[] }) =>
  body.expenses.map((e) => `${e.amount} ${e.description}`);

describe('the words added to a note, in the note’s language', () => {
  it('are English for an English note typed on a French page', async () => {
    const res = await t.api.text.$post(
      { json: textNote('Taxi, 24 euros, split three ways', { locale: 'fr-FR' }) },
      FRENCH_PAGE,
    );
    expect(res.status).toBe(201);
    expect(said(await res.json())).toEqual(['8.00 Taxi (share of €24)']);
  });

  it('are French for a French note typed on an English page', async () => {
    const res = await t.api.text.$post({
      json: textNote('Resto avec Julie, 64 €, on partage', { locale: 'en-GB' }),
    });
    expect(said(await res.json())).toEqual(['32.00 Resto avec Julie (part de 64 €)']);
  });

  it("are English for an English voice note in the browser's words on a French page", async () => {
    const form = voiceNote(RESTO_WEBM, {
      transcript: 'Sushi, 42 euros, half each',
      transcriptSource: 'browser',
      locale: 'fr-FR',
    });
    const res = await t.api.voice.$post({ form }, FRENCH_PAGE);
    expect(res.status).toBe(201);
    expect(said(await res.json())).toEqual(['21.00 Sushi (share of €42)']);
  });

  it('follow the page for a note with no language of its own, and say it was worked out', async () => {
    const fr = await (await t.api.text.$post({ json: textNote('40 euros', { locale: 'fr-FR' }) })).json();
    const en = await (await t.api.text.$post({ json: textNote('40 euros', { locale: 'en-GB' }) })).json();
    expect([...said(fr), ...said(en)]).toEqual(['40.00 Dépense', '40.00 Expense']);
    expect([fr, en].map((b) => b.expenses[0]?.provenance?.description?.from)).toEqual(['parsed', 'parsed']);
  });

  it('stay English in the French CSV export, beside its French headers', async () => {
    const res = await t.api['export.csv'].$get({ query: { from: '2026-11-01', to: '2026-11-30' } });
    const text = await res.text();
    expect(text).toContain('Catégorie;Description');
    expect(text).toContain(';Taxi (share of €24);');
    expect(text).toContain(';Resto avec Julie (part de 64 €);');
  });
});
