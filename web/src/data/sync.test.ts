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
  static readonly OPEN = 1;
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
  close(): void {
    this.readyState = HeardEventSource.CLOSED;
  }
}

/** A paired phone's API: a fresh ticket (t-1, t-2…) for each stream, none while offline. */
function ticketsApi(network: { onLine: boolean }) {
  let tickets = 0;
  return createApiClient({
    baseUrl: 'http://voicetrack.test',
    fetch: async () => {
      if (!network.onLine) throw new TypeError('Failed to fetch');
      tickets++;
      return new Response(JSON.stringify({ ticket: `t-${tickets}`, expiresAt: '2026-12-03T20:00:00.000Z' }), {
        status: 201,
        headers: { 'content-type': 'application/json' },
      });
    },
  });
}

/** The streams opened once the fake clock has run up to 50 ms for the nth. */
async function opened(n: number): Promise<number> {
  for (let i = 0; i < 50 && HeardEventSource.opened.length < n; i++) await vi.advanceTimersByTimeAsync(1);
  return HeardEventSource.opened.length;
}

describe('listenForServerChanges', () => {
  it('reads the list each time a stream is ready: the first, and one the browser reconnected by itself', async () => {
    HeardEventSource.opened = [];
    vi.stubGlobal('EventSource', HeardEventSource);
    vi.stubGlobal('window', new EventTarget());
    vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
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

  it('opens a stream waiting out its back-off at once when the network is back, or the app back in view', async () => {
    HeardEventSource.opened = [];
    vi.stubGlobal('EventSource', HeardEventSource);
    const network = { onLine: false };
    vi.stubGlobal('navigator', network);
    const page = new EventTarget();
    vi.stubGlobal('window', page);
    const view = Object.assign(new EventTarget(), { visibilityState: 'hidden' });
    vi.stubGlobal('document', view);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const api = ticketsApi(network);
    const stop = listenForServerChanges(
      api,
      () => {},
      async () => true,
    );
    try {
      // No network for 31 s: tries at 0, 2, 6, 14 and 30 s fail; the next waits until 62 s.
      await vi.advanceTimersByTimeAsync(31_000);
      expect(HeardEventSource.opened).toHaveLength(0);
      network.onLine = true;
      await vi.advanceTimersByTimeAsync(1_000);
      expect(HeardEventSource.opened).toHaveLength(0);
      // The browser says the network is back: opened now, 30 s before the timer.
      page.dispatchEvent(new Event('online'));
      expect(await opened(1)).toBe(1);
      expect(HeardEventSource.opened[0]?.url).toContain('ticket=t-1');
      // Back online with a stream open: no second one.
      page.dispatchEvent(new Event('online'));
      view.dispatchEvent(new Event('visibilitychange'));
      await vi.advanceTimersByTimeAsync(100);
      expect(HeardEventSource.opened).toHaveLength(1);

      // The server ends it for good with no network (a ticket works once), away for 40 s.
      network.onLine = false;
      const [first] = HeardEventSource.opened as [HeardEventSource];
      first.readyState = HeardEventSource.CLOSED;
      first.hear('error');
      await vi.advanceTimersByTimeAsync(40_000);
      expect(HeardEventSource.opened).toHaveLength(1);
      // The network came back with no event for it (Firefox, a page reloaded offline): in view
      // again, the app opens it at once; still hidden, or offline, it waits.
      view.dispatchEvent(new Event('visibilitychange'));
      network.onLine = true;
      view.dispatchEvent(new Event('visibilitychange'));
      await vi.advanceTimersByTimeAsync(100);
      expect(HeardEventSource.opened).toHaveLength(1);
      view.visibilityState = 'visible';
      view.dispatchEvent(new Event('visibilitychange'));
      expect(await opened(2)).toBe(2);
      expect(HeardEventSource.opened[1]?.url).toContain('ticket=t-2');
    } finally {
      stop();
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('closes and opens again a stream that looks open but has said nothing past two beats', async () => {
    HeardEventSource.opened = [];
    vi.stubGlobal('EventSource', HeardEventSource);
    const network = { onLine: true };
    vi.stubGlobal('navigator', network);
    vi.stubGlobal('window', new EventTarget());
    vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const api = ticketsApi(network);
    let changes = 0;
    const stop = listenForServerChanges(
      api,
      () => changes++,
      async () => true,
    );
    try {
      expect(await opened(1)).toBe(1);
      const [first] = HeardEventSource.opened as [HeardEventSource];
      first.hear('ready');
      // A quiet server's beats, then a change: each keeps the stream, for five minutes.
      for (let minute = 0; minute < 5; minute++) {
        await vi.advanceTimersByTimeAsync(25_000);
        first.hear('beat');
        await vi.advanceTimersByTimeAsync(25_000);
        first.hear('expense');
        await vi.advanceTimersByTimeAsync(10_000);
      }
      expect(HeardEventSource.opened).toHaveLength(1);
      expect(first.readyState).toBe(HeardEventSource.OPEN);
      // The phone changes networks: the socket is dead, the browser still says OPEN. 50 s of
      // silence is no proof (a beat may be late); past 65 s it is closed and a fresh one opened.
      await vi.advanceTimersByTimeAsync(50_000);
      expect(HeardEventSource.opened).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(30_000);
      expect(await opened(2)).toBe(2);
      expect(first.readyState).toBe(HeardEventSource.CLOSED);
      const second = HeardEventSource.opened[1] as HeardEventSource;
      expect(second.url).toContain('ticket=t-2');
      second.hear('ready');
      // What changed while it was deaf is read once the new stream is ready.
      expect(changes).toBe(7);

      // Look-alikes left alone: a stream the browser is reconnecting by itself (CONNECTING), and
      // any stream while the phone is offline.
      second.readyState = 0;
      await vi.advanceTimersByTimeAsync(120_000);
      expect(HeardEventSource.opened).toHaveLength(2);
      second.readyState = HeardEventSource.OPEN;
      network.onLine = false;
      await vi.advanceTimersByTimeAsync(120_000);
      expect(HeardEventSource.opened).toHaveLength(2);
      // Online again and still silent: replaced at the watchdog's next look (every 15 s).
      network.onLine = true;
      await vi.advanceTimersByTimeAsync(15_000);
      expect(await opened(3)).toBe(3);
    } finally {
      stop();
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });
});
