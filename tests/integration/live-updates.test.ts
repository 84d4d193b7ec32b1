/**
 * Live updates in local mode: a second device's open stream hears about an expense the first
 * device saves, over Server-Sent Events fed by Postgres LISTEN/NOTIFY (PGlite and the server).
 */

import { type RunningServer, startServer } from '@voicetrack/edge/server.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { apiAt, textNote } from '../support/edge-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** Reads SSE events from a streaming fetch until `want` of type `expense` arrived. */
async function collect(url: string, want: number, onReady: () => Promise<void>) {
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
      } else if (event === 'expense' && data) events.push({ event, data: JSON.parse(data) });
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
  it('tells another open device about a new, an edited and a deleted expense', async () => {
    const server: RunningServer = await startServer({
      env: { PORT: '0', DATA_DIR: 'memory://', LOG_LEVEL: 'silent', GROQ_API_KEY: '', ...(await dbEnv()) },
      webDist: null,
    });
    cleanups.push(() => server.close());
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
});
