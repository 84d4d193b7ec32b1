/**
 * The month's exports, tapped as a person taps them, in both setups: the embedded default
 * (`pnpm start` with no keys: loopback, pairing off) and as deployed (a paired phone behind HTTPS,
 * whose downloads must carry its token: finding 27.3, plain links that carried none). A download
 * that cannot be made says so.
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
  ['on the embedded default (loopback, pairing off)', startLocalStack],
  ['on a paired phone behind HTTPS', startStack],
] as const)('the three exports %s', (_, start) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await start();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('download the month as CSV for Excel, standard CSV, and everything as JSON; with no network, say so', async () => {
    const { context, page } = await monthWithTaxi(stack);
    expectTaxiInExports(await downloadExports(page));

    await context.setOffline(true);
    await page.getByRole('button', { name: 'Exporter en CSV', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringMatching(/^Téléchargement impossible\s: le serveur n’a pas répondu/));
    await context.close();
  });
});
