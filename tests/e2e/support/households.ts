/**
 * The household's screens as the e2e tests use them (households in live-updates.test.ts): the
 * « Foyer » panel of the settings, text as a person reads it, the month's EUR total.
 */
import type { Page } from 'playwright-core';

/** The text as a person reads it (French writes no-break spaces in amounts). */
export const readText = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ');

/** Words on the page, within a longer text. */
export const sees = (page: Page, text: string) => page.getByText(text, { exact: false });

/** Opens the settings on their « Foyer » panel: the dialog. */
export async function openFoyer(page: Page) {
  await page.getByRole('button', { name: 'Réglages', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Réglages' });
  await dialog.getByText('Foyer', { exact: true }).click();
  return dialog;
}

/** The month's total in euros as shown (« 24,00 € »). */
export const monthTotal = async (page: Page) =>
  (await readText(page, '[data-currency="EUR"]')).match(/[\d ]+,\d\d €/)?.[0];

/** « 78,00 € » for 7800 cents. */
export const euros = (cents: number) => `${(cents / 100).toFixed(2).replace('.', ',')} €`;

/** The id of the household the phone shows, as it remembers it. */
export const householdOf = (page: Page) =>
  page.evaluate(
    () => (JSON.parse(localStorage.getItem('voicetrack.households') ?? 'null') as { chosen: string }).chosen,
  );
