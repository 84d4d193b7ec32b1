/**
 * Tests run without the internet: any fetch to a host that is not this machine throws at once,
 * naming the URL, instead of hanging or quietly reaching a real provider.
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
/** Marks the guard, which a worker's later files find in place (their files share it: `isolate: false`). */
const GUARD = Symbol.for('voicetrack.no-network');

type GuardedFetch = typeof fetch & { [GUARD]?: true };
if (!(globalThis.fetch as GuardedFetch)[GUARD]) {
  const realFetch = globalThis.fetch;
  const guarded: GuardedFetch = (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!LOOPBACK.has(url.hostname)) {
      return Promise.reject(new Error(`unplanned network call in a test: ${url.href}`));
    }
    return realFetch(input, init);
  };
  guarded[GUARD] = true;
  globalThis.fetch = guarded;
}
