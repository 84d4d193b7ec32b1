/**
 * A dialog whose code cannot load though the signal is back (useLazy's `stuck`, DialogNotLoaded in
 * web/src/base/screen-not-loaded.tsx): the settings and an expense's edit dialog, modal both, say so
 * inside a dialog with their own title, « Recharger » reloads on the tap only, « Fermer » and Escape
 * close it. Chromium asks again a module whose fetch failed, so its chunk is failed by the page's
 * routes on every request (the worker blocked: its precache would serve it), online all along.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rowOf, serverExpense, typeExpense, WORDS } from './support/day-of-use.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';

const e2e = useBrowserAndStack();

const NOT_LOADED =
  'Cette fenêtre n’a pas pu se charger, bien que le réseau soit revenu. Rechargez l’app pour l’ouvrir : rien de ce qui est enregistré ne sera perdu, mais une note tapée et pas encore envoyée le serait.';

/** The app with `chunk`'s every fetch failed, no worker; the fetches counted. */
async function openWithout(chunk: RegExp) {
  const context = await e2e.newContext({ serviceWorkers: 'block' });
  const asked = { count: 0 };
  await context.route(chunk, async (route) => {
    asked.count += 1;
    await route.abort('connectionfailed');
  });
  const page = await context.newPage();
  const app = new CapturePage(page);
  await app.open(e2e.stack.url);
  return { context, page, app, asked };
}

/** The words said in `dialog`, spaces made plain. */
const wordsIn = async (page: Page, title: string) =>
  (await page.getByRole('dialog', { name: title }).getByRole('alert').locator('p').textContent())
    ?.replace(/[\u00a0\u202f\s]+/g, ' ')
    .trim();

describe('a dialog whose code cannot load though the network is there', () => {
  it('settings: said in a dialog titled « Réglages », closed by « Fermer » and Escape, reloaded on the tap only', async () => {
    const { context, page, asked } = await openWithout(/\/assets\/settings-dialog-[^/]*\.js$/);
    const reloads: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) reloads.push(frame.url());
    });
    await page.getByRole('button', { name: WORDS.fr.settings }).click();
    const dialog = page.getByRole('dialog', { name: WORDS.fr.settings });
    // Failed once (the network's, asked again), then again 2 s later with the signal there: said.
    await dialog.getByRole('button', { name: 'Recharger' }).waitFor({ timeout: 15_000 });
    expect(asked.count).toBeGreaterThanOrEqual(2);
    expect(await wordsIn(page, WORDS.fr.settings)).toBe(NOT_LOADED);
    const reload = dialog.getByRole('button', { name: 'Recharger' });
    expect((await reload.boundingBox())?.height).toBeGreaterThanOrEqual(48);
    expect(reloads).toHaveLength(0);
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    // Opened again (its code still failing): said again at once, and Escape closes it.
    await page.getByRole('button', { name: WORDS.fr.settings }).click();
    await reload.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(reloads).toHaveLength(0);
    // The tap reloads the app; the chunk let through after the tap (before it, the dialog's own
    // retry could load it first and take the message away under the finger), the settings open.
    await page.getByRole('button', { name: WORDS.fr.settings }).click();
    await reload.click();
    await context.unroute(/\/assets\/settings-dialog-[^/]*\.js$/);
    await expect.poll(() => reloads.length).toBe(1);
    await page.getByRole('button', { name: WORDS.fr.settings }).click();
    await page
      .getByRole('dialog', { name: WORDS.fr.settings })
      .getByRole('radio', { name: 'English' })
      .waitFor();
    await context.close();
  });

  it('an expense: said in a dialog titled « Modifier la dépense », nothing changed by it, closed by Escape', async () => {
    const { context, page, app } = await openWithout(/\/assets\/edit-dialog-[^/]*\.js$/);
    const said = '14 € de fleurs chez Rosa';
    await typeExpense(app, said);
    const saved = await serverExpense(e2e.stack, (e) => e.transcript === said);
    await rowOf(page, saved.id).click();
    const dialog = page.getByRole('dialog', { name: WORDS.fr.editTitle });
    await dialog.getByRole('button', { name: 'Recharger' }).waitFor({ timeout: 15_000 });
    expect(await wordsIn(page, WORDS.fr.editTitle)).toBe(NOT_LOADED);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect((await serverExpense(e2e.stack, (e) => e.id === saved.id)).amount).toBe(saved.amount);
    await context.close();
  });
});
