// A send the server never answers, over a real socket: a phone that went from Wi-Fi to 4G keeps a
// connection the old network dropped in silence, and a request sent on it hears nothing — the
// browser may wait minutes, and the outbox (one flush at a time, its Web Lock held) waited with
// it. The real API client and the page's fetch, a Node server that takes the request and never
// answers it; the outbox's time for an answer made short here (web/src/data/outbox-machine.ts's answerWithinMs).
import 'fake-indexeddb/auto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CaptureResult } from '@voicetrack/shared';
import { createApiClient } from '@voicetrack/web/src/data/api/client.ts';
import { openDb, type VoiceTrackDb } from '@voicetrack/web/src/data/db.ts';
import { enqueueOp, UNDO_MS } from '@voicetrack/web/src/data/expense-changes.ts';
import { savedExpense } from '@voicetrack/web/src/data/expense-fixtures.ts';
import { flushOutbox } from '@voicetrack/web/src/data/flush.ts';
import { enqueueNote } from '@voicetrack/web/src/data/outbox.ts';
import { answerWithinMs, inOrderMade } from '@voicetrack/web/src/data/outbox-machine.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const T0 = Date.parse('2026-12-03T10:00:00Z');
const first = savedExpense('e1');
const second = savedExpense('e2', { clientId: '9a8b7c6d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', description: 'Taxi' });

/** The server: each request as `METHOD /path`; those named in `silent` taken and never answered. */
async function server(silent: Set<string>) {
  const requests: string[] = [];
  const hanging: ServerResponse[] = [];
  const answer = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const said = `${req.method} ${req.url}`;
    requests.push(said);
    if (silent.delete(said)) {
      hanging.push(res);
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.method === 'PATCH') {
      const id = (req.url ?? '').split('/').at(-1);
      const base = id === 'e1' ? first : second;
      res.end(JSON.stringify({ ...base, amount: JSON.parse(body).amount }));
      return;
    }
    const note = JSON.parse(body) as { clientId: string; text: string };
    const result: CaptureResult = {
      clientId: note.clientId,
      status: 'saved',
      transcript: note.text,
      expenses: [savedExpense('e3', { clientId: note.clientId, transcript: note.text })],
    };
    res.end(JSON.stringify(result));
  };
  const http = createServer((req, res) => {
    let body = '';
    req.on('data', (part) => {
      body += part;
    });
    req.on('end', () => answer(req, res, body));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    requests,
    api: createApiClient({ baseUrl: `http://127.0.0.1:${port}` }),
    close: async () => {
      for (const res of hanging) res.socket?.destroy();
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

let db: VoiceTrackDb;
let n = 0;
let stop: (() => Promise<void>) | undefined;
beforeEach(async () => {
  db = openDb(`no-answer-${++n}`);
  await db.expenses.bulkPut([first, second]);
});
afterEach(async () => {
  await stop?.();
  await db.delete();
});

/** Flushes at `at` (ms since T0), a send given up after 300 ms with no answer, jitter at its middle. */
const flushAt = (api: ReturnType<typeof createApiClient>, at: number) =>
  flushOutbox({ db, api, now: () => T0 + at, random: () => 0.5, answerWithin: () => 300 });

describe('a send the server never answers', () => {
  it('is given up as no answer, keeps the change and the ones after it in order, and sends them again', async () => {
    const s = await server(new Set(['PATCH /api/expenses/e1']));
    stop = s.close;
    await enqueueOp(db, { kind: 'edit', expense: first, patch: { amount: '13.00' } }, new Date(T0 - UNDO_MS));
    await enqueueOp(
      db,
      { kind: 'edit', expense: second, patch: { amount: '21.00' } },
      new Date(T0 - UNDO_MS),
    );

    // The flush ends (before, it waited as long as the socket did): the change waits, said why.
    await flushAt(s.api, 0);
    expect(s.requests).toEqual(['PATCH /api/expenses/e1']);
    const ops = inOrderMade(await db.ops.toArray());
    expect(ops.map((o) => [o.expenseId, o.state])).toEqual([
      ['e1', 'waiting'],
      ['e2', 'recorded'],
    ]);
    expect(ops[0]).toMatchObject({
      attempts: 1,
      nextAttemptAt: T0 + 2_000,
      lastError: { code: 'network', message: 'no answer in the time allowed' },
    });

    // At its next try, both go, in the order made; nothing is left.
    await flushAt(s.api, 2_000);
    expect(s.requests).toEqual([
      'PATCH /api/expenses/e1',
      'PATCH /api/expenses/e1',
      'PATCH /api/expenses/e2',
    ]);
    expect(await db.ops.count()).toBe(0);
    expect((await db.expenses.bulkGet(['e1', 'e2'])).map((e) => e?.amount)).toEqual(['13.00', '21.00']);
  });

  it('keeps a note whose answer never came with its words, and sends it again', async () => {
    const s = await server(new Set(['POST /api/text']));
    stop = s.close;
    const note = await enqueueNote(
      db,
      { kind: 'text', text: '8 € de fleurs', locale: 'fr-FR', confirm: false },
      new Date(T0),
    );
    await flushAt(s.api, 0);
    expect(await db.notes.get(note.id)).toMatchObject({
      state: 'waiting',
      text: '8 € de fleurs',
      lastError: { code: 'network', message: 'no answer in the time allowed' },
    });
    await flushAt(s.api, 2_000);
    expect(s.requests).toEqual(['POST /api/text', 'POST /api/text']);
    expect(await db.notes.get(note.id)).toMatchObject({ state: 'done' });
    expect((await db.expenses.get('e3'))?.transcript).toBe('8 € de fleurs');
  });
});

describe('the time a send waits for its answer', () => {
  it('is 15 s for a change and 65 s for a note, more for the bytes a slow network uploads, doubled at each try up to 8 times', () => {
    expect([answerWithinMs('change', 0, 0), answerWithinMs('note', 40, 0)]).toEqual([15_000, 65_003]);
    // A minute's voice note (about 240 kB): its upload at 16 kB/s on top.
    expect(answerWithinMs('note', 240_000, 0)).toBe(80_000);
    expect([1, 2, 3, 4, 10].map((tries) => answerWithinMs('change', 0, tries))).toEqual([
      30_000, 60_000, 120_000, 120_000, 120_000,
    ]);
  });
});
