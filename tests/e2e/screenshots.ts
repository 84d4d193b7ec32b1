/**
 * `pnpm screenshots`: every screen at a phone's size (390×844) into docs/ — the capture screen in
 * French and English, light and dark; and in French light and English dark: recording, a note
 * that waits (with its reason), its menu, a note offline, the toast after "Ajouter", an expense to
 * confirm, what is left to review, the edit dialog, the month (with budgets: one fine, one at its
 * warning, one over, the total, and what is to come), a budget's form, the "every month?" card, the
 * settings and their money panels, an import's result, and last month against the bank (a CSV's
 * columns asked for, the « Rapprochement » view). As deployed (the paired setup the README
 * recommends: HTTPS behind Caddy, pairing required, each phone paired by its link). The server
 * has no transcription provider, so a voice note waits and says why; a few expenses are typed
 * first so the lists and the month's charts are not empty.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { textNote } from '../support/edge-app.ts';
import {
  CapturePage,
  closeSharedBrowsers,
  launchBrowser,
  newContext,
  startStack,
} from './support/harness.ts';

// SHOTS_DIR: somewhere else to look at them first (docs/ is the README's).
const DOCS = process.env.SHOTS_DIR
  ? `${process.env.SHOTS_DIR.replace(/\/$/u, '')}/`
  : fileURLToPath(new URL('../../docs/', import.meta.url));
// The month's categories start with an emoji: without a colour emoji font Chromium draws empty
// boxes, which a phone never shows. Refuse rather than write such pictures into the README.
if (execFileSync('fc-list', [':color=True', 'family'], { encoding: 'utf8' }).trim() === '') {
  console.error('pnpm screenshots needs an emoji font: apt-get install -y fonts-noto-color-emoji');
  process.exit(1);
}
execFileSync(
  fileURLToPath(new URL('../../web/node_modules/.bin/vite', import.meta.url)),
  ['build', '--configLoader', 'runner', '--logLevel', 'warn'],
  {
    cwd: fileURLToPath(new URL('../../web/', import.meta.url)),
    env: { ...process.env, NODE_ENV: 'production' },
  },
);

const stack = await startStack({ GROQ_API_KEY: '' });
const browser = await launchBrowser();
const api = stack.api;
const now = new Date();
const lastMonth = new Date(now);
lastMonth.setUTCDate(1);
lastMonth.setUTCMonth(now.getUTCMonth() - 1);
const dayOfLastMonth = (d: number) =>
  new Date(Date.UTC(lastMonth.getUTCFullYear(), lastMonth.getUTCMonth(), d, 11));
for (const [text, at] of [
  ['80 € de courses', lastMonth],
  // Seen on last month's statement (the reconciliation's screens).
  ['12,50 € au Petit Zinc', dayOfLastMonth(24)],
  ['Netflix 9,99 €', dayOfLastMonth(12)],
  ['7 € de pain', dayOfLastMonth(10)],
  ['12,50 € au resto ce midi', now],
  ['8 € de pain et 23 € de fromage', now],
  ['hier 45 euros de train', now],
  ['Netflix 9,99 €', now],
] as const) {
  await api.text.$post({ json: textNote(text, { recordedAt: at.toISOString() }) });
}
// Budgets: groceries over (31 of 25), transport fine, the total; dining is set before the month's shots.
for (const [category, amount] of [
  ['total', '150.00'],
  ['groceries', '25.00'],
  ['transport', '100.00'],
] as const) {
  await api.budgets[':category'].$put({ param: { category }, json: { amount, currency: 'EUR' } });
}
// A rule still to come this month (none on its last day), and one made already.
const tomorrow = Math.min(
  31,
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', day: 'numeric' }).format(now)) + 1,
);
await api.recurring.$post({
  json: {
    amount: '850.00',
    currency: 'EUR',
    category: 'housing',
    description: 'Loyer',
    dayOfMonth: tomorrow,
    timezone: 'Europe/Paris',
  },
});

const WORDS = {
  fr: {
    settings: 'Réglages',
    close: 'Fermer',
    month: 'Mois',
    capture: 'Saisie',
    actions: /^Actions\s:\sNote vocale/,
    typed: ['4,20 € de café', '17 € de fleurs', 'taxi hier', 'blah blah', '6 € de croissants'],
    monthly: 'Spotify 10,99 € tous les mois',
    setBudget: /^Modifier le budget\s:\sRestaurant$/,
    alerts: 'Alertes de budget',
    rules: 'Dépenses récurrentes',
  },
  en: {
    settings: 'Settings',
    close: 'Close',
    month: 'Month',
    capture: 'Capture',
    actions: /^Actions:\sVoice note/,
    typed: ['4.20 euros coffee', '17 euros flowers', 'taxi yesterday', 'blah blah', '6 euros croissants'],
    monthly: 'Spotify 10.99 euros every month',
    setBudget: /^Change the budget:\sDining$/,
    alerts: 'Budget alerts',
    rules: 'Recurring expenses',
  },
};

const BANK = {
  fr: {
    previous: 'Mois précédent',
    next: 'Mois suivant',
    account: 'Compte (facultatif)',
    card: 'Carte',
    mapped: 'Importer avec ces colonnes',
    details: 'Voir le détail',
  },
  en: {
    previous: 'Previous month',
    next: 'Next month',
    account: 'Account (optional)',
    card: 'Card',
    mapped: 'Import with these columns',
    details: 'Show details',
  },
};
// Last month's statement (the fixture's days, in last month) and a card's CSV of columns no bank uses.
const LAST_MONTH = lastMonth.toISOString().slice(0, 7);
const CAMT = readFileSync(
  fileURLToPath(new URL('../fixtures/statements/camt053-v02-month.template.xml', import.meta.url)),
  'utf8',
).replaceAll('__MONTH__', LAST_MONTH);
const CSV = `Quand,Quoi,Combien,Monnaie\n10/${LAST_MONTH.slice(5)}/${LAST_MONTH.slice(0, 4)},Boulangerie Paul,-7.00,EUR\n`;

/** An export with one good row and one the server refuses, for the import's result. */
const exportFile = (lang: 'fr' | 'en') =>
  JSON.stringify({
    app: 'voicetrack',
    version: 1,
    exportedAt: now.toISOString(),
    expenses: [
      {
        clientId: crypto.randomUUID(),
        amount: '15.00',
        currency: 'EUR',
        category: 'leisure',
        description: lang === 'fr' ? 'Cinéma' : 'Cinema',
        date: now.toISOString().slice(0, 10),
        transcript: null,
        source: 'text',
        status: 'saved',
      },
      { clientId: 'not-a-uuid', amount: 'ten', currency: 'EUR' },
    ],
  });

/** The toast's × (it would hide the screens after it). */
async function dismissToast(page: Page) {
  const close = page.locator('.toast-close');
  if (await close.count()) await close.click();
}

async function typeAndWait(app: CapturePage, text: string) {
  await app.typedInput.fill(text);
  await app.typedInput.press('Enter');
  await app.page.locator('.toast').waitFor({ timeout: 30_000 });
}

/**
 * Last month against the bank: a CAMT.053 picked in « Relevé bancaire », a CSV whose columns are
 * asked for (an account of its own per language: a mapping is remembered per account), then the
 * « Rapprochement » view open. Back to this month after.
 */
async function shootBank(page: Page, lang: 'fr' | 'en', shot: (name: string) => Promise<unknown>) {
  const b = BANK[lang];
  const picker = page.locator('input[type="file"][accept*=".ofx"]');
  await page.getByRole('button', { name: b.previous }).click();
  await picker.setInputFiles({ name: 'releve.xml', mimeType: 'application/xml', buffer: Buffer.from(CAMT) });
  await page.locator('.statement [role="status"]').filter({ hasText: /\d/ }).waitFor();
  await page.getByLabel(b.account).fill(b.card);
  await picker.setInputFiles({ name: 'carte.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.locator('form.mapping').scrollIntoViewIfNeeded();
  await shot('statement-mapping');
  await page.getByRole('button', { name: b.mapped }).click();
  await page.locator('form.mapping').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: b.details }).click();
  await page.locator('.reconciliation').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await shot('reconciliation');
  await page.getByRole('button', { name: b.next }).click();
  // The next language imports the same files: taken back, its pass starts from the same state.
  // Kept, its CAMT.053 was all duplicates, and its card's CSV (under another account, so that its
  // columns are asked again) brought a second line for the bread, paired with this one's already:
  // « to add » in English where French showed it paired.
  for (const { id } of (await (await api.statements.$get()).json()).statements)
    await api.statements[':id'].$delete({ param: { id } });
}

async function shootEveryScreen(app: CapturePage, shot: (name: string) => Promise<unknown>) {
  const { page, lang } = app;
  const w = WORDS[lang];
  const top = () => page.evaluate(() => window.scrollTo(0, 0));

  await app.recordButton.click();
  await app.stopButton.waitFor();
  await page.waitForTimeout(1500);
  await shot('recording');
  await app.stopButton.click();
  await app.recordButton.waitFor();
  // No transcription on this server: the note waits, and says why.
  const waiting = page.locator('[data-note-state="awaiting_transcription"]').first();
  await waiting.waitFor({ timeout: 30_000 });
  await top();
  await shot('pending');
  await waiting.getByRole('button', { name: w.actions }).click();
  await page.getByRole('menu').waitFor();
  await shot('note-menu');
  await page.keyboard.press('Escape');

  await page.context().setOffline(true);
  await app.typedInput.fill(w.typed[0] as string);
  await app.typedInput.press('Enter');
  // Offline, the typed words are read on the phone: an unsent expense (or a note that waits).
  await page
    .locator('[data-unsent], [data-note-state="recorded"], [data-note-state="waiting"]')
    .first()
    .waitFor();
  await top();
  await shot('offline');
  await page.context().setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.locator('.toast').waitFor({ timeout: 30_000 });
  await top();
  await shot('toast');

  await page.getByRole('button', { name: w.settings, exact: true }).click();
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(200);
  await shot('settings');
  await page.getByRole('checkbox', { name: /Confirmer avant|Confirm before/ }).check();
  await page.getByRole('dialog').getByRole('button', { name: w.close }).click();
  await typeAndWait(app, w.typed[1] as string);
  await page.locator('.confirm-card').first().scrollIntoViewIfNeeded();
  await shot('confirm');
  await page.getByRole('button', { name: w.settings, exact: true }).click();
  await page.getByRole('checkbox', { name: /Confirmer avant|Confirm before/ }).uncheck();
  await page.getByRole('dialog').getByRole('button', { name: w.close }).click();

  await typeAndWait(app, w.typed[2] as string);
  await typeAndWait(app, w.typed[3] as string);
  await page.locator('.review').scrollIntoViewIfNeeded();
  await shot('review');
  await dismissToast(page);

  await page.locator('.day .expense-button').first().click();
  await page.getByRole('dialog').waitFor();
  await shot('edit');
  await page.keyboard.press('Escape');

  await typeAndWait(app, w.monthly);
  await page.locator('.recurring-offer').waitFor({ timeout: 30_000 });
  await top();
  await shot('recurring-offer');
  await dismissToast(page);

  // Dining at its warning (the typed notes before this made it 16,70 € in French, 20,90 € after).
  await stack.api.budgets[':category'].$put({
    param: { category: 'dining' },
    json: { amount: lang === 'fr' ? '20.00' : '25.00', currency: 'EUR' },
  });
  await page.getByRole('button', { name: w.month }).click();
  await page.locator('.month').waitFor();
  await page.getByRole('progressbar').first().waitFor();
  await page.waitForTimeout(300);
  await shot('month');
  await page.locator('#by-category').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await shot('budgets');
  await page.getByRole('button', { name: w.setBudget }).click();
  await page.locator('.budget-form').scrollIntoViewIfNeeded();
  await shot('budget-form');
  await page.keyboard.press('Escape');
  await page.locator('input[type="file"][accept^="application/json"]').setInputFiles({
    name: 'voicetrack.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exportFile(lang)),
  });
  await page.locator('.data > [role="status"]').waitFor();
  await dismissToast(page);
  await page.locator('.data').scrollIntoViewIfNeeded();
  await shot('data');
  await shootBank(page, lang, shot);
  await page.getByRole('button', { name: w.capture }).click();

  await page.getByRole('button', { name: w.settings, exact: true }).click();
  await page.getByRole('dialog').waitFor();
  await page.getByText(w.alerts, { exact: true }).click();
  await page.getByText(w.rules, { exact: true }).click();
  await page.locator('.rule-list').waitFor();
  await page.getByText(w.alerts, { exact: true }).scrollIntoViewIfNeeded();
  await shot('settings-money');
  await page.keyboard.press('Escape');
}

for (const lang of ['fr', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await newContext(browser, {
      stack,
      locale: lang === 'fr' ? 'fr-FR' : 'en-GB',
      colorScheme,
      viewport: { width: 390, height: 844 },
    });
    const app = new CapturePage(await context.newPage(), lang);
    await app.open(stack.url);
    await app.expenses().first().waitFor();
    const page: Page = app.page;
    const shot = (name: string) =>
      page.screenshot({ path: `${DOCS}screen-${lang}-${colorScheme}-${name}.png` });
    await page.screenshot({ path: `${DOCS}screen-${lang}-${colorScheme}.png` });
    if ((lang === 'fr' && colorScheme === 'light') || (lang === 'en' && colorScheme === 'dark')) {
      await shootEveryScreen(app, shot);
    }
    await context.close();
  }
}
await browser.close();
await closeSharedBrowsers();
await stack.stop();
console.log(`screenshots written to ${DOCS}`);
