/**
 * A gate between Caddy and the server (a deployed stack started with `{ gate: true }`): every
 * request passes as it came (headers untouched: the server trusts the X-Forwarded-For Caddy
 * wrote), except the paths a test holds. What engines other than Chromium cannot do in the page
 * (no route interception over WebDriver classic, none of a service worker's over BiDi), the phone
 * lives at the server's door instead: a file held while the worker installs, then failed.
 */
import { createServer, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface UpstreamGate {
  port: number;
  /**
   * Holds the next requests whose path matches: `asked` resolves at the first; `fail()` answers
   * each held one, and any later, with a dropped connection (Caddy's 502) until `open()`, which
   * lets them through again.
   */
  hold(path: RegExp): { asked: Promise<void>; fail(): void; open(): void };
  close(): Promise<void>;
}

export async function startUpstreamGate(serverPort: number): Promise<UpstreamGate> {
  const holds: { path: RegExp; held: ServerResponse[]; failing: boolean; seen: () => void }[] = [];
  const server: Server = createServer((req, res) => {
    const hold = holds.find((h) => h.path.test(new URL(req.url ?? '/', 'http://gate').pathname));
    if (hold) {
      hold.seen();
      if (hold.failing) res.destroy();
      else hold.held.push(res);
      return;
    }
    const upstream = request(
      { host: '127.0.0.1', port: serverPort, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hold(path) {
      let seen = () => {};
      const asked = new Promise<void>((resolve) => {
        seen = resolve;
      });
      const hold = { path, held: [] as ServerResponse[], failing: false, seen };
      holds.push(hold);
      return {
        asked,
        fail() {
          hold.failing = true;
          for (const res of hold.held.splice(0)) res.destroy();
        },
        open() {
          holds.splice(holds.indexOf(hold), 1);
          for (const res of hold.held.splice(0)) res.destroy();
        },
      };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
