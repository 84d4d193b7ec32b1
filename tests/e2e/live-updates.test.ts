/**
 * Live updates between two devices of the same user (local mode: the edge's event stream fed by
 * Postgres LISTEN/NOTIFY): an expense typed on one appears on the other without a reload.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CapturePage, launchBrowser, newContext, type Stack, startStack } from './support/harness.ts';

let browser: Browser;
let stack: Stack;

beforeAll(async () => {
  [browser, stack] = await Promise.all([launchBrowser(), startStack()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('two open devices', () => {
  it('shows on the second an expense saved from the first, with no reload', async () => {
    const phone = await newContext(browser);
    const laptop = await newContext(browser);
    const a = new CapturePage(await phone.newPage());
    const b = new CapturePage(await laptop.newPage());
    await Promise.all([a.open(stack.url), b.open(stack.url)]);
    // The second device's stream is open once the page has loaded.
    await b.page.waitForLoadState('load');
    expect(await b.expenses().count()).toBe(0);

    await a.typedInput.fill('31 € de pharmacie');
    await a.typedInput.press('Enter');
    await expect.poll(() => a.expenses().count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => b.expenses().count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => b.expenses().first().textContent()).toContain('31,00');
    await Promise.all([phone.close(), laptop.close()]);
  });
});
