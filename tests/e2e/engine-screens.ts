/**
 * `SHOTS_DIR=/tmp/x pnpm tsx tests/e2e/engine-screens.ts [firefox|webkit]...`: the main screens at
 * a phone's size (390×844; WebKit's MiniBrowser is 447 px wide at least) in Firefox and WebKit
 * (Safari's engine), French light and English dark (WebKit: English, light and dark),
 * as deployed (Caddy, pairing required), to look at beside `pnpm screenshots`' Chromium ones: the
 * list with rows to review and a movement that is no expense, the edit dialog, the month and its
 * budgets, the settings. Pictures to read, never the README's.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textNote } from '../support/edge-app.ts';
import { CaptureScreen, type Lang } from './support/engines/capture-screen.ts';
import { launchFirefox } from './support/engines/firefox.ts';
import { waitFor } from './support/engines/phone-tab.ts';
import { launchWebKit } from './support/engines/webkit.ts';
import { closeSharedBrowsers } from './support/harness.ts';
import { type Stack, startStack } from './support/stack.ts';

const DIR = process.env.SHOTS_DIR;
if (!DIR) {
  console.error('SHOTS_DIR names the folder the pictures go into');
  process.exit(1);
}
const SIZE = { width: 390, height: 844 };
const SAID: Record<Lang, string[]> = {
  fr: [
    '12,50 € au resto ce midi',
    '8 € de pain et 23 € de fromage',
    'hier 45 euros de train',
    'Netflix 9,99 €',
  ],
  en: [
    '12.50 euros for lunch today',
    '8 euros bread and 23 euros cheese',
    'yesterday 45 euros train',
    'Netflix 9.99 euros',
  ],
};
const TYPED: Record<Lang, string[]> = {
  fr: ['taxi hier', 'blah blah', 'Paul m’a remboursé 20 €'],
  en: ['taxi yesterday', 'blah blah', 'Paul paid me back 20 euros'],
};
const WORDS = {
  fr: { settings: 'Réglages', close: 'Fermer', month: 'Mois', capture: 'Saisie', edit: /^Modifier\s:/ },
  en: { settings: 'Settings', close: 'Close', month: 'Month', capture: 'Capture', edit: /^Edit:/ },
};

interface Shooter {
  app: CaptureScreen;
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

async function open(
  engine: 'firefox' | 'webkit',
  stack: Stack,
  lang: Lang,
  scheme: 'light' | 'dark',
): Promise<Shooter> {
  const network = await (stack.deployment as NonNullable<Stack['deployment']>).phoneNetwork();
  const locale = lang === 'fr' ? 'fr-FR' : 'en-IE';
  const file = (name: string) => join(DIR as string, `${engine}-${lang}-${scheme}-${name}.png`);
  if (engine === 'firefox') {
    const phone = await launchFirefox(network, locale, scheme);
    const [page] = await phone.browser.pages();
    await page?.setViewport(SIZE);
    // Under tsx, esbuild wraps named functions in a `__name` helper that the page lacks
    // (fake-speech.ts does the same for Chromium).
    await page?.evaluateOnNewDocument('globalThis.__name ??= (target) => target;');
    return {
      app: new CaptureScreen(phone.tab, lang),
      shot: async (name) => {
        await page?.screenshot({ path: file(name) });
      },
      close: () => phone.close(),
    };
  }
  const phone = await launchWebKit(network, scheme === 'dark' ? { GTK_THEME: 'Adwaita:dark' } : {});
  // The window's outer size, its frame included: set again by what the page was given.
  await phone.session.setWindowSize(SIZE.width, SIZE.height);
  const [w, h] = await phone.session.execute<[number, number]>('return [innerWidth, innerHeight];');
  await phone.session.setWindowSize(2 * SIZE.width - w, 2 * SIZE.height - h);
  const tab = phone.tab;
  return {
    app: new CaptureScreen(
      {
        ...tab,
        goto: async (url) => {
          await tab.goto(url);
          await phone.session.execute('globalThis.__name ??= (target) => target;');
        },
      },
      'en',
    ),
    shot: async (name) => writeFileSync(file(name), await phone.session.screenshot()),
    close: () => phone.close(),
  };
}

async function tour(engine: 'firefox' | 'webkit', lang: Lang, scheme: 'light' | 'dark') {
  const stack = await startStack({ GROQ_API_KEY: '' });
  for (const text of SAID[lang]) {
    await stack.api.text.$post({ json: textNote(text, { locale: lang === 'fr' ? 'fr-FR' : 'en-IE' }) });
  }
  await stack.api.budgets[':category'].$put({
    param: { category: 'groceries' },
    json: { amount: '25.00', currency: 'EUR' },
  });
  const shooter = await open(engine, stack, lang, scheme);
  const { app, shot } = shooter;
  const tab = app.tab;
  const w = WORDS[lang];
  try {
    await app
      .pair(await (stack.deployment as NonNullable<Stack['deployment']>).pairingLink('Téléphone'))
      .catch(async (error: unknown) => {
        await shot('not-paired');
        console.log(await app.text());
        throw error;
      });
    const size = await tab.evaluate(() => [
      innerWidth,
      innerHeight,
      matchMedia('(prefers-color-scheme: dark)').matches,
      navigator.language,
    ]);
    console.log(engine, lang, scheme, 'viewport', size);
    await shot('capture');
    for (const text of TYPED[lang]) {
      const before = (await app.rows()).length;
      await app.typeNote(text);
      await waitFor(`"${text}" answered`, async () =>
        (await app.text()).includes(text.slice(0, 8)) || (await app.rows()).length > before ? true : null,
      ).catch(() => null);
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    await tab.evaluate(() => window.scrollTo(0, 0));
    await shot('list-top');
    await tab.evaluate(() => window.scrollTo(0, 600));
    await shot('list');
    await tab.evaluate(() => window.scrollTo(0, 1200));
    await shot('list-more');
    await tab.click('button', w.edit);
    await new Promise((resolve) => setTimeout(resolve, 800));
    await shot('edit');
    await tab.evaluate(() =>
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
    );
    await tab.evaluate(() => {
      for (const d of document.querySelectorAll('dialog[open]')) (d as HTMLDialogElement).close();
    });
    await tab.click('button', w.month);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await shot('month');
    await tab.evaluate(() => document.querySelector('#by-category')?.scrollIntoView({ block: 'start' }));
    await shot('budgets');
    await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await shot('month-end');
    await tab.click('button', w.capture);
    await tab.click('button', w.settings);
    await new Promise((resolve) => setTimeout(resolve, 800));
    await shot('settings');
  } finally {
    await shooter.close();
    await stack.stop();
  }
}

// `firefox`, `webkit`, or one pass: `firefox:en:dark`.
const passes = (process.argv.slice(2).length ? process.argv.slice(2) : ['firefox', 'webkit']).flatMap(
  (arg) => {
    const [engine, lang, scheme] = arg.split(':') as ['firefox' | 'webkit', Lang?, ('light' | 'dark')?];
    return lang && scheme
      ? [[engine, lang, scheme] as const]
      : // MiniBrowser speaks the machine's locale (C: English), so WebKit's phone is the English one.
        engine === 'webkit'
        ? ([[engine, 'en', 'light'] as const, [engine, 'en', 'dark'] as const] as const)
        : ([[engine, 'fr', 'light'] as const, [engine, 'en', 'dark'] as const] as const);
  },
);
for (const [engine, lang, scheme] of passes) await tour(engine, lang, scheme);
await closeSharedBrowsers();
console.log(`engine screens written to ${DIR}`);
