/**
 * `pnpm screenshots`: every screen at a phone's size (390×844) into docs/ — the capture screen in
 * French and English, light and dark; and in French light and English dark: a note offline, the
 * toast once it is sent, recording, a note that waits (with its reason), its menu, an expense to
 * confirm, what is left to review, the edit dialog, the month (with budgets: one fine, one at its
 * warning, one over, the total, and what is to come), a budget's form, the "every month?" card, the
 * settings and their money panels, an import's result, and last month against the bank (a CSV's
 * columns asked for, the « Rapprochement » view). As deployed (the paired setup the README
 * recommends: HTTPS behind Caddy, pairing required, each phone paired by its link). The server
 * has no transcription provider, so a voice note waits and says why; a few expenses are typed
 * first so the lists and the month's charts are not empty. Each language has a server of its own,
 * its expenses said in its words (an English screen showed « Fleurs » and « Cinéma », the French
 * pass's) and its bank's statement in its bank's words (an Irish bank's: « POS TESCO STORES »), and
 * its four capture screens taken on the same data before the tour; English is an Irish phone's
 * (en-IE): English words, the euro as its first currency, as the French one.
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
  type Stack,
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

// Whole tiles painted again each time: a tile painted in part kept a rounded corner's edge a shade
// off (f2f2ef, f1f1ef) from one run to the next.
const browser = await launchBrowser({ args: ['--disable-partial-raster'] });
const now = new Date();
const lastMonth = new Date(now);
lastMonth.setUTCDate(1);
lastMonth.setUTCMonth(now.getUTCMonth() - 1);
const dayOfLastMonth = (d: number) =>
  new Date(Date.UTC(lastMonth.getUTCFullYear(), lastMonth.getUTCMonth(), d, 11));
// The same expenses in each language: amounts, days and categories alike, so each language's
// month, budgets and bank view say the same numbers.
const SAID = {
  fr: [
    ['80 € de courses', lastMonth],
    // Seen on last month's statement (the reconciliation's screens).
    ['12,50 € au Petit Zinc', dayOfLastMonth(24)],
    ['Netflix 9,99 €', dayOfLastMonth(12)],
    ['7 € de pain', dayOfLastMonth(10)],
    ['12,50 € au resto ce midi', now],
    ['8 € de pain et 23 € de fromage', now],
    ['hier 45 euros de train', now],
    ['Netflix 9,99 €', now],
  ],
  en: [
    ['80 euros of groceries', lastMonth],
    ['12.50 euros at Petit Zinc', dayOfLastMonth(24)],
    ['Netflix 9.99 euros', dayOfLastMonth(12)],
    ['7 euros of bread', dayOfLastMonth(10)],
    ['12.50 euros for lunch today', now],
    ['8 euros bread and 23 euros cheese', now],
    ['yesterday 45 euros train', now],
    ['Netflix 9.99 euros', now],
  ],
} as const;
const LOCALE = { fr: 'fr-FR', en: 'en-IE' } as const;

async function seed(stack: Stack, lang: 'fr' | 'en') {
  for (const [text, at] of SAID[lang]) {
    await stack.api.text.$post({
      json: textNote(text, { recordedAt: at.toISOString(), locale: LOCALE[lang] }),
    });
  }
  // Budgets: groceries over (31 of 25), transport fine, the total; dining is set before the month's shots.
  for (const [category, amount] of [
    ['total', '150.00'],
    ['groceries', '25.00'],
    ['transport', '100.00'],
  ] as const) {
    await stack.api.budgets[':category'].$put({ param: { category }, json: { amount, currency: 'EUR' } });
  }
  // A rule still to come this month (none on its last day), and one made already.
  const tomorrow = Math.min(
    31,
    Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', day: 'numeric' }).format(now)) + 1,
  );
  await stack.api.recurring.$post({
    json: {
      amount: '850.00',
      currency: 'EUR',
      category: 'housing',
      description: lang === 'fr' ? 'Loyer' : 'Rent',
      dayOfMonth: tomorrow,
      timezone: 'Europe/Paris',
    },
  });
}

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
// Each language its own bank's words: the English pass showed « PRLV SEPA » and « CB CARREFOUR ».
const LAST_MONTH = lastMonth.toISOString().slice(0, 7);
const statement = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/statements/${file}`, import.meta.url)), 'utf8').replaceAll(
    '__MONTH__',
    LAST_MONTH,
  );
const CAMT = {
  fr: statement('camt053-v02-month.template.xml'),
  en: statement('camt053-v02-month-en-ie.template.xml'),
};
const CSV = {
  fr: `Quand,Quoi,Combien,Monnaie\n10/${LAST_MONTH.slice(5)}/${LAST_MONTH.slice(0, 4)},Boulangerie Paul,-7.00,EUR\n`,
  en: `When,What,How much,Currency\n10/${LAST_MONTH.slice(5)}/${LAST_MONTH.slice(0, 4)},Paul Bakery,-7.00,EUR\n`,
};

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

/**
 * Before a shot: the window scrolled to a whole pixel (scrollIntoView on a box at 1234.6 px left
 * the cards' edges antialiased a little differently from run to run) and two frames painted.
 */
async function settle(page: Page) {
  await page.evaluate(async () => {
    window.scrollTo(0, Math.round(window.scrollY));
    for (const el of document.querySelectorAll('dialog[open]')) el.scrollTop = Math.round(el.scrollTop);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

/** The toast's × (it would hide the screens after it). */
async function dismissToast(page: Page) {
  const close = page.locator('.toast-close');
  if (await close.count()) await close.click();
}

/** Types `text` and waits for its own answer's toast (not the one still shown for the note before). */
async function typeAndWait(app: CapturePage, text: string) {
  const toast = app.page.locator('.toast');
  const before = (await toast.count()) ? await toast.textContent() : null;
  await app.typedInput.fill(text);
  await app.typedInput.press('Enter');
  await toast.filter({ hasNotText: before ?? '\u0000' }).waitFor({ timeout: 30_000 });
}

/**
 * Last month against the bank: a CAMT.053 picked in « Relevé bancaire », a card's CSV whose columns
 * are asked for, then the « Rapprochement » view open. Back to this month after.
 */
async function shootBank(page: Page, lang: 'fr' | 'en', shot: (name: string) => Promise<unknown>) {
  const b = BANK[lang];
  const picker = page.locator('input[type="file"][accept*=".ofx"]');
  await page.getByRole('button', { name: b.previous }).click();
  await picker.setInputFiles({
    name: lang === 'fr' ? 'releve.xml' : 'statement.xml',
    mimeType: 'application/xml',
    buffer: Buffer.from(CAMT[lang]),
  });
  await page.locator('.statement [role="status"]').filter({ hasText: /\d/ }).waitFor();
  await page.getByLabel(b.account).fill(b.card);
  await picker.setInputFiles({
    name: lang === 'fr' ? 'carte.csv' : 'card.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV[lang]),
  });
  await page.locator('form.mapping').scrollIntoViewIfNeeded();
  await shot('statement-mapping');
  await page.getByRole('button', { name: b.mapped }).click();
  await page.locator('form.mapping').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: b.details }).click();
  await page.locator('.reconciliation').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await shot('reconciliation');
  await page.getByRole('button', { name: b.next }).click();
}

async function shootEveryScreen(
  stack: Stack,
  app: CapturePage,
  shot: (name: string, rule?: string) => Promise<unknown>,
) {
  const { page, lang } = app;
  const w = WORDS[lang];
  const top = () => page.evaluate(() => window.scrollTo(0, 0));

  // Offline first: the typed note read on the phone shows under « Dépenses », below the typed
  // field, with « Hors ligne » above (after the voice note, its card would push it off the screen).
  await page.context().setOffline(true);
  await app.typedInput.fill(w.typed[0] as string);
  await app.typedInput.press('Enter');
  // The note, then, where the phone reads it, its unsent expense: one run shot the note « Ready to
  // send » and the next the expense. The reading given five seconds; the French one never came.
  await page
    .locator('[data-unsent], [data-note-state="recorded"], [data-note-state="waiting"]')
    .first()
    .waitFor();
  await page
    .locator('[data-unsent]')
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => undefined);
  await top();
  await shot('offline');
  await page.context().setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.locator('.toast').waitFor({ timeout: 30_000 });
  await top();
  await shot('toast');
  await dismissToast(page);

  await app.recordButton.click();
  await app.stopButton.waitFor();
  // The timer at 0:01, the meter at one level (the voice's level at the moment of the shot differed
  // from run to run), then stopped by the page itself as the timer turns 0:02: the note says « 2 s »
  // each run (stopped after a fixed wait, it said 2 s or 3 s).
  await page.locator('.timer').filter({ hasText: '0:01' }).waitFor();
  await shot('recording', '.meter-fill { transform: scaleX(0.45) !important; }');
  await page.waitForFunction(
    () => {
      if (document.querySelector('.timer')?.textContent !== '0:02') return false;
      document.querySelector<HTMLButtonElement>('.record.is-recording')?.click();
      return true;
    },
    undefined,
    { polling: 'raf' },
  );
  await app.recordButton.waitFor();
  // No transcription on this server: the note waits, and says why.
  const waiting = page.locator('[data-note-state="awaiting_transcription"]').first();
  await waiting.waitFor({ timeout: 30_000 });
  await top();
  await shot('pending');
  await waiting.getByRole('button', { name: w.actions }).click();
  await page.getByRole('menu').waitFor();
  // Shot once the page has scrolled to the open menu and painted it: taken at once, one run
  // caught the card before its menu, the top half of the screen not painted yet.
  await page.getByRole('menu').scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await shot('note-menu');
  await page.keyboard.press('Escape');

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
  // What is left: the words understood as no expense (their card), then « À vérifier » under it.
  await dismissToast(page);
  await page.locator('.note-empty').evaluate((e) => {
    e.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -16);
  });
  await shot('review');

  await page.locator('.day .expense-button').first().click();
  await page.getByRole('dialog').waitFor();
  await shot('edit');
  await page.keyboard.press('Escape');

  await typeAndWait(app, w.monthly);
  await page.locator('.recurring-offer').waitFor({ timeout: 30_000 });
  // The card alone: the toast's « Enregistrée » would sit over the typed field below it.
  await dismissToast(page);
  await top();
  await shot('recurring-offer');

  // Dining at its warning: the typed notes before this made it 16,70 € (83 %).
  await stack.api.budgets[':category'].$put({
    param: { category: 'dining' },
    json: { amount: '20.00', currency: 'EUR' },
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
  // The two panels from their top, the recurring rules whole below the alerts.
  await page.getByText(w.alerts, { exact: true }).evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await shot('settings-money');
  await page.keyboard.press('Escape');
}

// Per language: the capture screen light and dark on the same data first, then the tour in one
// of them (French light, English dark), which adds to the data.
for (const [lang, schemes] of [
  ['fr', ['dark', 'light']],
  ['en', ['light', 'dark']],
] as const) {
  const stack = await startStack({ GROQ_API_KEY: '' });
  await seed(stack, lang);
  for (const colorScheme of schemes) {
    // Reduced motion, which the app offers (base.css): no shot catches a transition midway.
    const context = await newContext(browser, {
      stack,
      locale: LOCALE[lang],
      colorScheme,
      reducedMotion: 'reduce',
      viewport: { width: 390, height: 844 },
    });
    const app = new CapturePage(await context.newPage(), lang);
    await app.open(stack.url);
    await app.expenses().first().waitFor();
    const page: Page = app.page;
    // `rule`: CSS for this shot only, put in the app's own sheet (the page's CSP refuses the <style>
    // that screenshot's `style` option adds: the meter kept its level with it).
    const shot = async (name: string, rule?: string) => {
      const sheet = (r: string | null) =>
        page.evaluate((r) => {
          const own = document.styleSheets[0];
          if (r === null) own?.deleteRule(0);
          else own?.insertRule(r, 0);
        }, r);
      if (rule) await sheet(rule);
      await settle(page);
      await page.screenshot({ path: `${DOCS}screen-${lang}-${colorScheme}-${name}.png` });
      if (rule) await sheet(null);
    };
    await settle(page);
    await page.screenshot({ path: `${DOCS}screen-${lang}-${colorScheme}.png` });
    if (colorScheme === schemes[1]) await shootEveryScreen(stack, app, shot);
    await context.close();
  }
  await stack.stop();
}
await browser.close();
await closeSharedBrowsers();
console.log(`screenshots written to ${DOCS}`);
