/**
 * The month report: SQL totals through the API, text/HTML in French and English, the model's
 * summary checked against the numbers, e-mail through a real SMTP server, Telegram through a
 * local fake of the Bot API, and the schedule that never sends a month twice.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { silentLogger } from '@voicetrack/edge/observe/logger.ts';
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import { reportText } from '@voicetrack/edge/report/compose.ts';
import { produceReport, type ReportSettings } from '@voicetrack/edge/report/run-report.ts';
import { sendDueReports } from '@voicetrack/edge/report/schedule.ts';
import { createGroqSummarizer, plainSummarizer, summaryChecksOut } from '@voicetrack/edge/report/summary.ts';
import { openStore } from '@voicetrack/edge/store/open-store.ts';
import type { MonthReport } from '@voicetrack/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/edge-app.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram.ts';
import { type LocalMail, startLocalMail } from '../support/local-mail.ts';
import { createTestDatabase } from '../support/postgres.ts';
import { OCTOBER, SEPTEMBER, seedExpenses } from '../support/seed.ts';

let t: TestApp;
let mail: LocalMail;
let telegram: FakeTelegram;
let fake: FakeProvider;
let report: MonthReport;

const settings = (over: Partial<ReportSettings> = {}): ReportSettings => ({
  lang: 'fr',
  smtpUrl: mail.url,
  emailTo: 'moi@example.org',
  emailFrom: 'VoiceTrack <vt@example.org>',
  telegramToken: '123:abc',
  telegramChatId: '42',
  telegramApiBase: telegram.url,
  summarizer: plainSummarizer,
  ...over,
});

beforeAll(async () => {
  [t, mail, telegram, fake] = await Promise.all([
    startTestApp(),
    startLocalMail(),
    startFakeTelegram(),
    startFakeProvider(),
  ]);
  await seedExpenses(t.store, LOCAL_OWNER, [...OCTOBER, ...SEPTEMBER]);
  report = await (await t.api.report.$get({ query: { month: '2026-10' } })).json();
});
afterAll(async () => {
  await Promise.all([t.close(), mail.close(), telegram.close(), fake.close()]);
});

describe('GET /api/report', () => {
  it('totals per currency, never summed across currencies, exact to the cent', () => {
    expect(report.count).toBe(7);
    expect(report.totals).toEqual([
      { currency: 'EUR', amount: '869.79', count: 6 },
      { currency: 'USD', amount: '42.00', count: 1 },
    ]);
  });

  it('totals per category and currency, the biggest, and the change from last month', () => {
    expect(report.byCategory).toContainEqual({
      category: 'groceries',
      currency: 'EUR',
      amount: '56.40',
      count: 3,
    });
    expect(report.byCategory).toContainEqual({
      category: 'dining',
      currency: 'USD',
      amount: '42.00',
      count: 1,
    });
    expect(report.biggest.map((e) => e.amount)).toEqual(['780.00', '56.10', '42.00', '23.40', '9.99']);
    expect(report.previous).toEqual({
      month: '2026-09',
      count: 2,
      totals: [{ currency: 'EUR', amount: '880.00', count: 2 }],
    });
    expect(report.changes).toEqual([
      { currency: 'EUR', amount: '-10.21', percent: -1.2 },
      { currency: 'USD', amount: '42.00', percent: null },
    ]);
  });

  it('refuses a malformed month', async () => {
    const res = await t.api.report.$get({ query: { month: '2026-13' } });
    expect(res.status).toBe(400);
  });
});

describe('the written report', () => {
  it('reads in French with French numbers, and in English', () => {
    const fr = reportText(report, 'fr', 'résumé');
    expect(fr).toContain('octobre 2026');
    expect(fr).toMatch(/869,79\s€/);
    expect(fr).toContain('Courses');
    const en = reportText(report, 'en', 'summary');
    expect(en).toContain('October 2026');
    expect(en).toContain('€869.79');
    expect(en).toContain('US$42.00');
  });

  it('accepts a summary whose numbers are the report’s, and refuses one that invents a number', () => {
    expect(summaryChecksOut('En octobre 2026, 7 dépenses pour 869,79 € et 42,00 $ (−1,2 %).', report)).toBe(
      true,
    );
    expect(summaryChecksOut('En octobre, 7 dépenses pour 911,79 €.', report)).toBe(false);
  });

  it('uses the Groq summary when it checks out, the plain one when it does not', async () => {
    const groq = createGroqSummarizer({
      apiKey: 'k',
      baseURL: fake.url,
      model: 'openai/gpt-oss-20b',
      timeoutMs: 5000,
    });
    fake.enqueueChatContent('Octobre 2026 : 869,79 € sur 7 dépenses, un peu moins qu’en septembre.');
    expect(await groq.summarize(report, 'fr')).toBe(
      'Octobre 2026 : 869,79 € sur 7 dépenses, un peu moins qu’en septembre.',
    );
    fake.enqueueChatContent('Vous avez dépensé 1 000 000 € ce mois-ci.');
    const fallback = await groq.summarize(report, 'fr');
    expect(fallback).not.toContain('1 000 000');
    expect(fallback).toContain('octobre 2026');
  });
});

describe('sending', () => {
  it('mails an HTML and a text part through SMTP', async () => {
    const produced = await produceReport(t.store, LOCAL_OWNER, '2026-10', settings());
    const { deliver } = await import('@voicetrack/edge/report/run-report.ts');
    await deliver(produced.message, 'email', settings());
    const received = mail.received.at(-1);
    expect(received?.subject).toBe('VoiceTrack — vos dépenses d’octobre 2026');
    expect(received?.text).toMatch(/869,79\s€/);
    expect(received?.html).toContain('<table>');
    expect(received?.to && 'text' in received.to ? received.to.text : '').toContain('moi@example.org');
  });

  it('posts to Telegram with the bot token and chat id', async () => {
    const produced = await produceReport(t.store, LOCAL_OWNER, '2026-10', settings());
    const { deliver } = await import('@voicetrack/edge/report/run-report.ts');
    await deliver(produced.message, 'telegram', settings());
    expect(telegram.messages.at(-1)).toMatchObject({ token: '123:abc', chat_id: '42' });
    expect(telegram.messages.at(-1)?.text).toMatch(/869,79\s€/);
  });
});

describe('the monthly schedule', () => {
  it('sends last month once per channel, and retries a channel whose sending failed', async () => {
    const store = (await openStore({})).store;
    try {
      await seedExpenses(store, LOCAL_OWNER, OCTOBER);
      const options = {
        timeZone: 'Europe/Paris',
        channels: ['email', 'telegram'] as const,
        store,
        owner: LOCAL_OWNER,
        settings: settings(),
        logger: silentLogger,
      };
      const firstOfNovember = new Date('2026-11-01T08:00:00+01:00');
      const mails = mail.received.length;
      telegram.failNext();
      expect(await sendDueReports({ ...options, channels: [...options.channels] }, firstOfNovember)).toEqual([
        'email',
      ]);
      expect(mail.received.length).toBe(mails + 1);
      // Again the same day (a restart): only the failed channel is tried again.
      expect(await sendDueReports({ ...options, channels: [...options.channels] }, firstOfNovember)).toEqual([
        'telegram',
      ]);
      expect(await sendDueReports({ ...options, channels: [...options.channels] }, firstOfNovember)).toEqual(
        [],
      );
      expect(mail.received.length).toBe(mails + 1);
    } finally {
      await store.close();
    }
  });
});

describe('pnpm report', () => {
  it('prints the JSON report of a month from the PostgreSQL server', async () => {
    const db = await createTestDatabase('vt_report');
    try {
      const { store } = await openStore({ databaseUrl: db.url });
      await seedExpenses(store, LOCAL_OWNER, OCTOBER);
      await store.close();
      const { stdout } = await promisify(execFile)(
        'node_modules/.bin/tsx',
        ['edge/src/cli/report.ts', '--month', '2026-10', '--format', 'json'],
        { env: { ...process.env, DATABASE_URL: db.url, GROQ_API_KEY: '' } },
      );
      const printed = JSON.parse(stdout) as MonthReport & { summary: string };
      expect(printed.totals).toEqual(report.totals);
      expect(printed.summary).toContain('octobre 2026');
    } finally {
      await db.drop();
    }
  });

  it('refuses to send by a channel it has no settings for before printing anything, exit code 2', async () => {
    const sent = promisify(execFile)('node_modules/.bin/tsx', ['edge/src/cli/report.ts', '--send', 'email'], {
      env: {
        ...process.env,
        SMTP_URL: '',
        REPORT_EMAIL_TO: '',
        GROQ_API_KEY: '',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'vt-report-')),
      },
    });
    const failed = (await sent.then(
      () => null,
      (error: unknown) => error,
    )) as { code: number; stdout: string; stderr: string } | null;
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toContain('report: --send email needs SMTP_URL and REPORT_EMAIL_TO');
    expect(failed?.stdout).toBe('');
  });

  it('refuses a malformed month with exit code 2', async () => {
    await expect(
      promisify(execFile)('node_modules/.bin/tsx', ['edge/src/cli/report.ts', '--month', 'octobre']),
    ).rejects.toMatchObject({ code: 2 });
  });
});
