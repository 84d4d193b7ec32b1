/** A denied or missing microphone: a clear message, and typing works through the same outbox. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapturePage, launchBrowser, newContext, type Stack, startStack } from './support/harness.ts';

let browser: Browser;
let stack: Stack;

beforeAll(async () => {
  [browser, stack] = await Promise.all([launchBrowser({ microphone: false }), startStack()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('without a microphone', () => {
  it('says so, offers the typed entry, and saves what is typed', async () => {
    const context = await newContext(browser, { microphone: false });
    const page = await context.newPage();
    const app = new CapturePage(page);
    await app.open(stack.url);
    await app.recordButton.click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/micro/i);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('typed-input');
    await app.typedInput.fill('8 € de pain et 23 € de fromage');
    await expect.poll(() => page.locator('.preview').textContent()).toMatch(/8,00\s€.*23,00\s€/);
    await page.getByRole('button', { name: 'Ajouter' }).click();
    await expect.poll(() => app.expenses().count(), { timeout: 20_000 }).toBe(2);
    await context.close();
  });
});
