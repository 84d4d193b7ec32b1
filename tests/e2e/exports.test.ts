/**
 * The month's exports, tapped as a person taps them, in both setups: on the embedded default
 * (`pnpm start` with no keys: loopback, pairing off) a plain link downloads each file; as deployed
 * (a paired phone behind HTTPS) the same links carry no token — known finding 27.3, kept here as
 * a failing expectation for the step that fixes it.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadExports, expectTaxiInExports } from './support/exports.ts';
import {
  CapturePage,
  launchBrowser,
  newContext,
  type Stack,
  startLocalStack,
  startStack,
} from './support/harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser({ microphone: false });
});
afterAll(async () => {
  await browser?.close();
});

/** A phone of `stack` with one 20 $ taxi ride typed, its month view open. */
async function monthWithTaxi(stack: Stack) {
  const context = await newContext(browser, { stack, microphone: false });
  const app = new CapturePage(await context.newPage());
  await app.open(stack.url);
  await app.typedInput.fill('20 dollars de taxi');
  await app.page.getByRole('button', { name: 'Ajouter' }).click();
  await expect.poll(() => app.expenses().filter({ hasText: 'Taxi' }).count(), { timeout: 20_000 }).toBe(1);
  await app.page.getByRole('button', { name: 'Mois' }).click();
  return { context, page: app.page };
}

describe.each([
  ['on the embedded default (loopback, pairing off)', startLocalStack, it],
  // Plain links send no token: the server answers 401 and the browser drops the download without
  // a word. The fix (fetch with the token, then a blob; an error said when one fails) turns this
  // `it.fails` into `it`.
  ['on a paired phone behind HTTPS — known finding 27.3: plain links carry no token', startStack, it.fails],
] as const)('the three exports %s', (_, start, test) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await start();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  test('download the month as CSV for Excel, standard CSV, and everything as JSON', async () => {
    const { context, page } = await monthWithTaxi(stack);
    expectTaxiInExports(await downloadExports(page));
    await context.close();
  });
});
