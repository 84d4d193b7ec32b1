/**
 * A phone whose clock is ten minutes behind the server's, in Chromium against the deployed stack:
 * offline, a typed note and a fix of its unsent row, then online; the laptop renames it; offline
 * again, a fix of the server's row, then online. Each fix wins, the last over the laptop's rename
 * made before it (the phone says its clock as it sends: the server counts each change at the
 * moment it was made), and nothing else moves: the other fields, one row, the month's total.
 * And a phone ten minutes ahead: its offline fix made before the laptop's rename loses the name
 * to it (and says so), its amount still kept.
 */

import { decimalToCents } from '@voicetrack/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { editOffline, rowShown } from './support/offline-edit.ts';
import { parisMonth } from './support/paris-time.ts';
import { untilControlled } from './support/service-worker.ts';

const e2e = useBrowserAndStack();

const TEN_MINUTES = 10 * 60_000;

/**
 * The page's clock `skew` ms off: `Date` (now, new Date()) shifted before any script of the app
 * runs. The worker's clock cannot be moved, so this phone has no Background Sync (as Safari and
 * Firefox): every flush runs in the page, on its clock; the worker still serves the app offline.
 */
async function phoneWithClock(
  skew: number,
): Promise<{ context: BrowserContext; page: Page; app: CapturePage }> {
  const context = await e2e.newContext();
  await context.addInitScript((ms: number) => {
    const Real = Date;
    class Skewed extends Real {
      constructor(...args: ConstructorParameters<DateConstructor> | []) {
        if (args.length === 0) super(Real.now() + ms);
        else super(...(args as ConstructorParameters<DateConstructor>));
      }
      static override now() {
        return Real.now() + ms;
      }
    }
    globalThis.Date = Skewed as DateConstructor;
    Object.defineProperty(ServiceWorkerRegistration.prototype, 'sync', { get: () => undefined });
  }, skew);
  const page = await context.newPage();
  const app = new CapturePage(page);
  await app.open(e2e.stack.url);
  await untilControlled(page);
  return { context, page, app };
}

async function fix(page: Page, row: RegExp, fields: { amount?: string; description?: string }) {
  await page.getByRole('button', { name: row }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Modifier la dépense' });
  if (fields.amount) await dialog.getByLabel('Montant').fill(fields.amount);
  if (fields.description) await dialog.getByLabel('Description').fill(fields.description);
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
}

describe('a phone ten minutes behind the server', () => {
  it('has its offline fixes win, in the order made, and nothing else change', async () => {
    // (The stack is this file's alone: its month starts empty.)
    const total = async (month = parisMonth(0)) =>
      (await (await e2e.stack.api.report.$get({ query: { month } })).json()).totals.map((t) => [
        t.currency,
        t.amount,
      ]);
    const before = await total();
    expect(before).toEqual([]);
    const { context, page, app } = await phoneWithClock(-TEN_MINUTES);
    // The page's clock is the one moved, not the test's.
    const pageNow = await page.evaluate(() => Date.now());
    expect(Date.now() - pageNow).toBeGreaterThan(TEN_MINUTES - 60_000);

    await context.setOffline(true);
    await app.typedInput.fill('12,50 € au resto');
    await app.typedInput.press('Enter');
    await expect.poll(() => app.unsentExpenses().count()).toBe(1);
    // Its unsent row fixed before the note could go.
    await fix(page, /^Modifier\s:\s/, { description: 'Chez Léon' });
    await expect.poll(() => app.unsentExpenses().first().textContent()).toContain('Chez Léon');
    await context.setOffline(false);
    await expect
      .poll(async () => (await e2e.stack.expenses()).map((e) => e.description), { timeout: 30_000 })
      .toEqual(['Chez Léon']);
    const [saved] = await e2e.stack.expenses();
    if (!saved) throw new Error('no expense');

    // The laptop (a right clock) renames it; the phone hears of it and shows it.
    const renamed = await e2e.stack.api.expenses[':id'].$patch({
      param: { id: saved.id },
      json: {
        description: 'Resto du coin',
        editedAt: new Date().toISOString(),
        sentAt: new Date().toISOString(),
      },
    });
    expect(renamed.status).toBe(200);
    await expect
      .poll(() => app.expenses().first().textContent(), { timeout: 20_000 })
      .toContain('Resto du coin');

    // Offline again, after it: the amount and the name fixed on the server's row. The phone's
    // clock says these were made ten minutes before the laptop's: read on the server's clock,
    // they are after it, and win.
    await context.setOffline(true);
    await fix(page, /^Modifier\s:\sResto du coin/, { amount: '15,20', description: 'Chez Léon et fils' });
    await expect
      .poll(() => page.locator(`[data-expense-id="${saved.id}"]`).textContent())
      .toMatch(/15,20\s€/);
    await context.setOffline(false);
    await expect
      .poll(async () => (await e2e.stack.expenses()).find((e) => e.id === saved.id)?.amount, {
        timeout: 30_000,
      })
      .toBe('15.20');

    // Nothing else moved: the fields not fixed, one row, the month counts the fixed amount once.
    const after = await e2e.stack.expenses();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      id: saved.id,
      clientId: saved.clientId,
      description: 'Chez Léon et fils',
      category: saved.category,
      currency: 'EUR',
      date: saved.date,
      status: 'saved',
    });
    await expect.poll(() => total(saved.date.slice(0, 7))).toEqual([['EUR', '15.20']]);
    // The phone shows what the server holds (no fix taken back by a reading of the list).
    await expect.poll(() => app.expenses().count()).toBe(1);
    await expect.poll(() => app.expenses().first().textContent()).toMatch(/Chez Léon et fils.*15,20\s€/);
    expect(await app.unsentExpenses().count()).toBe(0);
    await context.close();
  });
});

describe('a phone ten minutes ahead of the server', () => {
  it('has its offline fix made before the laptop’s rename lose the name, and keep the amount', async () => {
    const { context, page, app } = await phoneWithClock(TEN_MINUTES);
    await app.typedInput.fill('9 € de pain');
    await app.typedInput.press('Enter');
    await expect
      .poll(async () => (await e2e.stack.expenses()).find((e) => e.amount === '9.00')?.id, {
        timeout: 30_000,
      })
      .toBeTruthy();
    const saved = (await e2e.stack.expenses()).find((e) => e.amount === '9.00');
    if (!saved) throw new Error('no expense');
    const row = await rowShown(page, saved.id);

    // Offline, the phone renames it and fixes its amount; a moment after, the laptop renames it.
    const dialog = await editOffline(context, row, 'Modifier la dépense');
    await dialog.getByLabel('Montant').fill('9,40');
    await dialog.getByLabel('Description').fill('Boulangerie Paul');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => row.textContent()).toMatch(/Boulangerie Paul.*9,40\s€/);
    // Seconds apart: far more than a request takes to arrive, by which the server reads the phone late.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const now = new Date().toISOString();
    const renamed = await e2e.stack.api.expenses[':id'].$patch({
      param: { id: saved.id },
      json: { description: 'Boulangerie du coin', editedAt: now, sentAt: now },
    });
    expect(renamed.status).toBe(200);

    // Online: the phone's stamp says ten minutes after the laptop's; the server's clock says before.
    await context.setOffline(false);
    await expect
      .poll(async () => (await e2e.stack.expenses()).find((e) => e.id === saved.id)?.amount, {
        timeout: 30_000,
      })
      .toBe('9.40');
    const after = await e2e.stack.expenses();
    expect(after.filter((e) => e.clientId === saved.clientId)).toEqual([
      expect.objectContaining({ id: saved.id, description: 'Boulangerie du coin', category: saved.category }),
    ]);
    await expect
      .poll(() => page.getByRole('alert').allTextContents(), { timeout: 20_000 })
      .toContainEqual(expect.stringContaining('Votre modification (description) n’a pas été gardée'));
    await expect.poll(() => row.textContent()).toMatch(/Boulangerie du coin.*9,40\s€/);
    // The month counts each row once, at the amount the server holds.
    const month = saved.date.slice(0, 7);
    const report = await (await e2e.stack.api.report.$get({ query: { month } })).json();
    const cents = after
      .filter((e) => e.date.startsWith(month) && e.status === 'saved' && e.amount !== null)
      .reduce((sum, e) => sum + (decimalToCents(e.amount ?? '') ?? Number.NaN), 0);
    expect(report.totals.map((t) => [t.currency, decimalToCents(t.amount)])).toEqual([['EUR', cents]]);
    await context.close();
  });
});
