/**
 * Tests run without the internet: any fetch to a host that is not this machine throws at once,
 * naming the URL, instead of hanging or quietly reaching a real provider.
 */
const realFetch = globalThis.fetch;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (!LOOPBACK.has(url.hostname)) {
    return Promise.reject(new Error(`unplanned network call in a test: ${url.href}`));
  }
  return realFetch(input, init);
};
