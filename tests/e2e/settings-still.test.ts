/**
 * Nothing in the settings dialog moves once it is drawn (shell/settings-slot.tsx): it waits a
 * moment for what it shows (the server's health, its speech line two lines high; every panel's
 * code), and what comes later is drawn in its place at its size from the start (the server's line
 * says it is asking; a panel's title stands where the panel comes, and says so if its code failed,
 * with « Réessayer »). Drawn before them, the health's line pushed every panel down 50 px as it
 * came, and a tap aimed at « Foyer » opened « Appareils et raccourcis » (engine-firefox in CI).
 * Each answer is held or refused here by the page's routes (no worker: its precache would serve
 * the code), and places read at every frame.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Lang, WORDS } from './support/day-of-use.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { shot } from './support/shots.ts';
import { movesSoFar, recordMoves } from './support/still-dialog.ts';

const e2e = useBrowserAndStack();
const HELD_MS = 800;
const PHONE = { width: 390, height: 844 };

/**
 * Scrolled into view at once: Playwright's scrollIntoViewIfNeeded waits for the element to stand
 * still over frames first, and on a busy machine the dialog drew its row anew meanwhile (the same
 * row, a new node: « Element is not attached to the DOM », CI beside other work).
 */
const intoView = (el: Element) => el.scrollIntoView({ block: 'nearest' });

/** An answer kept back `ms`, then let through or refused (a chunk whose fetch failed). */
interface Hold {
  path: RegExp;
  ms: number;
  after?: 'continue' | 'refuse';
}

/** The app at a phone's size with `holds` on its requests, no worker. */
async function openWith(holds: Hold[], look: { lang?: Lang; colorScheme?: 'light' | 'dark' } = {}) {
  const context = await e2e.newContext({
    serviceWorkers: 'block',
    viewport: PHONE,
    locale: WORDS[look.lang ?? 'fr'].locale,
    colorScheme: look.colorScheme ?? 'light',
  });
  for (const hold of holds)
    await context.route(hold.path, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, hold.ms));
      if (hold.after === 'refuse') await route.abort('connectionfailed');
      else await route.continue();
    });
  const page = await context.newPage();
  await new CapturePage(page, look.lang ?? 'fr').open(e2e.stack.url);
  return { context, page };
}

/** The app with the answers to `held` kept back HELD_MS, no worker. */
const openHolding = (held: RegExp) => openWith([{ path: held, ms: HELD_MS }]);

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
  await page.getByText(/^Sur le serveur\u00a0: (?!demande)/).waitFor();
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

/**
 * The chunks of two panels below « Foyer », by their file names in the build, with or without the
 * query a retry adds where the plain URL failed again (web/src/base/chunk-again.ts).
 */
const ALERTS_CODE = /\/assets\/push-settings-[^/]*\.js(\?|$)/;
const RULES_CODE = /\/assets\/recurring-settings-[^/]*\.js(\?|$)/;
/** The dialog's words for the server's line while it asks, and once it has answered. */
const ASKING = 'Sur le serveur\u00a0: demande en cours…';
const ANSWERED = /^Sur le serveur\u00a0: (?!demande)/;

describe('nothing in the settings dialog moves once it is drawn', () => {
  it('while the server’s health takes 3 s: its line says it is asking, then its answer, in the same place', async () => {
    const { context, page } = await openWith([{ path: /\/api\/health$/, ms: 3_000 }]);
    await recordMoves(page);
    await page.getByRole('button', { name: WORDS.fr.settings }).click();
    const dialog = page.getByRole('dialog', { name: WORDS.fr.settings });
    // Drawn before the answer (after its 1.5 s wait), the line saying so.
    await dialog.getByText(ASKING).waitFor();
    await dialog.getByText(ANSWERED).waitFor({ timeout: 10_000 });
    expect(await dialog.getByText(ASKING).count()).toBe(0);
    await page.waitForTimeout(500);
    const watched = await movesSoFar(page);
    expect(watched.frames).toBeGreaterThan(20);
    expect(watched.moves).toEqual([]);
    await context.close();
  });

  it('while a panel’s code takes 3 s, and another’s fails after 3 s: each in its place from the start', async () => {
    const { context, page } = await openWith([
      { path: ALERTS_CODE, ms: 3_000 },
      { path: RULES_CODE, ms: 3_000, after: 'refuse' },
    ]);
    await recordMoves(page);
    await page.getByRole('button', { name: WORDS.fr.settings }).click();
    const dialog = page.getByRole('dialog', { name: WORDS.fr.settings });
    // Drawn after its wait, both titles there, each saying it is loading.
    await dialog.locator('.panel-row', { hasText: 'Alertes de budget' }).getByText('Chargement…').waitFor();
    await dialog
      .locator('.panel-row', { hasText: 'Dépenses récurrentes' })
      .getByText('Chargement…')
      .waitFor();
    await dialog.locator('summary', { hasText: 'Alertes de budget' }).waitFor({ timeout: 10_000 });
    await dialog.getByRole('alert').filter({ hasText: 'Dépenses récurrentes' }).waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500);
    const watched = await movesSoFar(page);
    expect(watched.frames).toBeGreaterThan(20);
    expect(watched.moves).toEqual([]);
    await context.close();
  });
});

/** The longest panel title's code (« Ce que VoiceTrack a appris »). */
const LEARNED_CODE = /\/assets\/learned-words-[^/]*\.js(\?|$)/;

/** Sent as source: how a failed row's lines fit (each whole: its words no wider than its box). */
const rowFit = (row: Element) =>
  [...row.querySelectorAll('.panel-row-title, small')].map((line) => ({
    line: line.textContent,
    whole: line.scrollWidth <= line.clientWidth,
  }));

describe('a settings panel whose code failed', () => {
  it.each([
    [
      'fr',
      'light',
      'Dépenses récurrentes',
      'N’a pas pu se charger.',
      'Réessayer',
      'Alertes de budget',
      'Ce que VoiceTrack a appris',
    ],
    [
      'fr',
      'dark',
      'Dépenses récurrentes',
      'N’a pas pu se charger.',
      'Réessayer',
      'Alertes de budget',
      'Ce que VoiceTrack a appris',
    ],
    [
      'en',
      'light',
      'Recurring expenses',
      'Could not load.',
      'Try again',
      'Budget alerts',
      'What VoiceTrack learned',
    ],
    [
      'en',
      'dark',
      'Recurring expenses',
      'Could not load.',
      'Try again',
      'Budget alerts',
      'What VoiceTrack learned',
    ],
  ] as const)(
    'says so in its place (%s, %s), as tall as a panel, its words whole at 390 and 320 px, and « Réessayer » draws it',
    async (lang, colorScheme, title, said, again, above, longest) => {
      const { context, page } = await openWith(
        [
          { path: RULES_CODE, ms: 0, after: 'refuse' },
          { path: LEARNED_CODE, ms: 0, after: 'refuse' },
        ],
        { lang, colorScheme },
      );
      await page.getByRole('button', { name: WORDS[lang].settings }).click();
      const dialog = page.getByRole('dialog', { name: WORDS[lang].settings });
      const row = dialog.getByRole('alert').filter({ hasText: title });
      await row.waitFor();
      expect((await row.textContent())?.trim()).toBe(`${title}${said}${again}`);
      const learned = dialog.getByRole('alert').filter({ hasText: longest });
      await learned.waitFor();
      const panelBox = () => dialog.locator('details.settings', { hasText: above }).boundingBox();
      for (const width of [390, 320]) {
        await page.setViewportSize({ width, height: PHONE.height });
        // Each row's title and words whole, the longest title too (« Ce que VoiceTrack a appris »
        // was cut with an ellipsis at 390 px beside a button of its own); as tall as the closed
        // panel above, a finger's tap.
        for (const failed of [row, learned]) {
          const fit = await failed.evaluate(rowFit);
          expect(fit, `${width} px`).toHaveLength(2);
          for (const line of fit) expect(line.whole, `${width} px: ${line.line}`).toBe(true);
          const rowBox = await failed.boundingBox();
          const panel = await panelBox();
          expect(rowBox && panel && Math.abs(rowBox.height - panel.height), `${width} px`).toBeLessThan(0.5);
          expect(
            (await failed.getByRole('button', { name: again }).boundingBox())?.height,
          ).toBeGreaterThanOrEqual(44);
        }
        await learned.evaluate(intoView);
        await shot(page, `settings-panel-failed-${lang}-${colorScheme}-${width}`);
      }
      await page.setViewportSize(PHONE);
      // Its code let through, the tap draws the panel in the row's place; it opens.
      await context.unroute(RULES_CODE);
      await row.evaluate(intoView);
      const before = await row.evaluate((el) => el.getBoundingClientRect().top);
      await row.getByRole('button', { name: again }).click();
      const summary = dialog.locator('summary', { hasText: title });
      await summary.waitFor();
      expect(await dialog.getByRole('alert').filter({ hasText: title }).count()).toBe(0);
      expect(Math.round(await summary.evaluate((el) => el.getBoundingClientRect().top))).toBe(
        Math.round(before),
      );
      await summary.click();
      expect(await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open)).toBe(true);
      await context.close();
    },
  );
});
