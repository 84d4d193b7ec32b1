/** What the browser-words e2e files share: a phone with the stand-in recognizer, rows, totals. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { installFakeSpeech, type SpeechScript, speechRecord } from './fake-speech.ts';
import { CapturePage, launchBrowser, newContext, type Stack, startStack } from './harness.ts';
import { untilControlled } from './service-worker.ts';

export const SAID = 'douze euros cinquante au resto ce midi';
export const WHISPER_HEARD = 'Douze euros cinquante au resto ce midi.';

/** A phone with the stand-in recognizer, the app open, the browser's on-device answer known. */
export async function openWith(browser: Browser, stack: Stack, script: SpeechScript) {
  const context = await newContext(browser, { stack });
  await installFakeSpeech(context, script);
  const page = await context.newPage();
  const app = new CapturePage(page);
  await app.open(stack.url);
  // The app asks once, after the first screen, whether recognition runs on the device.
  await expect
    .poll(async () => (await speechRecord(page)).available.length, { timeout: 15_000 })
    .toBeGreaterThan(0);
  return { context, page, app };
}

export async function goOffline(page: Page) {
  await untilControlled(page);
  await page.context().setOffline(true);
}

export const unsentRows = (page: Page) => page.locator('.expense[data-unsent]');
/** The note's clientId, read from the row the app shows for it. */
export const clientIdOf = async (page: Page) =>
  (await unsentRows(page).first().getAttribute('data-client-id')) ?? '';
export const serverRowsOf = async (stack: Stack, clientId: string) =>
  (await stack.expenses()).filter((e) => e.clientId === clientId);
/** What a row says: its description, its category and day, its amount (without the "not sent" mark). */
export const fieldsOf = (page: Page, clientId: string) =>
  page.locator(`.expense[data-client-id="${clientId}"]`).evaluate((li) => ({
    description: li.querySelector('.expense-description')?.textContent,
    meta: li.querySelector('.expense-meta:not(.unsent)')?.textContent,
    amount: li.querySelector('.expense-amount')?.textContent,
  }));

/**
 * The month's EUR total in cents, read from the month view (and back to the capture screen);
 * `marked`: the words that must say how many are not sent yet.
 */
export async function monthTotalCents(page: Page, marked?: string): Promise<number> {
  await page.getByRole('button', { name: 'Mois' }).click();
  const month = page.locator('.month');
  await month.getByRole('heading', { level: 2 }).waitFor();
  if (marked) await month.getByText(marked).waitFor();
  const total = month.locator('[data-currency="EUR"] .total-amount');
  const text = (await total.count()) > 0 ? ((await total.textContent()) ?? '') : '0';
  await page.getByRole('button', { name: 'Saisie' }).click();
  await new CapturePage(page).recordButton.waitFor();
  return Math.round(Number(text.replace(/[^\d,]/g, '').replace(',', '.')) * 100);
}

/**
 * The two servers of these files, with one browser: `bare` has no provider key (`pnpm start` on a
 * laptop), `whisper` the fake Whisper and model behind a key (reset after each test). Registers
 * the hooks; read the fields inside tests.
 */
export function useSpeechStacks() {
  const stacks = {} as { browser: Browser; bare: Stack; whisper: Stack };
  beforeAll(async () => {
    [stacks.browser, stacks.bare, stacks.whisper] = await Promise.all([
      launchBrowser(),
      startStack({ GROQ_API_KEY: '', OPENAI_API_KEY: '' }),
      startStack(),
    ]);
  });
  afterAll(async () => {
    await stacks.browser?.close();
    await stacks.bare?.stop();
    await stacks.whisper?.stop();
  });
  afterEach(() => {
    stacks.whisper.fake.reset();
    stacks.whisper.fake.setDefaultTranscript(WHISPER_HEARD);
  });
  return stacks;
}
