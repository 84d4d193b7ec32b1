import { securityHeaders as sharedHeaders } from '@voicetrack/shared';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AppEnv } from './app-env.ts';
import { respondError } from './respond-error.ts';
import { corsFor, privateNoStore, refuseCrossSite, securityHeaders } from './security.ts';

const PWA = 'https://pwa.example.org';
const options = { corsOrigins: [PWA], connectSrc: ['https://project.supabase.co'] };

/** A tiny app with the middleware under test and a route that writes, as the API's are mounted. */
function appWith(...middleware: MiddlewareHandler<AppEnv>[]) {
  const app = new Hono<AppEnv>();
  for (const m of middleware) app.use(m);
  app.onError((error, c) => respondError(error, c));
  const ok = (c: Context<AppEnv>) => c.text('done');
  return app
    .get('/api/x', ok)
    .post('/api/x', ok)
    .on(['PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'], '/api/x', ok);
}

describe('securityHeaders', () => {
  it('puts the shared security headers on every answer, the page’s extra origins in connect-src', async () => {
    const res = await appWith(securityHeaders(options)).request('/api/x');
    const expected = sharedHeaders({ connectSrc: options.connectSrc });
    for (const [name, value] of Object.entries(expected)) expect(res.headers.get(name)).toBe(value);
    expect(res.headers.get('content-security-policy')).toContain(
      "connect-src 'self' https://project.supabase.co",
    );
  });

  it('allows a served page’s own inline script and style by their digests, only on that answer', async () => {
    const inline = { scripts: ['c2NyaXB0'], styles: ['c3R5bGU='] };
    const app = new Hono<AppEnv>()
      .use(securityHeaders(options))
      .get('/', (c) => {
        c.set('pageHashes', inline);
        return c.html('<script type="module">script</script>');
      })
      .get('/api/x', (c) => c.json({}));
    const page = (await app.request('/')).headers.get('content-security-policy');
    expect(page).toBe(sharedHeaders({ connectSrc: options.connectSrc, inline })['Content-Security-Policy']);
    expect(page).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-c2NyaXB0'");
    const api = (await app.request('/api/x')).headers.get('content-security-policy');
    expect(api).toBe(sharedHeaders({ connectSrc: options.connectSrc })['Content-Security-Policy']);
  });

  it('keeps a header a route set itself', async () => {
    const app = new Hono<AppEnv>()
      .use(securityHeaders(options))
      .get('/frame', (c) => c.text('x', 200, { 'X-Frame-Options': 'SAMEORIGIN' }));
    const res = await app.request('/frame');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

// Each test builds its app: middleware made when the file loads would escape a mutation tool,
// which switches its change on after loading.
describe('corsFor', () => {
  let app: ReturnType<typeof appWith>;
  beforeEach(() => {
    app = appWith(corsFor(options));
  });

  it('answers a preflight from an allowed origin with what the PWA needs, for ten minutes', async () => {
    const res = await app.request('/api/x', {
      method: 'OPTIONS',
      headers: { origin: PWA, 'access-control-request-method': 'PATCH' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(PWA);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST,PATCH,DELETE,OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toBe(
      'Content-Type,Authorization,Idempotency-Key',
    );
    expect(res.headers.get('access-control-max-age')).toBe('600');
  });

  it('lets the PWA read Retry-After on a simple answer', async () => {
    const res = await app.request('/api/x', { headers: { origin: PWA } });
    expect(res.headers.get('access-control-allow-origin')).toBe(PWA);
    expect(res.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it('allows no other origin', async () => {
    for (const origin of ['https://evil.example.com', `${PWA}.evil.com`, 'null']) {
      const res = await app.request('/api/x', { headers: { origin } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

describe('refuseCrossSite', () => {
  let app: ReturnType<typeof appWith>;
  beforeEach(() => {
    app = appWith(refuseCrossSite({ corsOrigins: [PWA], hostOf: (c) => c.req.header('host') }));
  });
  const send = (method: string, headers: Record<string, string>) =>
    app.request('http://vt.example.net/api/x', { method, headers: { host: 'vt.example.net', ...headers } });
  const refusal = async (res: Response) => {
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: {
        code: 'cross_site_request',
        message:
          'This request comes from another site; only the app itself (or an origin in CORS_ORIGINS) may change data.',
      },
    });
  };

  it.each(['GET', 'HEAD', 'OPTIONS'])('lets %s through from anywhere: it changes nothing', async (method) => {
    const res = await send(method, { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example.com' });
    expect(res.status).toBe(200);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('refuses a cross-site %s', async (method) => {
    await refusal(await send(method, { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example.com' }));
  });

  it('refuses cross-site even without an Origin, and with the Origin of this very host', async () => {
    await refusal(await send('POST', { 'sec-fetch-site': 'cross-site' }));
    await refusal(await send('POST', { 'sec-fetch-site': 'cross-site', origin: 'https://vt.example.net' }));
  });

  it('lets an origin of CORS_ORIGINS write, whatever the browser says of the site', async () => {
    expect((await send('POST', { 'sec-fetch-site': 'cross-site', origin: PWA })).status).toBe(200);
    expect((await send('POST', { origin: PWA })).status).toBe(200);
  });

  it('takes the browser’s same-origin as proof, even when a proxy rewrote Host', async () => {
    const res = await send('POST', { 'sec-fetch-site': 'same-origin', origin: 'https://public.example.org' });
    expect(res.status).toBe(200);
  });

  it('lets a tool with no Origin and no fetch metadata write (curl, Shortcuts, Telegram)', async () => {
    expect((await send('POST', {})).status).toBe(200);
    expect((await send('DELETE', { 'sec-fetch-site': 'none' })).status).toBe(200);
  });

  it('compares a foreign Origin with the host the request was addressed to', async () => {
    expect((await send('POST', { origin: 'https://vt.example.net' })).status).toBe(200);
    expect((await send('POST', { origin: 'http://vt.example.net' })).status).toBe(200);
    await refusal(await send('POST', { origin: 'https://vt.example.net:8443' }));
    await refusal(await send('POST', { origin: 'https://evil.example.net' }));
    // A sibling subdomain is the same site, another origin.
    await refusal(await send('POST', { 'sec-fetch-site': 'same-site', origin: 'https://evil.example.net' }));
  });

  it('refuses an opaque or malformed Origin', async () => {
    await refusal(await send('POST', { origin: 'null' }));
    await refusal(await send('POST', { origin: 'not a url' }));
  });

  it('refuses a foreign Origin when the host is unknown', async () => {
    const blind = appWith(refuseCrossSite({ corsOrigins: [], hostOf: () => undefined }));
    const res = await blind.request('/api/x', {
      method: 'POST',
      headers: { origin: 'https://vt.example.net' },
    });
    await refusal(res);
  });
});

describe('privateNoStore', () => {
  it('keeps answers out of shared caches and the browser’s, unless a route said otherwise', async () => {
    const app = new Hono<AppEnv>()
      .use(privateNoStore)
      .get('/data', (c) => c.json({}))
      .get('/asset', (c) => c.text('x', 200, { 'Cache-Control': 'public, max-age=60' }));
    expect((await app.request('/data')).headers.get('cache-control')).toBe('private, no-store');
    expect((await app.request('/asset')).headers.get('cache-control')).toBe('public, max-age=60');
  });
});
