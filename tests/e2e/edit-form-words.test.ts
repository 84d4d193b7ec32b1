/**
 * What a person meets in the edit form and in the toast of changes not kept, at a phone's size
 * (390 × 844), in French and English, light and dark: a name pasted with the invisible isolate
 * marks Android and chat apps put around it (« Resto avec ⁨Paul⁩ ») is kept, without them; a field
 * the form cannot take is said in the app's words, never in the browser's own bubble; two changes
 * the server refused (a terminal escape pasted into each description: a real control character)
 * are said in one compact alert, one line each, that stays until closed (× or Escape; an Escape
 * that closes a note's menu or form is theirs, and the alert stays).
 * `SHOTS_DIR=/tmp/shots` keeps a picture of each toast.
 */

import type { Expense } from '@voicetrack/shared';
import type { BrowserContext, Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Lang, rowOf, serverExpense, typeExpense, WORDS } from './support/day-of-use.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { untilControlled } from './support/service-worker.ts';
import { shot } from './support/shots.ts';

const e2e = useBrowserAndStack({ setup: 'local' });
const PHONE = { width: 390, height: 844 };
/** How long a result toast stays (web/src/shell/use-toasts.tsx's TOAST_MS). */
const TOAST_MS = 6_000;

const SAID = {
  fr: {
    bread: ['4,20 € de pain', '4.20'],
    lunch: ['12,50 € au resto', '12.50'],
    invalidAmount: 'Montant invalide\u00a0: par exemple 12,50',
    invalidCurrency: 'Devise invalide\u00a0: trois lettres, par exemple EUR',
    line: /\(description\)\u00a0: valeur refusée par le serveur$/,
    typeAgain: 'Retaper',
  },
  en: {
    bread: ['4.20 euros of bread', '4.20'],
    lunch: ['12.50 euros for lunch', '12.50'],
    invalidAmount: 'Invalid amount: for example 12.50',
    invalidCurrency: 'Invalid currency: three letters, for example EUR',
    line: /\(description\): a value refused by the server$/,
    typeAgain: 'Type again',
  },
} as const;

async function openPhone(lang: Lang, colorScheme: 'light' | 'dark' = 'light') {
  const context = await e2e.newContext({ locale: WORDS[lang].locale, viewport: PHONE, colorScheme });
  const app = new CapturePage(await context.newPage(), lang);
  await app.open(e2e.stack.url);
  // Offline, the edit dialog's code comes from the service worker's cache.
  await untilControlled(app.page);
  return { context, app, page: app.page };
}

/** Types one of SAID's notes and waits for its expense (typedAs). */
function typed(app: CapturePage, lang: Lang, which: 'bread' | 'lunch') {
  const [text, amount] = SAID[lang][which];
  return typedAs(app, text, amount);
}

/** Types `text` and waits for the server's expense of `amount` that was not there before, and its row. */
async function typedAs(app: CapturePage, text: string, amount: string) {
  const before = new Set((await e2e.stack.expenses()).map((e) => e.id));
  await typeExpense(app, text);
  const saved = await serverExpense(e2e.stack, (e) => !before.has(e.id) && e.amount === amount);
  await rowOf(app.page, saved.id).waitFor({ timeout: 20_000 });
  return saved;
}

async function openDialog(row: Locator, lang: Lang) {
  await row.click();
  const dialog = row.page().getByRole('dialog', { name: WORDS[lang].editTitle });
  await dialog.waitFor();
  return dialog;
}

describe.each([
  ['fr', 'light'],
  ['en', 'dark'],
] as const)('the edit form (%s, %s)', (lang, colorScheme) => {
  it('keeps a name pasted with its isolate marks, without them, and says a bad field in its own words', async () => {
    const { context, app, page } = await openPhone(lang, colorScheme);
    const saved = await typed(app, lang, 'bread');
    const dialog = await openDialog(rowOf(page, saved.id), lang);
    const w = WORDS[lang];

    // An amount left empty, then a currency of two letters: the app says why, in its words.
    await dialog.getByLabel(w.amount).fill('');
    await dialog.getByRole('button', { name: w.save, exact: true }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe(SAID[lang].invalidAmount);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('amount');
    await dialog.getByLabel(w.amount).fill(lang === 'fr' ? '4,20' : '4.20');
    await dialog.getByLabel(w.currency).fill('EU');
    await dialog.getByRole('button', { name: w.save, exact: true }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe(SAID[lang].invalidCurrency);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('currency');
    // The field is marked for a screen reader, the message named as its error; the amount no more.
    expect(await dialog.getByLabel(w.currency).getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByLabel(w.currency).getAttribute('aria-errormessage')).toBe('edit-error');
    expect(await dialog.getByLabel(w.amount).getAttribute('aria-invalid')).toBeNull();
    expect(await dialog.isVisible()).toBe(true);
    await shot(page, `edit-form-currency-${lang}-${colorScheme}`);

    await dialog.getByLabel(w.currency).fill('EUR');
    await dialog.getByLabel(w.description).fill('Resto avec \u2068Paul\u2069');
    await dialog.getByRole('button', { name: w.save, exact: true }).click();
    await expect
      .poll(async () => (await e2e.stack.expenses()).find((e) => e.id === saved.id)?.description, {
        timeout: 20_000,
      })
      .toBe('Resto avec Paul');
    // The fields not touched stay as they were.
    expect((await e2e.stack.expenses()).find((e) => e.id === saved.id)).toMatchObject({
      amount: saved.amount,
      currency: saved.currency,
      category: saved.category,
      date: saved.date,
    });
    await expect.poll(() => rowOf(page, saved.id).textContent()).toContain('Resto avec Paul');
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});

/** Offline, each row's description changed to one holding a terminal escape; then back online. */
async function twoRefusedEdits(context: BrowserContext, app: CapturePage, lang: Lang) {
  return refusedEdits(context, app, lang, [await typed(app, lang, 'bread'), await typed(app, lang, 'lunch')]);
}

async function refusedEdits(context: BrowserContext, app: CapturePage, lang: Lang, rows: Expense[]) {
  await context.setOffline(true);
  for (const saved of rows) {
    const dialog = await openDialog(rowOf(app.page, saved.id), lang);
    await dialog.getByLabel(WORDS[lang].description).fill('Copié \u001B[0m du terminal');
    await dialog.getByRole('button', { name: WORDS[lang].save, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
  await context.setOffline(false);
  const head =
    lang === 'fr'
      ? `${rows.length}\u00a0modifications n’ont pas été gardées`
      : `${rows.length} changes were not kept`;
  const toast = app.page.getByRole('alert').filter({ hasText: head });
  await toast.waitFor({ timeout: 30_000 });
  return toast;
}

describe.each([
  ['fr', 'light'],
  ['fr', 'dark'],
  ['en', 'light'],
  ['en', 'dark'],
] as const)('two changes the server refused (%s, %s)', (lang, colorScheme) => {
  it('are said in one alert, one short line each, that stays until closed', async () => {
    const { context, app, page } = await openPhone(lang, colorScheme);
    const toast = await twoRefusedEdits(context, app, lang);
    const lines = await toast.getByRole('listitem').allTextContents();
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(SAID[lang].line);
    // The count, the × beside it, a line or two for each change: 150–175 px at 390 px wide, not
    // the ~420 px two full sentences took.
    const box = await toast.boundingBox();
    await shot(page, `lost-changes-${lang}-${colorScheme}`);
    expect(box?.height).toBeLessThan(200);

    if (colorScheme === 'light') {
      // Past the time a result stays, it is still there.
      await page.waitForTimeout(TOAST_MS + 1_000);
      expect(await toast.isVisible()).toBe(true);
      // An Escape that closes a note's menu, or the form it opens, is theirs: the alert stays.
      await typeExpense(app, 'blah blah');
      const card = page.locator('.note-empty').first();
      await card.waitFor({ timeout: 20_000 });
      const menu = page.getByRole('menu');
      await card.getByRole('button', { name: WORDS[lang].actions }).click();
      await menu.waitFor();
      // The menu takes the focus (its first action), then Escape is the menu's.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role') === 'menuitem'))
        .toBe(true);
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
      expect(await toast.isVisible()).toBe(true);
      await card.getByRole('button', { name: WORDS[lang].actions }).click();
      await menu.getByRole('menuitem', { name: SAID[lang].typeAgain }).click();
      const again = card.locator('form');
      await again.waitFor();
      // The form takes the focus (its field, caret in it), then Escape is the form's.
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              document.activeElement?.closest('form') !== null && document.activeElement?.tagName === 'INPUT',
          ),
        )
        .toBe(true);
      await page.keyboard.press('Escape');
      await again.waitFor({ state: 'detached' });
      expect(await toast.isVisible()).toBe(true);
      // Then Escape closes it.
      await page.keyboard.press('Escape');
    } else {
      await toast.getByRole('button', { name: WORDS[lang].close }).click();
    }
    await expect.poll(() => toast.count()).toBe(0);
    await context.close();
  });
});

describe('seven changes the server refused, after a long offline spell (fr, light)', () => {
  it('are all said, in an alert that keeps most of the screen for the list', async () => {
    const { context, app, page } = await openPhone('fr');
    const rows: Expense[] = [];
    for (const [i, what] of ['pain', 'café', 'journal', 'fleurs', 'timbres', 'piles', 'savon'].entries())
      rows.push(await typedAs(app, `${i + 2},10 € ${what}`, `${i + 2}.10`));
    const toast = await refusedEdits(context, app, 'fr', rows);
    const list = toast.getByRole('list');
    expect(await list.getByRole('listitem').count()).toBe(7);
    // At 844 px high, at most a quarter of the screen for the lines (the count and × above them),
    // the last line reached by scrolling the alert, not the page.
    const box = await toast.boundingBox();
    await shot(page, 'lost-changes-seven-fr-light');
    console.info(`seven changes: alert ${box?.height} px high`);
    expect(box?.height).toBeLessThan(844 * 0.25 + 90);
    const last = list.getByRole('listitem').last();
    await last.scrollIntoViewIfNeeded();
    expect(await list.evaluate((ul) => ul.scrollTop)).toBeGreaterThan(0);
    expect(await last.textContent()).toMatch(SAID.fr.line);
    await context.close();
  });
});
