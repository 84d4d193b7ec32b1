/**
 * A fetch that sends exactly the request's own headers to one port on loopback, whatever the URL's
 * host says (the Host header and, over TLS, the SNI stay the URL's): the tests' view of the server
 * by the same name and path a phone uses. No compression is asked or undone for the caller (Node's
 * fetch would add `accept-encoding` and decode), so a test can check what was really sent.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { testCa } from './test-ca.ts';

export function rawFetch(port: number, options: { tls: boolean }): typeof fetch {
  return async (input, init) => {
    const req = new Request(input, init);
    const url = new URL(req.url);
    const body = req.body ? Buffer.from(await req.arrayBuffer()) : undefined;
    const common = {
      host: '127.0.0.1',
      port,
      method: req.method,
      path: url.pathname + url.search,
      headers: { ...Object.fromEntries(req.headers), host: url.host },
    };
    return new Promise<Response>((resolve, reject) => {
      const answer = (res: import('node:http').IncomingMessage) => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers))
          for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
            headers.append(name, v);
        const status = res.statusCode ?? 502;
        const empty = status === 204 || status === 304 || req.method === 'HEAD';
        if (empty) res.resume();
        const stream = empty ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
        resolve(new Response(stream, { status, headers }));
      };
      const outgoing = options.tls
        ? httpsRequest({ ...common, servername: url.hostname, ca: testCa().certPem }, answer)
        : httpRequest(common, answer);
      outgoing.once('error', reject);
      outgoing.end(body);
    });
  };
}
