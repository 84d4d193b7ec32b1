/**
 * The month stays where it was first drawn while its household part comes, on a phone as deployed
 * (390 × 844, pairing, Caddy's HTTPS): « Qui doit quoi » reads the balances after the month is
 * drawn, and its line arriving pushed the month, « ‹ » with it, 51 px down about 150 ms later — a
 * finger on its way to « Mois précédent » tapped something else (seen lost once in the Firefox bank
 * flow). Its line's room is now kept while the balances come (web/src/households/who-owes.tsx), and
 * « ‹ » is where it was first drawn through the first seconds: with nothing owed, and with a debt.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { textNote } from '../support/edge-app.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { createHousehold, joinOnOwnDevice, sees } from './support/households.ts';

const e2e = useBrowserAndStack();
const PHONE = { width: 390, height: 844 };

/**
 * Opens the month from a fresh page and follows « Mois précédent » at each frame for 3 s: the
 * distinct places it was drawn at (its top, in px), in order.
 */
async function whereThePreviousMonthButtonIs(app: CapturePage, page: Page): Promise<number[]> {
  await page.reload();
  await app.recordButton.waitFor();
  await page.evaluate(() => {
    const kept: number[] = [];
    (window as unknown as { previousMonthAt: number[] }).previousMonthAt = kept;
    const started = performance.now();
    const look = () => {
      const button = document.querySelector('button[aria-label="Mois précédent"]');
      const top = button ? Math.round(button.getBoundingClientRect().top) : null;
      if (top !== null && kept.at(-1) !== top) kept.push(top);
      if (performance.now() - started < 4_000) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.getByRole('button', { name: 'Mois', exact: true }).click();
  await page.waitForTimeout(3_500);
  return page.evaluate(() => (window as unknown as { previousMonthAt: number[] }).previousMonthAt);
}

it('keeps « Mois précédent » where it was first drawn while « Qui doit quoi » comes, square or owing', async () => {
  const context = await e2e.newContext({ viewport: PHONE, microphone: false });
  const page = await context.newPage();
  const app = new CapturePage(page);
  await app.open(e2e.stack.url);
  const { code, householdId } = await createHousehold(page, 'Léa', 'Coloc');
  const paul = await joinOnOwnDevice(e2e.stack, code, 'Paul');

  const square = await whereThePreviousMonthButtonIs(app, page);
  await sees(page, 'Vous êtes quittes').waitFor();
  expect(square).toHaveLength(1);

  // Paul pays the groceries for both: Léa owes him half.
  const sent = await paul.text.$post({ json: textNote('30 € de courses', { householdId }) });
  expect(sent.status).toBe(201);
  const owing = await whereThePreviousMonthButtonIs(app, page);
  await sees(page, 'Tu dois 15,00 € à Paul').waitFor();
  expect(owing).toEqual(square);
  await context.close();
});
