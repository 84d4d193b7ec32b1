/**
 * The fake Bot API runs in the test's thread, beside the app. Node's HTTP server closes a
 * connection idle for 5 s (+1 s): when the thread was held that long (at load 30 on two cores,
 * building the pixel bomb of telegram-receipts took seconds), the server's timer and the app's next
 * call ran in the same turn, the call went out on the socket being closed, fetch failed, and the
 * update was kept for later, unanswered: the chat's last message was the previous test's. Telegram
 * keeps an idle connection open far longer, and so must its fake.
 */
import { Agent, request } from 'node:http';
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram.ts';

let telegram: FakeTelegram;
beforeAll(async () => {
  telegram = await startFakeTelegram();
});
afterAll(() => telegram?.close());

/** One sendMessage on a keep-alive connection, as fetch makes it: its socket, kept for the next call. */
const sendOn = (agent: Agent): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const req = request(`${telegram.url}/bot123456:TEST-token/sendMessage`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json' },
    });
    let socket: Socket | undefined;
    req.on('socket', (s) => {
      socket = s;
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => (socket ? resolve(socket) : reject(new Error('no socket'))));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ chat_id: 4242, text: 'before' }));
  });

it('keeps an idle connection open past Node’s keep-alive timeout', { timeout: 30_000 }, async () => {
  const agent = new Agent({ keepAlive: true });
  const socket = await sendOn(agent);
  let closed = false;
  socket.on('close', () => {
    closed = true;
  });
  // Past Node's 5 s (+1 s) by a margin: a slow machine only makes an unfixed fake close it surer.
  await sleep(7_500);
  expect(closed).toBe(false);
  expect(telegram.messages.map((m) => m.text)).toEqual(['before']);
  agent.destroy();
});
