/**
 * Budget alerts on Telegram and by e-mail in local mode, with the report's settings: through the
 * local Bot API fake and a real SMTP server on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, textNote } from '../support/edge-app.ts';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram.ts';
import { type LocalMail, startLocalMail } from '../support/local-mail.ts';

let t: TestApp;
let telegram: FakeTelegram;
let mail: LocalMail;

beforeAll(async () => {
  [telegram, mail] = await Promise.all([startFakeTelegram(), startLocalMail()]);
  t = await startTestApp({
    now: () => new Date('2026-11-24T12:00:00+01:00'),
    env: {
      TELEGRAM_BOT_TOKEN: '123:abc',
      TELEGRAM_CHAT_ID: '42',
      TELEGRAM_API_BASE: telegram.url,
      SMTP_URL: mail.url,
      REPORT_EMAIL_TO: 'moi@example.org',
      REPORT_EMAIL_FROM: 'VoiceTrack <vt@example.org>',
    },
  });
});
afterAll(async () => {
  await t.close();
  await Promise.all([telegram.close(), mail.close()]);
});

const spend = async (text: string) => {
  expect((await t.api.text.$post({ json: textNote(text) })).status).toBe(201);
  await t.settled();
};

describe('budget alerts on Telegram and by e-mail', () => {
  it('sends one message per threshold on each channel, in REPORT_LANG (French by default)', async () => {
    await t.api.budgets[':category'].$put({
      param: { category: 'total' },
      json: { amount: '20.00', currency: 'EUR' },
    });
    await spend('17 € au resto');
    expect(telegram.messages).toHaveLength(1);
    expect(telegram.messages[0]).toMatchObject({ token: '123:abc', chat_id: '42' });
    expect(telegram.messages[0]?.text).toBe(
      'VoiceTrack — Budget bientôt atteint\n\nTotal\u00a0: 85\u202f% du budget de novembre (17,00\u00a0€ sur 20,00\u00a0€)',
    );
    expect(mail.received).toHaveLength(1);
    expect(mail.received[0]?.subject).toBe('VoiceTrack — Budget bientôt atteint');
    expect(mail.received[0]?.text?.trim()).toBe(
      'Total\u00a0: 85\u202f% du budget de novembre (17,00\u00a0€ sur 20,00\u00a0€)',
    );

    await spend('2 € de café');
    expect(telegram.messages).toHaveLength(1);
    await spend('4 € de pain');
    expect(telegram.messages.map((m) => m.text.split('\n')[0])).toEqual([
      'VoiceTrack — Budget bientôt atteint',
      'VoiceTrack — Budget atteint',
    ]);
    expect(mail.received).toHaveLength(2);
  });

  it('never fails the note when a channel is down', async () => {
    await t.api.budgets[':category'].$put({
      param: { category: 'dining' },
      json: { amount: '10.00', currency: 'EUR' },
    });
    telegram.failNext();
    const mails = mail.received.length;
    await spend('12 € au resto');
    expect(mail.received).toHaveLength(mails + 1);
    expect(mail.received.at(-1)?.text?.trim()).toBe(
      'Restaurant\u00a0: 310\u202f% du budget de novembre (31,00\u00a0€ sur 10,00\u00a0€)',
    );
    expect(telegram.messages).toHaveLength(2);
  });
});
