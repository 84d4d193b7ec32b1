/**
 * The rest of a day of real use: the import's result in the person's language (issue 14, item 6),
 * user text isolated from the page's direction (issue 15, item 10), and axe on the screens this
 * issue added (settings, a note's menu, the toast). In French and English.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { textNote } from '../support/edge-app.ts';
import { LANGS, type Lang, rowOf, serverExpense, typeExpense, WORDS } from './support/day-of-use.ts';
import { CapturePage, useBrowserAndStack } from './support/harness.ts';

/** No Whisper: a voice note waits, so its menu can be opened. */
const e2e = useBrowserAndStack({ env: { GROQ_API_KEY: '' } });

async function openApp(lang: Lang) {
  const context = await e2e.newContext({ locale: WORDS[lang].locale });
  const app = new CapturePage(await context.newPage(), lang);
  await app.open(e2e.stack.url);
  return { context, app, page: app.page };
}

const importFile = (page: Page, body: unknown) =>
  page.locator('input[type="file"][accept^="application/json"]').setInputFiles({
    name: 'voicetrack.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(body)),
  });

const IMPORT = {
  fr: {
    done: /^1\u00a0dépense importée\. 1\u00a0refusée \(invalide\)\u00a0: n°\u00a02$/,
    refused: /^Import refusé\u00a0: ce fichier n’est pas un export JSON de VoiceTrack$/,
  },
  en: {
    done: /^1 expense imported\. 1 refused \(invalid\): no\. 2$/,
    refused: /^Import refused: this file is not a VoiceTrack JSON export$/,
  },
};

describe.each(LANGS)('importing (%s)', (lang) => {
  it('says what was imported and refused in the person’s language, not the server’s', async () => {
    const { context, page } = await openApp(lang);
    await page.getByRole('button', { name: lang === 'fr' ? 'Mois' : 'Month' }).click();
    const said = page.locator('.data > [role="status"]');
    const good = {
      clientId: crypto.randomUUID(),
      amount: '15.00',
      currency: 'EUR',
      category: 'leisure',
      description: `Cinéma ${lang}`,
      date: '2026-11-20',
      transcript: null,
      source: 'text',
      status: 'saved',
    };
    await importFile(page, {
      app: 'voicetrack',
      version: 1,
      exportedAt: new Date().toISOString(),
      expenses: [good, { clientId: 'nope', amount: 'ten' }],
    });
    await expect.poll(() => said.textContent()).toMatch(IMPORT[lang].done);
    await serverExpense(e2e.stack, (e) => e.description === good.description);
    // A file the server refuses as a whole: its reason in the person's words.
    await importFile(page, { app: 'something else', expenses: [] });
    await expect.poll(() => said.textContent()).toMatch(IMPORT[lang].refused);
    await context.close();
  });
});

describe('text from the person', () => {
  it('is isolated from the page’s direction (descriptions, transcripts)', async () => {
    const words = 'مطعم 12 €';
    const body = await (await e2e.stack.api.text.$post({ json: textNote(words) })).json();
    const { context, page } = await openApp('fr');
    const id = body.expenses[0]?.id as string;
    const description = page.locator(`[data-expense-id="${id}"] .expense-description`);
    expect(await description.getAttribute('dir')).toBe('auto');
    await rowOf(page, id).click();
    expect(await page.getByRole('dialog').locator('.transcript bdi').textContent()).toBe(words);
    expect(await page.getByRole('dialog').getByLabel('Description').getAttribute('dir')).toBe('auto');
    await context.close();
  });
});

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
}

describe.each(LANGS)('accessibility of the new screens (%s)', (lang) => {
  it('has no serious or critical axe violation with the settings, a note’s menu or the toast open', async () => {
    const { context, app, page } = await openApp(lang);
    const found: string[] = [];
    await typeExpense(app, lang === 'fr' ? '5 € de pain' : '5 euros bread');
    await page.locator('.toast').waitFor({ timeout: 20_000 });
    found.push(...(await axe(page)).map((v) => `toast: ${v}`));
    await app.recordNote(1000);
    const waiting = page.locator('[data-note-state="awaiting_transcription"]').first();
    await waiting.waitFor({ timeout: 20_000 });
    await waiting.getByRole('button', { name: WORDS[lang].actions }).click();
    await page.getByRole('menu').waitFor();
    found.push(...(await axe(page)).map((v) => `note menu: ${v}`));
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: WORDS[lang].settings, exact: true }).click();
    await page.getByRole('dialog').waitFor();
    found.push(...(await axe(page)).map((v) => `settings: ${v}`));
    console.log(
      `axe (${lang}): ${found.length === 0 ? 'no serious or critical violation on 3 screens' : found.join('; ')}`,
    );
    expect(found).toEqual([]);
    await context.close();
  });
});
