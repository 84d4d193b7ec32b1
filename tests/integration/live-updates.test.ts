/**
 * Live updates in local mode: a second device's open stream hears about an expense the first
 * device saves, over Server-Sent Events fed by Postgres LISTEN/NOTIFY (PGlite and the server),
 * and about each expense a bank statement matched (notified from one statement-level trigger).
 */

import { type RunningServer, startServer } from '@voicetrack/edge/server.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAt, textNote } from '../support/edge-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';
import { statementFile } from '../support/statements.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** Reads SSE events from a streaming fetch until `want` of type `expense` (those `keep` keeps) arrived. */
async function collect(
  url: string,
  want: number,
  onReady: () => Promise<void>,
  keep: (data: { op: string; id: string }) => boolean = () => true,
) {
  const controller = new AbortController();
  const res = await apiAt(url).events.$get(undefined, { init: { signal: controller.signal } });
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: { event: string; data: { op: string; id: string } }[] = [];
  let buffer = '';
  let ready = false;
  while (events.length < want) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event === 'ready' && !ready) {
        ready = true;
        await onReady();
      } else if (event === 'expense' && data && keep(JSON.parse(data)))
        events.push({ event, data: JSON.parse(data) });
      end = buffer.indexOf('\n\n');
    }
  }
  controller.abort();
  return events;
}

describe.each([
  ['PGlite', async () => ({})],
  [
    'the PostgreSQL server',
    async () => {
      const db: TestDatabase = await createTestDatabase('vt_live');
      cleanups.push(() => db.drop());
      return { DATABASE_URL: db.url };
    },
  ],
])('live updates on %s', (_name, dbEnv) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      env: { PORT: '0', DATA_DIR: 'memory://', LOG_LEVEL: 'silent', GROQ_API_KEY: '', ...(await dbEnv()) },
      webDist: null,
    });
    cleanups.push(() => server.close());
  });

  it('tells another open device about a new, an edited and a deleted expense', async () => {
    const api = apiAt(server.url);
    let savedId = '';
    const events = await collect(server.url, 3, async () => {
      const res = await api.text.$post({ json: textNote('9 € de cinéma') });
      savedId = (await res.json()).expenses[0]?.id as string;
      await api.expenses[':id'].$patch({ param: { id: savedId }, json: { amount: '9.50' } });
      await api.expenses[':id'].$delete({ param: { id: savedId } });
    });
    expect(events.map((e) => [e.data.op, e.data.id])).toEqual([
      ['insert', savedId],
      ['update', savedId],
      ['delete', savedId],
    ]);
  });

  it('tells it about each expense a bank statement matched (one statement, one event per expense)', async () => {
    const api = apiAt(server.url);
    const said = async (text: string, day: string) =>
      (await (await api.text.$post({ json: textNote(text, { recordedAt: `${day}T19:00:00+01:00` }) })).json())
        .expenses[0]?.id as string;
    const carrefour = await said('42,10 € de courses chez Carrefour', '2026-11-28');
    const free = await said('19,99 € forfait Free', '2026-11-05');
    const events = await collect(
      server.url,
      2,
      async () => {
        const form = new FormData();
        form.set(
          'file',
          new File([Uint8Array.from(statementFile('camt053-v02-card-sepa-salary.xml'))], 'releve.xml'),
        );
        const res = await fetch(`${server.url}/api/statements`, { method: 'POST', body: form });
        expect(res.status).toBe(201);
        // The typed expenses' own inserts may still be on their way: only the matches are counted.
      },
      (data) => data.op === 'update',
    );
    expect(events.map((e) => [e.data.op, e.data.id]).sort()).toEqual(
      [
        ['update', carrefour],
        ['update', free],
      ].sort(),
    );
  });
});
