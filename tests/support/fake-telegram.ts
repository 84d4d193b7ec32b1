/** A local fake of the Telegram Bot API's sendMessage, recording what it was asked to post. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeTelegram {
  url: string;
  messages: { token: string; chat_id: string; text: string }[];
  failNext(): void;
  close(): Promise<void>;
}

export async function startFakeTelegram(): Promise<FakeTelegram> {
  const messages: FakeTelegram['messages'] = [];
  let fail = false;
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => {
      raw += d.toString();
    });
    req.on('end', () => {
      const m = /^\/bot([^/]+)\/sendMessage$/.exec(req.url ?? '');
      res.setHeader('content-type', 'application/json');
      if (!m || req.method !== 'POST') {
        res.statusCode = 404;
        res.end(JSON.stringify({ ok: false, description: 'Not Found' }));
        return;
      }
      if (fail) {
        fail = false;
        res.statusCode = 502;
        res.end(JSON.stringify({ ok: false, description: 'Bad Gateway' }));
        return;
      }
      const body = JSON.parse(raw) as { chat_id: string; text: string };
      messages.push({ token: m[1] as string, ...body });
      res.end(JSON.stringify({ ok: true, result: { message_id: messages.length } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    messages,
    failNext: () => {
      fail = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
