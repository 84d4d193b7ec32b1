/**
 * `pnpm screenshots`: the main screen in French and English, light and dark, into docs/.
 * A few expenses are typed first so the list is not empty.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CapturePage, launchBrowser, startStack } from './support/harness.ts';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
execFileSync(
  fileURLToPath(new URL('../../web/node_modules/.bin/vite', import.meta.url)),
  ['build', '--logLevel', 'warn'],
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
  await fetch(`${stack.url}/api/text`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      text,
      clientId: crypto.randomUUID(),
      recordedAt: now.toISOString(),
      timezone: 'Europe/Paris',
      locale: 'fr-FR',
    }),
  });
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
    await app.page.screenshot({ path: `${DOCS}screen-${lang}-${colorScheme}.png` });
    await context.close();
  }
}
await browser.close();
await stack.stop();
console.log(`screenshots written to ${DOCS}`);
