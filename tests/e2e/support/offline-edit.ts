/**
 * An edit made on the phone with no network, of an expense the server has saved (refused-changes,
 * edit-clocks .test.ts): the phone's row of it, then its edit dialog opened offline.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The phone's row of the server's expense `id`, once the list shows it. */
export async function rowShown(page: Page, id: string): Promise<Locator> {
  const row = page.locator(`[data-expense-id="${id}"]`);
  await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1);
  return row;
}

/** Offline, `row`'s edit dialog opened (« Modifier la dépense », or « Edit expense » in English). */
export async function editOffline(context: BrowserContext, row: Locator, name: string): Promise<Locator> {
  await context.setOffline(true);
  await row.getByRole('button').first().click();
  return row.page().getByRole('dialog', { name });
}
