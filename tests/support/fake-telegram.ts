/**
 * A local fake of the Telegram Bot API: the methods VoiceTrack calls (sendMessage,
 * editMessageText, answerCallbackQuery, getFile, setWebhook) and the file download
 * (`/file/bot<token>/<path>`), recording what it was asked. `failNext(status)` makes the next
 * call (any method, or a download) fail as Telegram does when it is down.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

type Keyboard = { text: string; callback_data: string }[][];

export interface FakeTelegram {
  url: string;
  messages: {
    token: string;
    chat_id: string | number;
    text: string;
    reply_markup?: { inline_keyboard: Keyboard };
  }[];
  edits: {
    chat_id: number;
    message_id: number;
    text: string;
    reply_markup?: { inline_keyboard: Keyboard };
  }[];
  callbackAnswers: { callback_query_id: string; text?: string }[];
  webhooks: { token: string; url: string; secret_token: string; allowed_updates: string[] }[];
  /** Every request, in order: the Bot API method, or `download`. */
  calls: string[];
  /** A file the bot may fetch (what a voice message's file_id names). */
  addFile(fileId: string, bytes: Uint8Array, path?: string): void;
  failNext(status?: number): void;
  close(): Promise<void>;
}

export async function startFakeTelegram(): Promise<FakeTelegram> {
  const state: Omit<FakeTelegram, 'url' | 'addFile' | 'failNext' | 'close'> = {
    messages: [],
    edits: [],
    callbackAnswers: [],
    webhooks: [],
    calls: [],
  };
  const files = new Map<string, { path: string; bytes: Uint8Array }>();
  let fail: number | null = null;

  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (d: Buffer) => parts.push(d));
    req.on('end', () => {
      const reply = (status: number, body: unknown) => {
        res.statusCode = status;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(body));
      };
      const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(req.url ?? '');
      const method = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
      state.calls.push(download ? 'download' : (method?.[2] ?? String(req.url)));
      if (fail !== null) {
        const status = fail;
        fail = null;
        return reply(status, { ok: false, error_code: status, description: 'Service Unavailable' });
      }
      if (download && req.method === 'GET') {
        const file = [...files.values()].find((f) => f.path === download[2]);
        if (!file) return reply(404, { ok: false, description: 'Not Found' });
        res.setHeader('content-type', 'application/octet-stream');
        res.end(Buffer.from(file.bytes));
        return;
      }
      if (!method || req.method !== 'POST') return reply(404, { ok: false, description: 'Not Found' });
      const token = method[1] as string;
      const body = JSON.parse(Buffer.concat(parts).toString() || '{}') as Record<string, unknown>;
      switch (method[2]) {
        case 'sendMessage':
          state.messages.push({ token, ...(body as Omit<FakeTelegram['messages'][number], 'token'>) });
          return reply(200, { ok: true, result: { message_id: 1000 + state.messages.length } });
        case 'editMessageText':
          state.edits.push(body as FakeTelegram['edits'][number]);
          return reply(200, { ok: true, result: true });
        case 'answerCallbackQuery':
          state.callbackAnswers.push(body as FakeTelegram['callbackAnswers'][number]);
          return reply(200, { ok: true, result: true });
        case 'setWebhook':
          state.webhooks.push({ token, ...(body as Omit<FakeTelegram['webhooks'][number], 'token'>) });
          return reply(200, { ok: true, result: true, description: 'Webhook was set' });
        case 'getFile': {
          const file = files.get(String(body.file_id));
          if (!file) return reply(400, { ok: false, description: 'Bad Request: invalid file_id' });
          return reply(200, {
            ok: true,
            result: { file_id: body.file_id, file_size: file.bytes.length, file_path: file.path },
          });
        }
        default:
          return reply(404, { ok: false, description: 'Not Found' });
      }
    });
  });
  // Node closes a connection idle for 5 s (+1 s). This server shares its thread with the app and
  // the test: when the thread was held that long (a pixel bomb built under load), its timer and the
  // app's next Bot API call ran in the same turn, the call went out on a socket being closed, fetch
  // failed and the update was kept for later, unanswered. Telegram keeps an idle connection far
  // longer; so does its fake (close() still ends the idle ones).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ...state,
    addFile: (fileId, bytes, path) =>
      files.set(fileId, { path: path ?? `voice/file_${files.size}.oga`, bytes }),
    failNext: (status = 502) => {
      fail = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
