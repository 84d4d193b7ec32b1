/**
 * Firefox ESR (Debian's `firefox-esr`) driven by puppeteer-core over WebDriver BiDi, no extra
 * driver. Its profile is made per phone: an NSS database that trusts the run's CA (the real trust
 * path, as a person importing a root), the phone's network as its proxy, and the fake media
 * devices (`media.navigator.streams.fake`: a tone for a microphone, no permission prompt).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import type { PhoneNetwork } from '../phone-network.ts';
import { testCa } from '../test-ca.ts';
import { type Name, nameMatches, type PhoneTab, type Role, waitFor } from './phone-tab.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxPhone {
  browser: Browser;
  tab: PhoneTab;
  close(): Promise<void>;
}

/** A Firefox phone on `network`, in `locale`, its first tab ready. */
export async function launchFirefox(network: PhoneNetwork, locale = 'fr-FR'): Promise<FirefoxPhone> {
  const profile = mkdtempSync(join(tmpdir(), 'vt-e2e-firefox-'));
  testCa().trustIn(profile);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    env: { ...process.env, TZ: 'Europe/Paris' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': network.port,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': network.port,
      'media.navigator.streams.fake': true,
      'media.navigator.permission.disabled': true,
      'intl.accept_languages': `${locale},${locale.slice(0, 2)}`,
    },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  return {
    browser,
    tab: firefoxTab(page),
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const ariaSelector = (role: Role, name?: string) =>
  name === undefined
    ? `::-p-aria([role="${role}"])`
    : `::-p-aria([name="${name.replace(/["\\]/g, '\\$&')}"][role="${role}"])`;

/**
 * The element with this role (Firefox's accessibility tree) and name. A pattern cannot be asked of
 * the tree: among the role's elements, the name is then read as ARIA computes it for these rows
 * (aria-label, else the text without what is aria-hidden).
 */
async function find(page: Page, role: Role, name: Name, within?: string): Promise<ElementHandle | null> {
  // Within a region: the query asked of its subtree only.
  const root: Page | ElementHandle | null = within === undefined ? page : await find(page, 'region', within);
  if (!root) return null;
  if (typeof name === 'string') {
    const found = (await root.$$(ariaSelector(role, name)))[0];
    return found ?? (role === 'button' ? summaryNamed(page, name) : null);
  }
  for (const handle of await root.$$(ariaSelector(role))) {
    const label = await handle.evaluate((el) => {
      if (el.hasAttribute('aria-label')) return el.getAttribute('aria-label') ?? '';
      const copy = el.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return copy.textContent ?? '';
    });
    if (nameMatches(label, name)) return handle;
  }
  return null;
}

/**
 * A disclosure's `<summary>` (« Foyer » in the settings), which a person taps as a button: Firefox's
 * tree gives it a role of its own (not "button"), so the ARIA query misses it; found by its text.
 */
async function summaryNamed(page: Page, name: string) {
  for (const handle of await page.$$('summary')) {
    if (nameMatches(await handle.evaluate((el) => el.textContent ?? ''), name)) return handle;
  }
  return null;
}

export function firefoxTab(page: Page): PhoneTab {
  return {
    engine: 'firefox',
    goto: async (url) => {
      await page.goto(url);
    },
    reload: async () => {
      await page.reload();
    },
    url: async () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    has: async (role, name) => (await find(page, role, name)) !== null,
    click: async (role, name, options = {}) => {
      const element = await waitFor(`${role} ${String(name)}`, () => find(page, role, name, options.within));
      await element.click();
    },
    fill: async (name, text, options = {}) => {
      await page.locator(ariaSelector('textbox', name)).setTimeout(15_000).fill(text);
      if (options.enter) await page.keyboard.press('Enter');
    },
    upload: async (name, path) => {
      // A file field has no role of its own in the tree (Firefox makes it a group with a button):
      // it is found by the text of its label, as the person reads it.
      const field = await waitFor(`file field "${name}"`, async () => {
        for (const handle of await page.$$('input[type="file"]')) {
          const label = await handle.evaluate(
            (el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '',
          );
          if (nameMatches(label, name)) return handle;
        }
        return null;
      });
      await field.uploadFile(path);
    },
    setOffline: (offline) => page.setOfflineMode(offline),
    close: () => page.close(),
  };
}
