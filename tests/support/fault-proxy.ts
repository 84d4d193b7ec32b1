/**
 * A fault-injecting HTTP proxy between the PWA and the edge. For each note sent (POST /api/voice
 * or /api/text) it picks, from a seeded random sequence, one of: pass, drop the connection,
 * delay, answer 500/502/503/429 itself, forward and then cut the answer after the server has
 * committed (the client will retry a note that is already saved), or replay the request twice.
 * Everything else (the app shell, lists) passes through untouched.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seededRandom } from '@voicetrack/shared/seeded-random';

export type Fault =
  | 'pass'
  | 'drop'
  | 'delay'
  | '500'
  | '502'
  | '503'
  | '429'
  | 'cut_after_commit'
  | 'replay_twice';

const WEIGHTS: [Fault, number][] = [
  ['pass', 40],
  ['drop', 10],
  ['delay', 10],
  ['500', 5],
  ['502', 5],
  ['503', 5],
  ['429', 5],
  ['cut_after_commit', 10],
  ['replay_twice', 10],
];

export interface FaultProxy {
  url: string;
  counts: Record<Fault, number>;
  /** Stop injecting (the network is good again). */
  heal(): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startFaultProxy(upstream: string, seed: number): Promise<FaultProxy> {
  const random = seededRandom(seed);
  const counts = Object.fromEntries(WEIGHTS.map(([f]) => [f, 0])) as Record<Fault, number>;
  const total = WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let healed = false;
  const pick = (): Fault => {
    let r = random() * total;
    for (const [fault, weight] of WEIGHTS) {
      r -= weight;
      if (r < 0) return fault;
    }
    return 'pass';
  };

  const forward = async (req: IncomingMessage, body: Buffer) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (typeof v === 'string' && k !== 'host' && k !== 'connection') headers[k] = v;
    return fetch(`${upstream}${req.url}`, {
      method: req.method ?? 'GET',
      headers,
      ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
      redirect: 'manual',
    });
  };
  const relay = async (upstreamRes: Response, res: ServerResponse) => {
    const headers: Record<string, string> = {};
    upstreamRes.headers.forEach((v, k) => {
      if (k !== 'content-encoding' && k !== 'content-length' && k !== 'transfer-encoding') headers[k] = v;
    });
    const bytes = Buffer.from(await upstreamRes.arrayBuffer());
    res.writeHead(upstreamRes.status, { ...headers, 'content-length': String(bytes.length) });
    res.end(bytes);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const isNote =
        req.method === 'POST' && /^\/api\/(voice|text)$/.test((req.url ?? '').split('?')[0] ?? '');
      const fault: Fault = isNote && !healed ? pick() : 'pass';
      if (isNote) counts[fault]++;
      switch (fault) {
        case 'drop':
          req.socket.destroy();
          return;
        case '500':
        case '502':
        case '503':
        case '429':
          res.writeHead(Number(fault), {
            'content-type': 'text/plain',
            ...(fault === '429' || fault === '503' ? { 'retry-after': '1' } : {}),
          });
          res.end(`proxy: injected ${fault}`);
          return;
        case 'delay':
          await new Promise((r) => setTimeout(r, 300 + random() * 1200));
          return relay(await forward(req, body), res);
        case 'cut_after_commit': {
          // The server answers (the note is saved); the client never hears it.
          await (await forward(req, body)).arrayBuffer();
          req.socket.destroy();
          return;
        }
        case 'replay_twice': {
          const [a, b] = await Promise.all([forward(req, body), forward(req, body)]);
          await a.arrayBuffer();
          return relay(b, res);
        }
        default:
          return relay(await forward(req, body), res);
      }
    })().catch(() => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    heal: () => {
      healed = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
