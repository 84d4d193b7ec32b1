/**
 * A local fake of the AI providers, speaking the OpenAI-compatible HTTP routes that Groq and
 * OpenAI share: `/audio/transcriptions` and `/chat/completions` (under any prefix: groq-sdk calls
 * `/openai/v1/...`, openai calls `<baseURL>/...`). The real SDKs talk to it over HTTP.
 *
 * It is a working fake, not a stub: by default the "model" reads the transcript out of the user
 * message and answers with the expenses our own parser finds, in the strict JSON schema (the whole
 * bill when the prompt says the note is a household's bill, as a model that obeys would). Shown a
 * photo (an `image_url` part, as a vision model is), it answers what was registered for those
 * image bytes (`registerImage`), else reads the OCR text sent beside the photo with our receipt
 * reader, as a model that cannot see well would.
 * Switches make it slow, rate-limited, failing, or malformed, so the edge's handling is tested.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HOUSEHOLD_BILL } from '@voicetrack/edge/providers/llm-prompt.ts';
import { parseExpenseText, readReceiptText } from '@voicetrack/shared';

export interface RecordedCall {
  route: 'transcriptions' | 'chat';
  path: string;
  authorization: string | undefined;
  /** Text fields of the multipart body, or the parsed JSON body. */
  body: Record<string, unknown>;
  audioBytes?: number;
  /** The photo's bytes, when a chat message held one (a data: URL). */
  imageBytes?: number;
}

type Failure = { status: number; retryAfter?: number; route?: RecordedCall['route'] };

export interface FakeProvider {
  url: string;
  calls: RecordedCall[];
  /** Transcripts handed out in order, one per transcription call. */
  enqueueTranscript(text: string): void;
  /** The transcript when the queue is empty and the audio is not registered. */
  setDefaultTranscript(text: string): void;
  /** A fixed transcript for these exact audio bytes. */
  registerAudio(bytes: Uint8Array, text: string): void;
  /** The next `count` calls (of one route, or any) answer `status` (with Retry-After). */
  failNext(status: number, count?: number, retryAfter?: number, route?: RecordedCall['route']): void;
  /** What the vision "model" reads on this exact photo (the receipt JSON it answers). */
  registerImage(bytes: Uint8Array, reply: ReceiptReply): void;
  /** The next `count` chat replies are this raw content (e.g. not JSON, wrong schema). */
  enqueueChatContent(content: string, count?: number): void;
  /** Delay every answer by ms, or only one route's (a provider's latency: Groq's Whisper and chat differ). */
  setDelay(ms: number, route?: RecordedCall['route']): void;
  /** Close the socket without answering, for the next `count` calls. */
  dropNext(count?: number): void;
  reset(): void;
  close(): Promise<void>;
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What a vision model answers about a ticket (shared/src/receipts.ts's RECEIPT_REPLY_JSON_SCHEMA). */
export interface ReceiptReply {
  total: string | null;
  currency: string | null;
  date: string | null;
  merchant: string | null;
  category: string | null;
}

type Part = { type: string; text?: string; image_url?: { url: string } };
type Message = { role: string; content: string | Part[] };

/** The photo in a chat request (a data: URL), and the text beside it. */
function photoOf(messages: readonly Message[]): { bytes: Uint8Array; text: string } | null {
  for (const m of messages) {
    if (typeof m.content === 'string') continue;
    const url = m.content.find((p) => p.type === 'image_url')?.image_url?.url;
    const data = url && /^data:image\/[\w+.-]+;base64,(.+)$/.exec(url)?.[1];
    if (!data) continue;
    const text = m.content.map((p) => p.text ?? '').join('\n');
    return { bytes: new Uint8Array(Buffer.from(data, 'base64')), text };
  }
  return null;
}

/** A model that cannot see the photo well: it reads the OCR text sent beside it, as our reader does. */
function receiptReply(text: string, system: string): ReceiptReply {
  const ocr = /<ocr>([\s\S]*)<\/ocr>/.exec(text)?.[1] ?? '';
  const today = /Today is (\d{4}-\d{2}-\d{2}) in the time zone (\S+?):/.exec(system);
  const currency = /currency: ISO 4217 code of the ticket; ([A-Z]{3})/.exec(system)?.[1] ?? 'EUR';
  const r = readReceiptText(ocr, {
    now: new Date(`${today?.[1] ?? '2026-11-24'}T12:00:00Z`),
    timeZone: today?.[2] ?? 'UTC',
    currency,
  });
  return { total: r.amount, currency: r.currency, date: r.date, merchant: r.merchant, category: r.category };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** What a reasonable model answers: the expenses in the transcript, per the system prompt's facts. */
export function modelReply(messages: { role: string; content: string }[]): string {
  const system = messages.find((m) => m.role === 'system')?.content ?? '';
  const user = messages.find((m) => m.role === 'user')?.content ?? '';
  const transcript = /<transcript>([\s\S]*)<\/transcript>/.exec(user)?.[1] ?? user;
  const today = /Today is \w+ (\d{4}-\d{2}-\d{2}) in the time zone (\S+)\./.exec(system);
  const currency = /Default currency when none is named: ([A-Z]{3})/.exec(system)?.[1] ?? 'EUR';
  const date = today?.[1] ?? '2026-11-24';
  const timeZone = today?.[2] ?? 'UTC';
  // Told the note is a household's bill, a model that obeys reads the whole bill, not a share.
  const wholeBill = HOUSEHOLD_BILL.every((line) => system.includes(line));
  const { expenses } = parseExpenseText(transcript, {
    now: new Date(`${date}T12:00:00Z`),
    timeZone,
    currency,
    ...(wholeBill ? { wholeBill: true } : {}),
  });
  return JSON.stringify({
    expenses: expenses.map(({ amount, currency: cur, category, description, date: d }) => ({
      amount,
      currency: cur,
      category,
      description,
      date: d,
    })),
  });
}

export async function startFakeProvider(): Promise<FakeProvider> {
  const calls: RecordedCall[] = [];
  let queue: string[] = [];
  let defaultTranscript = '';
  let audioMap = new Map<string, string>();
  let imageMap = new Map<string, ReceiptReply>();
  let failures: Failure[] = [];
  let chatContents: string[] = [];
  let delayMs: Record<RecordedCall['route'], number> = { transcriptions: 0, chat: 0 };
  let resets = 0;
  let drops = 0;

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const route: RecordedCall['route'] | null = path.endsWith('/audio/transcriptions')
      ? 'transcriptions'
      : path.endsWith('/chat/completions')
        ? 'chat'
        : null;
    const raw = await readBody(req);
    if (!route || req.method !== 'POST') {
      send(res, 404, {
        error: { message: `fake provider: no route ${req.method} ${path}`, type: 'invalid_request_error' },
      });
      return;
    }
    let body: Record<string, unknown> = {};
    let audio: Uint8Array | undefined;
    if (route === 'transcriptions') {
      const form = await new Request('http://fake/', {
        method: 'POST',
        headers: { 'content-type': req.headers['content-type'] ?? '' },
        body: new Uint8Array(raw),
      }).formData();
      for (const [key, value] of form.entries()) {
        if (typeof value === 'string') body[key] = value;
        else {
          audio = new Uint8Array(await value.arrayBuffer());
          body[key] = { name: value.name, type: value.type, size: value.size };
        }
      }
    } else {
      body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    }
    const photo = route === 'chat' ? photoOf((body.messages ?? []) as Message[]) : null;
    calls.push({
      route,
      path,
      authorization: req.headers.authorization,
      body,
      ...(audio ? { audioBytes: audio.length } : {}),
      ...(photo ? { imageBytes: photo.bytes.length } : {}),
    });

    if (delayMs[route] > 0) {
      const epoch = resets;
      await new Promise((r) => setTimeout(r, delayMs[route]));
      // A request delayed across reset() belongs to a finished test: it must not take the
      // next test's queued replies.
      if (epoch !== resets) {
        send(res, 503, { error: { message: 'fake provider: reset while delayed', type: 'server_error' } });
        return;
      }
    }
    if (drops > 0) {
      drops--;
      req.socket.destroy();
      return;
    }
    const failAt = failures.findIndex((f) => !f.route || f.route === route);
    if (failAt >= 0) {
      const [f] = failures.splice(failAt, 1) as [Failure];
      send(
        res,
        f.status,
        { error: { message: `fake provider: injected ${f.status}`, type: 'server_error' } },
        f.retryAfter !== undefined ? { 'retry-after': String(f.retryAfter) } : {},
      );
      return;
    }

    if (route === 'transcriptions') {
      const text = (audio && audioMap.get(sha(audio))) ?? queue.shift() ?? defaultTranscript;
      const format = String(body.response_format ?? 'json');
      if (format === 'text') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(text);
        return;
      }
      send(
        res,
        200,
        format === 'verbose_json'
          ? { text, language: body.language ?? 'fr', duration: 3.2, segments: [] }
          : { text },
      );
      return;
    }

    const messages = (body.messages ?? []) as { role: string; content: string }[];
    const system = messages.find((m) => m.role === 'system')?.content ?? '';
    const content =
      chatContents.shift() ??
      (photo
        ? JSON.stringify(imageMap.get(sha(photo.bytes)) ?? receiptReply(photo.text, system))
        : modelReply(messages));
    send(res, 200, {
      id: `chatcmpl-fake-${calls.length}`,
      object: 'chat.completion',
      created: 1_764_000_000,
      model: body.model,
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
      usage: { prompt_tokens: 420, completion_tokens: 60, total_tokens: 480 },
    });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { error: { message: String(error) } }));
  });
  // Never closes an idle connection (Node's 5 s default): a test thread blocked longer than that
  // would have its next call sent on a socket being closed (fake-telegram.ts says how it failed).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    enqueueTranscript: (text) => queue.push(text),
    setDefaultTranscript: (text) => {
      defaultTranscript = text;
    },
    registerAudio: (bytes, text) => audioMap.set(sha(bytes), text),
    registerImage: (bytes, reply) => imageMap.set(sha(bytes), reply),
    failNext: (status, count = 1, retryAfter, route) => {
      for (let i = 0; i < count; i++)
        failures.push({
          status,
          ...(retryAfter !== undefined ? { retryAfter } : {}),
          ...(route ? { route } : {}),
        });
    },
    enqueueChatContent: (content, count = 1) => {
      for (let i = 0; i < count; i++) chatContents.push(content);
    },
    setDelay: (ms, route) => {
      delayMs = route ? { ...delayMs, [route]: ms } : { transcriptions: ms, chat: ms };
    },
    dropNext: (count = 1) => {
      drops += count;
    },
    reset: () => {
      resets++;
      calls.length = 0;
      queue = [];
      defaultTranscript = '';
      audioMap = new Map();
      imageMap = new Map();
      failures = [];
      chatContents = [];
      delayMs = { transcriptions: 0, chat: 0 };
      drops = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
