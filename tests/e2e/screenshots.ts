/**
 * `pnpm screenshots`: the capture screen in French and English, light and dark, and each other
 * screen (recording, pending offline, confirm card and settings, edit, month) in French light
 * and English dark, into docs/. A few expenses are typed first so the lists are not empty.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { apiAt, textNote } from '../support/edge-app.ts';
import { CapturePage, launchBrowser, startStack } from './support/harness.ts';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
execFileSync(
  fileURLToPath(new URL('../../web/node_modules/.bin/vite', import.meta.url)),
  ['build', '--configLoader', 'runner', '--logLevel', 'warn'],
  {
    cwd: fileURLToPath(new URL('../../web/', import.meta.url)),
    env: { ...process.env, NODE_ENV: 'production' },
  },
);

const stack = await startStack();
const browser = await launchBrowser();
const now = new Date();
for (const text of [
  '12,50 € au resto ce midi',
  '8 € de pain et 23 € de fromage',
  'hier 45 euros de train',
  'Netflix 9,99 €',
]) {
  await apiAt(stack.url).text.$post({ json: textNote(text, { recordedAt: now.toISOString() }) });
}
for (const lang of ['fr', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      locale: lang === 'fr' ? 'fr-FR' : 'en-GB',
      colorScheme,
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      permissions: ['microphone'],
      timezoneId: 'Europe/Paris',
    });
    const app = new CapturePage(await context.newPage(), lang);
    await app.open(stack.url);
    await app.expenses().first().waitFor();
    const page = app.page;
    const shot = (name: string) =>
      page.screenshot({ path: `${DOCS}screen-${lang}-${colorScheme}-${name}.png` });
    await page.screenshot({ path: `${DOCS}screen-${lang}-${colorScheme}.png` });
    if ((lang === 'fr' && colorScheme === 'light') || (lang === 'en' && colorScheme === 'dark')) {
      await app.recordButton.click();
      await app.stopButton.waitFor();
      await page.waitForTimeout(1500);
      await shot('recording');
      await app.stopButton.click();
      await app.recordButton.waitFor();

      await context.setOffline(true);
      await app.typedInput.fill(lang === 'fr' ? '4,20 € de café' : '4.20 euros coffee');
      await app.typedInput.press('Enter');
      await app.pendingNotes().first().waitFor();
      await shot('offline');
      await context.setOffline(false);
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await app.pendingNotes().first().waitFor({ state: 'detached', timeout: 30_000 });

      await page.getByText(lang === 'fr' ? 'Réglages' : 'Settings').click();
      await page.getByRole('checkbox').check();
      await app.typedInput.fill(lang === 'fr' ? '17 € de fleurs' : '17 euros flowers');
      await app.typedInput.press('Enter');
      await page.locator('.confirm-card').first().waitFor({ timeout: 30_000 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot('confirm');
      await page.getByRole('checkbox').uncheck();

      await app.expenses().last().getByRole('button').first().click();
      await page.getByRole('dialog').waitFor();
      await shot('edit');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: lang === 'fr' ? 'Mois' : 'Month' }).click();
      await page.locator('.month').waitFor();
      await page.waitForTimeout(300);
      await shot('month');
    }
    await context.close();
  }
}
await browser.close();
await stack.stop();
console.log(`screenshots written to ${DOCS}`);
