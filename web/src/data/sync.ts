/**
 * When the page flushes: at start, when the network comes back, when the app becomes visible,
 * and at the next note's retry time (backoff, Retry-After). Safari and Firefox have no Background
 * Sync, so the page does not rely on the worker's `sync` event alone.
 */
import type { Answer } from './api/answer.ts';
import type { ApiClient } from './api/client.ts';
import type { VoiceTrackDb } from './db.ts';
import { type FlushReport, networkBack } from './flush.ts';
import { nextDueAt } from './outbox.ts';

/** How often a page that saw no network looks whether navigator.onLine turned true. */
export const NETWORK_LOOK_MS = 5_000;

export interface SyncHandle {
  /** Flush now (a note was just saved, or the user asked). */
  kick(): void;
  stop(): void;
}

export function startSync(
  db: VoiceTrackDb,
  flush: () => Promise<FlushReport>,
  afterFlush: () => void,
): SyncHandle {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watching: ReturnType<typeof setInterval> | undefined;
  const stopWatching = () => {
    clearInterval(watching);
    watching = undefined;
  };

  const schedule = async () => {
    clearTimeout(timer);
    const next = await nextDueAt(db);
    if (next !== null) timer = setTimeout(run, Math.max(500, next - Date.now()));
  };

  // One flush at a time; a trigger during one asks for one more after it.
  const run = coalesced(async () => {
    // Surely offline (no network interface): no attempt is spent, the 'online' event resumes. Not
    // that alone: Firefox sends no 'online' event to a page it reloaded offline once the network
    // is back (navigator.onLine just turns true), so the page also looks every few seconds.
    if (navigator.onLine === false) {
      watching ??= setInterval(() => {
        if (navigator.onLine) void onOnline();
      }, NETWORK_LOOK_MS);
      return;
    }
    try {
      const report = await flush();
      if (report.done > 0) afterFlush();
    } finally {
      // (A flush that could not even start, a storage error, is retried at the next trigger.)
      void schedule();
    }
  });

  const onVisible = () => {
    if (document.visibilityState === 'visible') run();
  };
  const onOnline = async () => {
    stopWatching();
    await networkBack(db).catch(() => undefined);
    run();
  };
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  run();
  return {
    kick: run,
    stop: () => {
      clearTimeout(timer);
      stopWatching();
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}

/**
 * `task` run by many callers as if by one: while it runs, further calls ask for a single run
 * after it (the latest state is what matters), so a burst of calls costs at most two runs.
 */
export function coalesced(task: () => Promise<unknown>): () => void {
  let running = false;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void task()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return run;
}

/** A stream silent this long (over two of the server's 25 s beats) is dead. */
const SILENT_MS = 65_000;

/**
 * Local mode: the server pushes changes made from other devices (SSE); `onChange` on each. A
 * paired phone opens it with a fresh ticket each time: a stream the server closed for good (a
 * ticket past its minute, a restart, a revoked device) is opened again, backing off to a minute
 * (at once when the network or the app comes back), and the list is read each time a stream is
 * ready (the first too, one opened again, and one the browser reconnected by itself, pairing off);
 * one silent past two of the server's beats is closed and opened again. What the server answered
 * to each ticket goes to `ticketAnswer` (a revoked phone's refusal is remembered as a refused
 * note's is). Returns `stop`.
 */
export function listenForServerChanges(
  api: ApiClient,
  onChange: () => void,
  paired: () => Promise<boolean> = async () => false,
  /** A repayment in one of the person's households (`settlement`): its balances changed. */
  onSettlement: () => void = () => {},
  ticketAnswer: (answer: Answer<string>) => Promise<void> = async () => {},
): () => void {
  if (typeof EventSource === 'undefined') return () => {};
  let delay = 2_000;
  // When the open stream last said anything (the server says `beat` every 25 s when quiet).
  let heard = Date.now();
  const hear = () => {
    heard = Date.now();
  };
  let stopped = false;
  let source: EventSource | null = null;
  // The next try, while the stream waits out its back-off.
  let waiting: ReturnType<typeof setTimeout> | undefined;
  const again = () => {
    if (!stopped) waiting = setTimeout(open, delay);
    delay = Math.min(delay * 2, 60_000);
  };
  const open = async () => {
    waiting = undefined;
    if (stopped) return;
    const withTicket = await paired();
    const got = await api.eventsUrl(withTicket);
    if (withTicket) await ticketAnswer(got).catch(() => {});
    if (got.kind !== 'ok' || stopped) return again();
    const stream = new EventSource(got.value);
    source = stream;
    hear();
    for (const word of ['expense', 'settlement', 'beat']) stream.addEventListener(word, hear);
    stream.addEventListener('expense', onChange);
    stream.addEventListener('settlement', onSettlement);
    stream.addEventListener('ready', () => {
      hear();
      delay = 2_000;
      // What changed while no stream was open was not heard: read the list (and balances) once.
      // The server says `ready` on each connection: the first (the page read its list before this
      // stream was open, after `load`), one this page opened again, and one the browser reconnected
      // on its own after a lost connection (readyState CONNECTING, not CLOSED). That last happens
      // with pairing off only: a paired phone's ticket works once, so the server refuses the
      // browser's own reconnect, the stream is CLOSED, and `again` opens it with a fresh ticket.
      onChange();
      onSettlement();
    });
    stream.addEventListener('error', () => {
      if (stream.readyState === EventSource.CLOSED) again();
    });
  };
  // The network back (or the app back in view) while the stream waits out its back-off, up to a
  // minute after a long cut: opened at once, not deaf to the other devices until the timer ends.
  const now = () => {
    if (waiting === undefined || stopped || !navigator.onLine) return;
    clearTimeout(waiting);
    delay = 2_000;
    void open();
  };
  const inView = () => document.visibilityState === 'visible' && now();
  // A stream open but silent past two beats is dead though it looks open: a phone that went from
  // Wi-Fi to 4G keeps a socket the old network dropped, and the browser, told of no error, never
  // reconnects it (the page would hear no other device until reloaded). Closed and opened again.
  const watchdog = setInterval(() => {
    if (stopped || source?.readyState !== EventSource.OPEN || !navigator.onLine) return;
    if (Date.now() - heard < SILENT_MS) return;
    source.close();
    source = null;
    delay = 2_000;
    void open();
  }, 15_000);
  window.addEventListener('online', now);
  document.addEventListener('visibilitychange', inView);
  void open();
  return () => {
    stopped = true;
    clearInterval(watchdog);
    clearTimeout(waiting);
    window.removeEventListener('online', now);
    document.removeEventListener('visibilitychange', inView);
    source?.close();
  };
}
