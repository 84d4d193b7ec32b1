/**
 * Settings behind the gear (issue 14, item 8): the language, the default currency sent with the
 * notes, "confirm first", the way to the exports; each changes only itself, and stays after a
 * reload. And an edit that lost to a newer change made elsewhere says so (issue 15, item 4).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang, rowOf, serverExpense, typeExpense, WORDS } from './support/day-of-use.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';
import { untilControlled } from './support/service-worker.ts';

const e2e = useBrowserAndStack();

const SAY = {
  fr: {
    language: 'Langue',
    currency: 'Devise par défaut',
    server: 'Celle du serveur',
    confirm: /Confirmer avant d’enregistrer/,
    data: 'Exporter ou importer vos données',
    dataTitle: 'Vos données',
    other: 'English',
    openData: /données ouvertes.*© les contributeurs d’OpenStreetMap \(ODbL\).*WordNet 3\.1/,
    osm: 'Droits d’auteur d’OpenStreetMap',
    notices: 'Leurs licences',
  },
  en: {
    language: 'Language',
    currency: 'Default currency',
    server: 'The server’s',
    confirm: /Confirm before saving/,
    data: 'Export or import your data',
    dataTitle: 'Your data',
    other: 'Français',
    openData: /open data.*© OpenStreetMap contributors \(ODbL\).*WordNet 3\.1/,
    osm: 'OpenStreetMap copyright',
    notices: 'Their licences',
  },
} as const;

const LOCALE_CURRENCY = { fr: 'EUR', en: 'GBP' } as const;

/** The settings as the dialog shows them. */
async function readSettings(page: Page, lang: Lang) {
  const dialog = page.getByRole('dialog', { name: WORDS[lang].settings });
  const select = dialog.getByLabel(SAY[lang].currency);
  return {
    french: await dialog.getByRole('radio', { name: 'Français' }).isChecked(),
    english: await dialog.getByRole('radio', { name: 'English' }).isChecked(),
    currency: await select.inputValue(),
    confirm: await dialog.getByRole('checkbox', { name: SAY[lang].confirm }).isChecked(),
  };
}

const openSettings = async (page: Page, lang: Lang) => {
  await page.getByRole('button', { name: WORDS[lang].settings, exact: true }).click();
  await page.getByRole('dialog', { name: WORDS[lang].settings }).waitFor();
};
const closeSettings = (page: Page, lang: Lang) =>
  page
    .getByRole('dialog', { name: WORDS[lang].settings })
    .getByRole('button', { name: WORDS[lang].close })
    .click();

describe.each(LANGS)('the settings (%s)', (lang) => {
  it('open from the gear; the default currency goes with the notes and changes nothing else', async () => {
    const context = await e2e.newContext({ locale: WORDS[lang].locale });
    const app = new CapturePage(await context.newPage(), lang);
    await app.open(e2e.stack.url);
    const gear = app.page.getByRole('button', { name: WORDS[lang].settings, exact: true });
    expect(await gear.getAttribute('aria-haspopup')).toBe('dialog');
    await openSettings(app.page, lang);
    // The first run's currency is the phone locale's: fr-FR → EUR, en-GB → GBP.
    const start = {
      french: lang === 'fr',
      english: lang === 'en',
      currency: LOCALE_CURRENCY[lang],
      confirm: false,
    };
    expect(await readSettings(app.page, lang)).toEqual(start);
    // The open data the category words come from is credited, as its licences ask.
    const dialog = app.page.getByRole('dialog', { name: WORDS[lang].settings });
    expect(await dialog.textContent()).toMatch(SAY[lang].openData);
    const osm = dialog.getByRole('link', { name: SAY[lang].osm });
    expect(await osm.getAttribute('href')).toBe('https://www.openstreetmap.org/copyright');
    // The whole notices are served beside the app (the parser chunk names them in one line each).
    const notices = dialog.getByRole('link', { name: SAY[lang].notices });
    expect(await notices.getAttribute('href')).toBe('/open-data-licences.txt');
    const served = await app.page.evaluate(async () => {
      const res = await fetch('/open-data-licences.txt');
      return { status: res.status, text: await res.text() };
    });
    expect(served.status).toBe(200);
    for (const said of ['ISC License', 'Open Database License (ODbL) 1.0', 'Princeton University', 'faker'])
      expect(served.text).toContain(said);
    await app.page.getByLabel(SAY[lang].currency).selectOption('CHF');
    expect(await readSettings(app.page, lang)).toEqual({ ...start, currency: 'CHF' });
    await closeSettings(app.page, lang);

    // Words that name no currency: the default one.
    const said = lang === 'fr' ? 'taxi 14' : 'taxi 16';
    await typeExpense(app, said);
    const saved = await serverExpense(e2e.stack, (e) => e.transcript === said && e.currency === 'CHF');
    expect([saved.amount, saved.category]).toEqual([lang === 'fr' ? '14.00' : '16.00', 'transport']);
    // A currency said wins over the default.
    const euros = lang === 'fr' ? '6 € de pain' : '6 euros bread';
    await typeExpense(app, euros);
    expect((await serverExpense(e2e.stack, (e) => e.transcript === euros)).currency).toBe('EUR');

    await app.page.reload();
    await app.recordButton.waitFor();
    await openSettings(app.page, lang);
    expect(await readSettings(app.page, lang)).toEqual({ ...start, currency: 'CHF' });
    // Back to the server's currency.
    await app.page.getByLabel(SAY[lang].currency).selectOption({ label: SAY[lang].server });
    expect(await readSettings(app.page, lang)).toEqual({ ...start, currency: '' });
    await app.page.reload();
    await app.recordButton.waitFor();
    await openSettings(app.page, lang);
    expect(await readSettings(app.page, lang)).toEqual({ ...start, currency: '' });
    await context.close();
  });

  it('switch the language (the record button keeps its contract names) and lead to the data', async () => {
    const context = await e2e.newContext({ locale: WORDS[lang].locale });
    const page = await context.newPage();
    const app = new CapturePage(page, lang);
    await app.open(e2e.stack.url);
    await openSettings(page, lang);
    await page.getByRole('checkbox', { name: SAY[lang].confirm }).check();
    const other: Lang = lang === 'fr' ? 'en' : 'fr';
    await page.getByRole('radio', { name: SAY[lang].other }).check();
    // The dialog now speaks the other language; the other settings did not move.
    expect(await readSettings(page, other)).toEqual({
      french: other === 'fr',
      english: other === 'en',
      currency: LOCALE_CURRENCY[lang],
      confirm: true,
    });
    await new CapturePage(page, other).recordButton.waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(other);
    await page
      .getByRole('dialog', { name: WORDS[other].settings })
      .getByRole('button', { name: SAY[other].data })
      .click();
    const data = page.getByRole('heading', { name: SAY[other].dataTitle });
    await data.waitFor();
    await expect.poll(async () => (await data.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await context.close();
  });
});

describe.each(LANGS)('an edit that lost to a newer one (%s)', (lang) => {
  it('says so, and shows the expense as the newer change left it', async () => {
    const context = await e2e.newContext({ locale: WORDS[lang].locale });
    const page = await context.newPage();
    const app = new CapturePage(page, lang);
    await app.open(e2e.stack.url);
    const said = lang === 'fr' ? '30 € de courses chez Léon' : '30 euros groceries at Leon';
    await typeExpense(app, said);
    const saved = await serverExpense(e2e.stack, (e) => e.transcript === said);
    // Offline, the dialog's code comes from the worker's cache.
    await untilControlled(page);
    await context.setOffline(true);
    await rowOf(page, saved.id).click();
    const dialog = page.getByRole('dialog', { name: WORDS[lang].editTitle });
    await dialog.getByLabel(WORDS[lang].amount).fill('31');
    await dialog.getByRole('button', { name: WORDS[lang].save, exact: true }).click();
    // Meanwhile, on the laptop: a newer change of the same field.
    const res = await e2e.stack.api.expenses[':id'].$patch({
      param: { id: saved.id },
      json: { amount: '35.00', editedAt: new Date().toISOString() },
    });
    expect(res.status).toBe(200);
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    const toast = page.locator('.toast');
    await expect
      .poll(() => toast.textContent(), { timeout: 30_000 })
      .toMatch(
        lang === 'fr'
          ? /Votre modification \(montant\) n’a pas été gardée\u00a0:/
          : /Your change \(amount\) was not kept:/,
      );
    await expect
      .poll(() => page.locator(`[data-expense-id="${saved.id}"]`).textContent())
      .toMatch(/35[,.]00/);
    expect((await serverExpense(e2e.stack, (e) => e.id === saved.id)).amount).toBe('35.00');
    await context.close();
  });
});
