/**
 * GET /api/export.csv through the typed client: the "Excel (French)" export is French (headers,
 * category and status words, JJ/MM/AAAA dates, "Créé le" in the user's time zone, decimal comma)
 * and the standard one stays machine-friendly; each has its own file name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/edge-app.ts';

let t: TestApp;
const clientId = crypto.randomUUID();
let id: string;

beforeAll(async () => {
  t = await startTestApp();
  const imported = await t.api.import.$post({
    json: {
      app: 'voicetrack',
      version: 1,
      exportedAt: '2026-11-30T20:00:00.000Z',
      expenses: [
        {
          clientId,
          amount: '1234.50',
          currency: 'EUR',
          category: 'dining',
          description: 'Resto; "Chez Paul"',
          date: '2026-11-24',
          transcript: 'mille deux cent trente-quatre euros cinquante',
          source: 'voice',
          status: 'saved',
          // 23:30 UTC is already the 25th in Paris: the export must say so.
          createdAt: '2026-11-24T23:30:00.000Z',
        },
        // Outside the range asked for: not exported.
        {
          clientId: crypto.randomUUID(),
          amount: '5.00',
          currency: 'EUR',
          category: 'other',
          description: '',
          date: '2026-12-01',
          transcript: null,
          source: 'text',
          status: 'saved',
        },
      ],
    },
  });
  expect(await imported.json()).toMatchObject({ imported: 2, refused: [] });
  const list = await (await t.api.expenses.$get({ query: { from: '2026-11-01', to: '2026-11-30' } })).json();
  id = (list as { expenses: { id: string }[] }).expenses[0]?.id as string;
});
afterAll(() => t.close());

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

describe('the CSV export', () => {
  it('in French for Excel by default: French header, words and dates, Paris time, its own file name', async () => {
    const res = await t.api['export.csv'].$get({ query: NOVEMBER });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="depenses-2026-11-01-2026-11-30.csv"; filename*=UTF-8''d%C3%A9penses-2026-11-01-2026-11-30.csv`,
    );
    // Read as bytes: Response.text() would drop the BOM that tells Excel the file is UTF-8.
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).split('\r\n');
    expect(lines).toEqual([
      '\uFEFFDate;Montant;Devise;Catégorie;Description;Statut;Source;Transcription;Identifiant;Créé le;Remboursable;Foyer;Payé par;Votre part',
      `24/11/2026;1234,50;EUR;Restaurant;"Resto; ""Chez Paul""";Enregistrée;Voix;mille deux cent trente-quatre euros cinquante;${id};25/11/2026 00:30;;;;`,
      '',
    ]);
  });

  it('writes "Créé le" in the time zone the request names', async () => {
    const res = await t.api['export.csv'].$get({
      query: { ...NOVEMBER, format: 'excel-fr', timezone: 'America/New_York' },
    });
    expect((await res.text()).split('\r\n')[1]?.endsWith(';24/11/2026 18:30;;;;')).toBe(true);
  });

  it('refuses a time zone that does not exist', async () => {
    const res = await t.api['export.csv'].$get({ query: { ...NOVEMBER, timezone: 'Europe/Lutece' } });
    expect(res.status).toBe(400);
  });

  it('standard: keys, ISO dates, the instant as stored, and another file name', async () => {
    const res = await t.api['export.csv'].$get({
      query: { ...NOVEMBER, format: 'standard', timezone: 'Asia/Tokyo' },
    });
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="expenses-2026-11-01-2026-11-30.csv"',
    );
    expect((await res.text()).split('\r\n')).toEqual([
      'date,amount,currency,category,description,status,source,transcript,id,client_id,created_at,reimbursable,household,paid_by,your_share',
      `2026-11-24,1234.50,EUR,dining,"Resto; ""Chez Paul""",saved,voice,mille deux cent trente-quatre euros cinquante,${id},${clientId},2026-11-24T23:30:00.000000Z,false,,,`,
      '',
    ]);
  });
});
