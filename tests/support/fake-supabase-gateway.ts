/**
 * A local fake of a Supabase project's gateway (`https://<ref>.supabase.co`): one origin for the
 * Edge Functions and Auth, as Supabase's API gateway gives them.
 *
 * - `/functions/v1/<name>/<rest>` goes to the function deployed as `<name>`, which sees the path
 *   `/<name>/<rest>` (as Supabase's edge runtime passes it: our function's routes are `/api/...`).
 *   An unknown name answers 404 `NOT_FOUND`, as the platform does.
 * - `/auth/v1/...` goes to the Auth server given to `proxyAuth` (the fake GoTrue), path unchanged.
 * - With `verifyJwt: true` (the platform's default, what `supabase/config.toml` turns off), a
 *   function request without `Authorization` gets the gateway's own 401, without CORS headers.
 *   Preflights carry no Authorization: whether the hosted gateway lets them through is not
 *   documented, so this fake refuses them too (the worse case, which the browser reports as CORS).
 * Bodies stream through in both directions; hop-by-hop headers are dropped; the caller's address
 * is appended to X-Forwarded-For, after whatever the caller wrote there, as a proxy does: the
 * right-most entry is the gateway's own, the rest is the caller's to make up.
 */
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeSupabaseGateway {
  /** The project URL (`SUPABASE_URL`'s counterpart): http://127.0.0.1:<port>. */
  url: string;
  /** What `API_URL` is set to: `<url>/functions/v1`. */
  functionsUrl: string;
  /** Routes `/functions/v1/<name>/…` to the server at `target` (e.g. the Deno function). */
  deployFunction(name: string, target: string): void;
  /** Routes `/auth/v1/…` to the Auth server at `target`. */
  proxyAuth(target: string): void;
  /** Every request the gateway answered, in order: what reached which upstream. */
  requests: { method: string; path: string; status: number; upstream: 'function' | 'auth' | 'gateway' }[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'host',
]);

export async function startFakeSupabaseGateway(
  options: { verifyJwt?: boolean; port?: number } = {},
): Promise<FakeSupabaseGateway> {
  const functions = new Map<string, string>();
  let auth: string | null = null;
  const requests: FakeSupabaseGateway['requests'] = [];

  const answer = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const forward = (req: IncomingMessage, res: ServerResponse, target: string, path: string) =>
    new Promise<number>((resolve) => {
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(req.headers))
        if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
      const caller = req.socket.remoteAddress ?? '127.0.0.1';
      const forwarded = req.headers['x-forwarded-for'];
      headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${caller}` : caller;
      const upstream = request(new URL(path, target), { method: req.method, headers }, (up) => {
        const out: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(up.headers))
          if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
        res.writeHead(up.statusCode ?? 502, out);
        up.pipe(res);
        resolve(up.statusCode ?? 502);
      });
      upstream.on('error', () => {
        // What the platform answers when a function threw while starting (e.g. no database).
        if (!res.headersSent)
          answer(res, 503, { code: 'BOOT_ERROR', message: 'Function failed to start (please check logs)' });
        else res.destroy();
        resolve(503);
      });
      req.pipe(upstream);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = req.url ?? '/';
    const [pathname = '/', query] = raw.split('?', 2);
    const search = query === undefined ? '' : `?${query}`;
    const fn = /^\/functions\/v1\/([^/]+)(\/.*)?$/.exec(pathname);
    const method = req.method ?? 'GET';
    if (fn) {
      const name = fn[1] as string;
      const target = functions.get(name);
      if (!target) {
        answer(res, 404, { code: 'NOT_FOUND', message: 'Requested function was not found' });
        return requests.push({ method, path: raw, status: 404, upstream: 'gateway' });
      }
      if (options.verifyJwt && !req.headers.authorization) {
        answer(res, 401, { code: 401, message: 'Missing authorization header' });
        return requests.push({ method, path: raw, status: 401, upstream: 'gateway' });
      }
      const status = await forward(req, res, target, `/${name}${fn[2] ?? ''}${search}`);
      return requests.push({ method, path: raw, status, upstream: 'function' });
    }
    if (auth && pathname.startsWith('/auth/v1/')) {
      const status = await forward(req, res, auth, raw);
      return requests.push({ method, path: raw, status, upstream: 'auth' });
    }
    // Kong's answer for a path no service is mounted at.
    answer(res, 404, { message: 'no Route matched with those values' });
    return requests.push({ method, path: raw, status: 404, upstream: 'gateway' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) answer(res, 500, { message: String(error) });
      else res.destroy();
    });
  });
  // Never closes an idle connection (Node's 5 s default): a test thread blocked longer than that
  // would have its next call sent on a socket being closed (fake-telegram.ts says how it failed).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    functionsUrl: `${url}/functions/v1`,
    deployFunction: (name, target) => {
      functions.set(name, target);
    },
    proxyAuth: (target) => {
      auth = target;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
