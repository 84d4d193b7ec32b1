/**
 * The workflows of ops/n8n, proven with the real n8n: each is imported with n8n's CLI and run
 * (`n8n execute`, which starts from the "Run now" manual trigger) against the app as a child
 * process that requires pairing, with the device token n8n reads from VOICETRACK_TOKEN. The
 * report's mail lands on a real SMTP server on loopback, its Telegram message on a local fake of
 * the Bot API, and the daily export's file is read back from disk.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAt, textNote } from '../support/edge-app.ts';
import { type EdgeProcess, startEdgeProcess } from '../support/edge-process.ts';
import { type FakeTelegram, startFakeTelegram } from '../support/fake-telegram.ts';
import { type LocalMail, startLocalMail } from '../support/local-mail.ts';
import { pairDevice } from '../support/pair-device.ts';
import { createN8n, ensureN8n, type N8n } from './n8n-cli.ts';

const WORKFLOWS = fileURLToPath(new URL('../../ops/n8n/', import.meta.url));
const CHAT_ID = '424242';
const NOTES = [
  'douze euros cinquante au resto ce midi',
  '45 euros de courses chez Monoprix',
  'trente dollars de taxi',
  '8 € de pain et 23 € de fromage',
];

/** Last month in the workflows' time zone, as their Settings node computes it. */
function lastMonth(): string {
  const [y, m] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
  })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

const MONTH = lastMonth();
const money = (amount: string, currency: string) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency }).format(Number(amount));

const bearer = (value: string) => ({ headers: { authorization: `Bearer ${value}` } });

let app: EdgeProcess;
let dataDir: string;
let token: string;
let mail: LocalMail;
let telegram: FakeTelegram;
let n8n: N8n;
let backups: string;

beforeAll(async () => {
  ensureN8n();
  // On disk, as `pnpm pair` needs: the server writes its pairing secret to DATA_DIR/pair.json.
  dataDir = mkdtempSync(join(tmpdir(), 'vt-n8n-app-'));
  [app, mail, telegram] = await Promise.all([
    startEdgeProcess({ DATA_DIR: dataDir, PAIRING: 'required' }),
    startLocalMail(),
    startFakeTelegram(),
  ]);
  expect((await apiAt(app.url).report.$get({ query: { month: MONTH } })).status).toBe(401);
  token = await pairDevice(app.url, dataDir, 'n8n');
  for (const [i, text] of NOTES.entries()) {
    const res = await apiAt(app.url).text.$post(
      { json: textNote(text, { recordedAt: `${MONTH}-1${i}T12:30:00+02:00` }) },
      bearer(token),
    );
    expect(res.status).toBe(201);
  }
  backups = mkdtempSync(join(tmpdir(), 'vt-n8n-backups-'));
  n8n = await createN8n({
    VOICETRACK_URL: app.url,
    VOICETRACK_TOKEN: token,
    REPORT_EMAIL_TO: 'moi@example.org',
    TELEGRAM_CHAT_ID: CHAT_ID,
    BACKUP_DIR: backups,
  });
  // The workflows' named credential placeholders, filled for the local servers.
  const credentials = join(n8n.home, 'credentials.json');
  const smtpPort = Number(new URL(mail.url).port);
  writeFileSync(
    credentials,
    JSON.stringify([
      {
        id: 'voicetrack-smtp',
        name: 'VoiceTrack SMTP',
        type: 'smtp',
        data: {
          user: '',
          password: '',
          host: '127.0.0.1',
          port: smtpPort,
          secure: false,
          disableStartTls: true,
        },
      },
      {
        id: 'voicetrack-telegram',
        name: 'VoiceTrack Telegram',
        type: 'telegramApi',
        data: { accessToken: '123:test-token', baseUrl: telegram.url },
      },
    ]),
  );
  const imported = await n8n.cli('import:credentials', `--input=${credentials}`);
  expect(imported.code, imported.output).toBe(0);
}, 1_800_000);

afterAll(async () => {
  await Promise.all([app?.stop(), mail?.close(), telegram?.close()]);
  for (const dir of [n8n?.home, backups, dataDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const shipped = (file: string) => readFileSync(join(WORKFLOWS, file), 'utf8');

/** Imports a workflow (as JSON text) under its id, replacing what an earlier test imported. */
async function importWorkflow(workflow: string, id: string): Promise<void> {
  const file = join(n8n.home, `${id}.json`);
  writeFileSync(file, workflow);
  const imported = await n8n.cli('import:workflow', `--input=${file}`);
  expect(imported.code, imported.output).toBe(0);
}

/** Imports a workflow and runs it; the CLI's output explains any failure. */
async function importAndRun(workflow: string, id: string): Promise<void> {
  await importWorkflow(workflow, id);
  const executed = await n8n.cli('execute', `--id=${id}`, '--rawOutput');
  expect(executed.code, executed.output).toBe(0);
  // The output is the execution's data, as n8n stores it: the token is not in it.
  expect(executed.output).not.toContain(token);
}

describe('n8n workflows', () => {
  it('monthly-report.json mails last month’s report, text and HTML, with the totals the app computes', async () => {
    await importAndRun(shipped('monthly-report.json'), 'vtMonthlyReport');
    const asked = await apiAt(app.url).report.$get({ query: { month: MONTH } }, bearer(token));
    const report = await asked.json();
    // The seed, as the app counts it: the last note holds two expenses.
    expect(report.count).toBe(5);
    expect(report.totals.map(({ currency, amount }) => ({ currency, amount }))).toEqual([
      { currency: 'EUR', amount: '88.50' },
      { currency: 'USD', amount: '30.00' },
    ]);
    expect(mail.received).toHaveLength(1);
    const [sent] = mail.received;
    expect(sent?.subject).toBe(`VoiceTrack — dépenses de ${MONTH}`);
    expect(sent?.to && !Array.isArray(sent.to) ? sent.to.text : '').toBe('moi@example.org');
    // The HTML part is the text in a <pre>, with no "sent with n8n" footer in either part.
    expect(sent?.html).toMatch(new RegExp(`^<pre>VoiceTrack — dépenses de ${MONTH}\\n[^]*</pre>$`));
    expect(sent?.text).not.toContain('n8n');
    for (const part of [sent?.text ?? '', sent?.html || '']) {
      expect(part).toContain(`${report.count} dépenses`);
      for (const t of report.totals) expect(part).toContain(money(t.amount, t.currency));
    }
    // The Telegram node ships disabled: nothing was posted.
    expect(telegram.messages).toEqual([]);
  }, 300_000);

  it('monthly-report.json with its Telegram node turned on also posts the report to the chat', async () => {
    const workflow = JSON.parse(shipped('monthly-report.json')) as {
      nodes: { name: string; disabled?: boolean }[];
    };
    const node = workflow.nodes.find((n) => n.name === 'Send by Telegram');
    expect(node?.disabled).toBe(true);
    if (node) node.disabled = false;
    await importAndRun(JSON.stringify(workflow), 'vtMonthlyReport');
    expect(telegram.messages).toHaveLength(1);
    const [message] = telegram.messages;
    expect(message?.token).toBe('123:test-token');
    expect(String(message?.chat_id)).toBe(CHAT_ID);
    expect(message?.text).toMatch(new RegExp(`^VoiceTrack — dépenses de ${MONTH}\\n\\n5 dépenses\\n`));
    expect(message?.text).toContain(money('88.50', 'EUR'));
    expect(message?.text).toContain(money('30.00', 'USD'));
    expect(message?.text).not.toContain('n8n');
    expect(mail.received).toHaveLength(2);
  }, 300_000);

  it('daily-backup.json stores the full JSON export as a dated file', async () => {
    await importAndRun(shipped('daily-backup.json'), 'vtDailyBackup');
    const files = readdirSync(backups).filter((f) => /^voicetrack-\d{8}-\d{6}\.json$/.test(f));
    expect(files).toHaveLength(1);
    const stored = JSON.parse(readFileSync(join(backups, files[0] as string), 'utf8')) as {
      app: string;
      expenses: { amount: string; currency: string; transcript: string }[];
    };
    expect(stored.app).toBe('voicetrack');
    expect(stored.expenses.map((e) => `${e.amount} ${e.currency}`).sort()).toEqual(
      ['12.50 EUR', '45.00 EUR', '30.00 USD', '8.00 EUR', '23.00 EUR'].sort(),
    );
    expect(new Set(stored.expenses.map((e) => e.transcript))).toEqual(new Set(NOTES));
  }, 300_000);

  it('with a wrong VOICETRACK_TOKEN both workflows stop at the app’s 401: n8n exits non-zero, no mail, no file', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'vt-n8n-refused-'));
    const sent = { mails: mail.received.length, messages: telegram.messages.length };
    const wrongToken = `vt_${'x'.repeat(43)}`;
    const wrong = n8n.withEnv({ VOICETRACK_TOKEN: wrongToken, BACKUP_DIR: elsewhere });
    try {
      for (const [file, id, node] of [
        ['monthly-report.json', 'vtMonthlyReport', 'Get the report'],
        ['daily-backup.json', 'vtDailyBackup', 'Export everything'],
      ] as const) {
        await importWorkflow(shipped(file), id);
        const executed = await wrong.cli('execute', `--id=${id}`, '--rawOutput');
        expect(executed.code, executed.output).not.toBe(0);
        // The node that asked, the app's answer (the token was sent, and refused), never the token.
        expect(executed.output).toContain(node);
        expect(executed.output).toContain('"httpCode": "401"');
        expect(executed.output).toContain('This device token is unknown or was revoked');
        expect(executed.output).not.toContain(wrongToken);
      }
      expect(mail.received).toHaveLength(sent.mails);
      expect(telegram.messages).toHaveLength(sent.messages);
      expect(readdirSync(elsewhere)).toEqual([]);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  }, 300_000);

  it('without VOICETRACK_TOKEN the export sends no Authorization: PAIRING=off on loopback answers it as before', async () => {
    const open = await startEdgeProcess({ PAIRING: 'off' });
    const elsewhere = mkdtempSync(join(tmpdir(), 'vt-n8n-open-'));
    try {
      const note = await apiAt(open.url).text.$post({ json: textNote(NOTES[1] as string) });
      expect(note.status).toBe(201);
      await importWorkflow(shipped('daily-backup.json'), 'vtDailyBackup');
      const unpaired = n8n.withEnv({ VOICETRACK_TOKEN: '', BACKUP_DIR: elsewhere });
      // The server that requires pairing shows what was sent: n8n's error lists the request's
      // headers (lower-cased, an Authorization as "**hidden**"), and there is none.
      const refused = await unpaired.cli('execute', '--id=vtDailyBackup', '--rawOutput');
      expect(refused.code, refused.output).not.toBe(0);
      expect(refused.output).toContain('This server only answers paired devices');
      expect(refused.output).toContain('"accept": "');
      expect(refused.output).not.toContain('"authorization": ');
      const executed = await unpaired
        .withEnv({ VOICETRACK_URL: open.url })
        .cli('execute', '--id=vtDailyBackup', '--rawOutput');
      expect(executed.code, executed.output).toBe(0);
      const [file, ...more] = readdirSync(elsewhere);
      expect(more).toEqual([]);
      const stored = JSON.parse(readFileSync(join(elsewhere, file as string), 'utf8')) as {
        expenses: { transcript: string }[];
      };
      expect(stored.expenses.map((e) => e.transcript)).toEqual([NOTES[1]]);
    } finally {
      await open.stop();
      rmSync(elsewhere, { recursive: true, force: true });
    }
  }, 300_000);
});
