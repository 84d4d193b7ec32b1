/**
 * Nothing recorded is lost, nothing is counted twice: the server killed (SIGKILL) in the middle
 * of a flush and restarted; a tab closed in the middle of a recording.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EdgeProcess, startEdgeProcess } from '../support/edge-process.ts';
import { type FakeProvider, startFakeProvider } from '../support/fake-provider.ts';
import { freePort } from '../support/free-port.ts';
import { createTestDatabase, type TestDatabase } from '../support/postgres.ts';
import { CapturePage, expensesAt, launchBrowser, newContext } from './support/harness.ts';
import { untilControlled } from './support/service-worker.ts';

let browser: Browser;
let fake: FakeProvider;
let db: TestDatabase;
let edge: EdgeProcess;
let env: Record<string, string>;
let url: string;

beforeAll(async () => {
  [browser, fake, db] = await Promise.all([
    launchBrowser(),
    startFakeProvider(),
    createTestDatabase('vt_e2e_kill'),
  ]);
  fake.setDefaultTranscript('Douze euros cinquante au resto ce midi.');
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  env = {
    PORT: String(port),
    DATABASE_URL: db.url,
    GROQ_API_KEY: 'test-key',
    GROQ_BASE_URL: fake.url,
    PROVIDER_MAX_RETRIES: '0',
    RATE_LIMIT_PER_MINUTE: '100000',
    MAX_UPLOADS_PER_USER: '100',
    MAX_UPLOADS: '1000',
    // A crashed request's claim is taken over after 3 s instead of 60.
    CAPTURE_LEASE_SECONDS: '3',
    LOG_LEVEL: 'warn',
  };
  edge = await startEdgeProcess(env);
});
afterAll(async () => {
  await browser?.close();
  await edge?.stop();
  await fake?.close();
  await db?.drop();
});

const serverExpenses = () => expensesAt(url);
describe('the server killed mid-flush', () => {
  it('loses nothing and doubles nothing once it is back', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(url);
    await untilControlled(page);
    await context.setOffline(true);
    for (let i = 0; i < 3; i++) await app.recordNote(700);
    // Slow answers, so the kill lands while notes are being processed.
    fake.setDelay(1500);
    await context.setOffline(false);
    await expect
      .poll(() => fake.calls.filter((c) => c.route === 'transcriptions').length, { timeout: 20_000 })
      .toBeGreaterThan(0);
    await edge.stop('SIGKILL');
    fake.setDelay(0);
    edge = await startEdgeProcess(env);
    await expect.poll(async () => (await serverExpenses()).length, { timeout: 90_000 }).toBe(3);
    await expect.poll(() => app.pendingNotes().count(), { timeout: 30_000 }).toBe(0);
    const all = await serverExpenses();
    expect(new Set(all.map((e) => e.clientId)).size).toBe(3);
    expect(all.every((e) => e.amount === '12.50')).toBe(true);
    await context.close();
  });
});

describe('a tab closed mid-recording', () => {
  it('recovers what was said at the next start and sends it', async () => {
    const before = (await serverExpenses()).length;
    const context = await newContext(browser);
    const first = new CapturePage(await context.newPage());
    await first.open(url);
    await first.recordButton.click();
    await first.stopButton.waitFor();
    // Chunks reach IndexedDB every second while recording.
    await first.page.waitForTimeout(2500);
    await first.page.close({ runBeforeUnload: false });
    const next = new CapturePage(await context.newPage());
    await next.open(url);
    await expect.poll(async () => (await serverExpenses()).length, { timeout: 30_000 }).toBe(before + 1);
    const call = fake.calls.filter((c) => c.route === 'transcriptions').at(-1);
    expect(call?.audioBytes).toBeGreaterThan(1000);
    await context.close();
  });
});
