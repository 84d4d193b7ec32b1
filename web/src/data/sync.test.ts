import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from './api/client.ts';
import { openDb } from './db.ts';
import { coalesced, listenForServerChanges, NETWORK_LOOK_MS, startSync } from './sync.ts';

describe('coalesced', () => {
  it('runs a burst of calls as one run plus one after it, never two at once', async () => {
    let runs = 0;
    let inFlight = 0;
    let most = 0;
    const gates: (() => void)[] = [];
    const run = coalesced(async () => {
      runs++;
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise<void>((r) => gates.push(r));
      inFlight--;
    });
    for (let i = 0; i < 50; i++) run();
    expect(runs).toBe(1);
    gates.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    gates.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    expect(most).toBe(1);
    // Idle again: the next call runs at once.
    run();
    expect(runs).toBe(3);
  });

  it('keeps working after a run that failed', async () => {
    let runs = 0;
    const run = coalesced(async () => {
      runs++;
      throw new Error('offline');
    });
    run();
    await new Promise((r) => setTimeout(r, 0));
    run();
    expect(runs).toBe(2);
  });
});

describe('startSync', () => {
  it('sends what waits once navigator.onLine turns true with no online event (a page Firefox reloaded offline)', async () => {
    const network = { onLine: false };
    vi.stubGlobal('navigator', network);
    vi.stubGlobal('window', new EventTarget());
    vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const db = openDb('sync-online-without-event');
    let flushes = 0;
    const sync = startSync(
      db,
      async () => {
        flushes++;
        return { sent: 0, done: 0, skipped: false };
      },
      () => {},
    );
    try {
      sync.kick();
      // The runs asked for (at start, the kick) are over before the network comes back.
      await new Promise((r) => setTimeout(r, 50));
      vi.advanceTimersByTime(NETWORK_LOOK_MS * 3);
      expect(flushes).toBe(0);
      network.onLine = true;
      vi.advanceTimersByTime(NETWORK_LOOK_MS);
      // networkBack reads the outbox first (IndexedDB: real time passes).
      for (let i = 0; i < 100 && flushes === 0; i++) await new Promise((r) => setTimeout(r, 10));
      expect(flushes).toBe(1);
      // Looked once more: nothing more is sent.
      vi.advanceTimersByTime(NETWORK_LOOK_MS * 3);
      expect(flushes).toBe(1);
    } finally {
      sync.stop();
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });
});

/** The browser's EventSource as the page sees it (Node has none): the test says what it hears. */
class HeardEventSource {
  static readonly CLOSED = 2;
  static opened: HeardEventSource[] = [];
  readyState = 1;
  private readonly listeners = new Map<string, (() => void)[]>();
  constructor(readonly url: string) {
    HeardEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: () => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  hear(type: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }
  close(): void {}
}

describe('listenForServerChanges', () => {
  it('reads the list each time a stream is ready: the first, and one the browser reconnected by itself', async () => {
    HeardEventSource.opened = [];
    vi.stubGlobal('EventSource', HeardEventSource);
    let changes = 0;
    let settlements = 0;
    const api = createApiClient({ baseUrl: 'http://voicetrack.test', fetch: async () => new Response(null) });
    const stop = listenForServerChanges(
      api,
      () => changes++,
      async () => false,
      () => settlements++,
    );
    try {
      await vi.waitFor(() => expect(HeardEventSource.opened).toHaveLength(1));
      const [stream] = HeardEventSource.opened as [HeardEventSource];
      // The page read its list before the stream was open: what changed in between is read now.
      stream.hear('ready');
      expect([changes, settlements]).toEqual([1, 1]);
      stream.hear('expense');
      expect(changes).toBe(2);
      // The connection drops; the browser reconnects on its own (CONNECTING, not CLOSED): same stream.
      stream.readyState = 0;
      stream.hear('error');
      stream.readyState = 1;
      stream.hear('ready');
      expect([changes, settlements]).toEqual([3, 2]);
      // No new stream was opened for it.
      expect(HeardEventSource.opened).toHaveLength(1);
    } finally {
      stop();
      vi.unstubAllGlobals();
    }
  });
});
