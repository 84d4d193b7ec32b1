/**
 * The settings' panels stay where they are first drawn: the dialog waits for what it shows (the
 * server's health, its speech line two lines high; the panels' code above the budget alerts)
 * instead of growing under a finger. Drawn before them, the health's line pushed every panel down
 * 50 px as it came, and a tap aimed at « Foyer » opened « Appareils et raccourcis » (engine-firefox
 * in CI; shell/settings-slot.tsx). Each answer is held here by the page's routes (no worker: its
 * precache would serve the code), and « Foyer »'s place in the dialog read at every frame.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WORDS } from './support/day-of-use.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';

const e2e = useBrowserAndStack();
const HELD_MS = 800;

/** The app with the answers to `held` kept back HELD_MS, no worker. */
async function openHolding(held: RegExp) {
  const context = await e2e.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
  await context.route(held, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, HELD_MS));
    await route.continue();
  });
  const page = await context.newPage();
  await new CapturePage(page).open(e2e.stack.url);
  return { context, page };
}

/** Sent as source: from now on, « Foyer »'s top in the open settings dialog (its own scroll), each frame. */
const recordFoyer = () => {
  const tops: number[] = [];
  (window as unknown as { foyerTops: number[] }).foyerTops = tops;
  const frame = () => {
    const dialog = document.querySelector('dialog.settings[open]');
    const foyer = [...(dialog?.querySelectorAll('summary') ?? [])].find(
      (s) => s.textContent?.trim() === 'Foyer',
    );
    if (dialog && foyer)
      tops.push(
        Math.round(foyer.getBoundingClientRect().top - dialog.getBoundingClientRect().top + dialog.scrollTop),
      );
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

/** Taps the gear; once every held answer is in and drawn, the places « Foyer » was drawn at. */
async function foyerPlaces(page: Page): Promise<number[]> {
  await page.evaluate(recordFoyer);
  await page.getByRole('button', { name: WORDS.fr.settings }).click();
  await page.getByText(/^Sur le serveur/).waitFor();
  await page.getByText('Appareils et raccourcis').waitFor();
  await page.waitForTimeout(300);
  return [...new Set(await page.evaluate(() => (window as unknown as { foyerTops: number[] }).foyerTops))];
}

describe('the settings dialog, drawn once what it shows is there', () => {
  it('keeps « Foyer » in its place while the server’s health is on its way', async () => {
    const { context, page } = await openHolding(/\/api\/health$/);
    const places = await foyerPlaces(page);
    expect(places).toHaveLength(1);
    // Tapped at once, « Foyer » opens.
    await page.getByText('Foyer', { exact: true }).click();
    await page.getByRole('textbox', { name: 'Ton prénom (comme le foyer te verra)' }).waitFor();
    await context.close();
  });

  it('keeps « Foyer » in its place while the devices panel’s code is on its way', async () => {
    const { context, page } = await openHolding(/\/assets\/devices-[^/]*\.js$/);
    expect(await foyerPlaces(page)).toHaveLength(1);
    await context.close();
  });
});
