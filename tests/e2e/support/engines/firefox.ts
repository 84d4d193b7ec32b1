/**
 * Firefox ESR (Debian's `firefox-esr`) driven by puppeteer-core over WebDriver BiDi, no extra
 * driver. Its profile is made per phone: an NSS database that trusts the run's CA (the real trust
 * path, as a person importing a root), the phone's network as its proxy, and the fake media
 * devices (`media.navigator.streams.fake`: a tone for a microphone, no permission prompt).
 * Controls are found and worked with BiDi commands of its own (firefox-bidi.ts).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { removeSoon } from '../../../support/run-tmpdir.ts';
import type { PhoneNetwork } from '../phone-network.ts';
import { testCa } from '../test-ca.ts';
import { FirefoxBidi, type LabelSource, type NodeRef } from './firefox-bidi.ts';
import { watchFirefox } from './firefox-lost.ts';
import { type Name, nameMatches, type PhoneTab, type Role, viewport, waitFor } from './phone-tab.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxPhone {
  /** The Firefox now under the tab (another after a relaunch). */
  readonly browser: Browser;
  tab: PhoneTab;
  /** Whether its Firefox ended or its connection closed (firefox-lost.ts kept why). */
  lost(): boolean;
  /** A new Firefox (a new profile: its storage empty) under the same tab, at the tab's last size. */
  relaunch(): Promise<void>;
  close(): Promise<void>;
}

/** A Firefox on `network`, in `locale`, with a profile of its own; its first tab. */
async function startFirefox(network: PhoneNetwork, locale: string, colorScheme: 'light' | 'dark') {
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
      // The page's prefers-color-scheme, whatever the machine's theme (0 dark, 1 light).
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
    },
  });
  const watch = watchFirefox(browser);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const tab = firefoxTab(page, await FirefoxBidi.of(browser));
  const stop = async () => {
    await browser.close().catch(() => {});
    removeSoon(profile);
  };
  return { browser, watch, tab, stop };
}

/**
 * A Firefox phone on `network`, in `locale`, its first tab ready. `flow` names the flow running:
 * a step that fails once its Firefox is lost (crashed, killed) keeps its output and end in the
 * failures folder and says where (firefox-lost.ts); `relaunch()` then starts another under the
 * same tab.
 */
export async function launchFirefox(
  network: PhoneNetwork,
  locale = 'fr-FR',
  colorScheme: 'light' | 'dark' = 'light',
  flow: () => string = () => 'firefox',
): Promise<FirefoxPhone> {
  let current = await startFirefox(network, locale, colorScheme);
  let size: [number, number] | null = null;
  // Each step asks the Firefox current when it is called (withStepTimes keeps the functions got
  // once); its failure, once that Firefox is lost, says so.
  const tab = new Proxy({} as PhoneTab, {
    get: (_, key: keyof PhoneTab) => {
      if (key === 'engine') return 'firefox';
      return async (...args: unknown[]) => {
        const { tab: now, watch } = current;
        if (key === 'resize') size = args as [number, number];
        try {
          return await (now[key] as (...a: unknown[]) => Promise<unknown>)(...args);
        } catch (error) {
          throw watch.explain(error, flow());
        }
      };
    },
  });
  return {
    get browser() {
      return current.browser;
    },
    tab,
    lost: () => current.watch.lost(),
    relaunch: async () => {
      await current.stop();
      current = await startFirefox(network, locale, colorScheme);
      if (size) await tab.resize(...size);
    },
    close: () => current.stop(),
  };
}

/**
 * The element with this role (Firefox's accessibility tree) and name, within the region (a
 * landmark) named `within` when given. A pattern cannot be asked of the tree: among the role's
 * elements, the name is then read as ARIA computes it for these rows (aria-label, else the text
 * without what is aria-hidden).
 */
async function find(bidi: FirefoxBidi, role: Role, name: Name, within?: string): Promise<NodeRef | null> {
  const root = within === undefined ? undefined : await find(bidi, 'region', within);
  if (root === null) return null;
  if (typeof name === 'string') {
    const [found] = await bidi.locate({ type: 'accessibility', value: { role, name } }, root, 1);
    return found ?? (role === 'button' ? named(bidi, { type: 'css', value: 'summary' }, name, 'text') : null);
  }
  return named(bidi, { type: 'accessibility', value: { role } }, name, 'aria', root);
}

/**
 * The first of the nodes `locator` finds whose label matches `name`. A disclosure's `<summary>`
 * (« Foyer » in the settings), which a person taps as a button, is found so by its text: Firefox's
 * tree gives it a role of its own (not "button"), so the role query misses it.
 */
async function named(
  bidi: FirefoxBidi,
  locator: Parameters<FirefoxBidi['locate']>[0],
  name: Name,
  source: LabelSource,
  root?: NodeRef,
): Promise<NodeRef | null> {
  const nodes = await bidi.locate(locator, root);
  const labels = await bidi.labels(nodes, source);
  return nodes[labels.findIndex((label) => nameMatches(label, name))] ?? null;
}

export function firefoxTab(page: Page, bidi: FirefoxBidi): PhoneTab {
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
    has: async (role, name) => (await find(bidi, role, name)) !== null,
    click: async (role, name, options = {}) => {
      // Found, and where a tap reaches it (a button in a dialog still sliding in is waited for). A
      // node drawn again between the look and the tap (the stop button as recording starts) is
      // gone when the pointer moves to it: the move fails before any press, so it is looked for
      // again and tapped once.
      await waitFor(`${role} ${String(name)} to tap`, async () => {
        const node = await find(bidi, role, name, options.within);
        if (!node || !(await bidi.readyToTap(node))) return null;
        try {
          await bidi.tap(node);
          return true;
        } catch (error) {
          if (goneBeforeThePress(error)) return null;
          throw error;
        }
      });
    },
    fill: async (name, text, options = {}) => {
      await waitFor(`text box ${name} to type in`, async () => {
        const box = await find(bidi, 'textbox', name);
        return box && (await bidi.focusEmptied(box)) ? true : null;
      });
      // Emptied already: nothing to type (an empty key sequence is no action).
      if (text !== '' || options.enter) await bidi.type(text, options.enter);
    },
    select: async (name, option) => {
      await waitFor(`select ${name} to pick "${option}" in`, async () => {
        const select = await find(bidi, 'combobox', name);
        return select && (await bidi.choose(select, option)) ? true : null;
      });
    },
    press: (key) => bidi.press(key),
    upload: async (name, path) => {
      // A file field has no role of its own in the tree (Firefox makes it a group with a button):
      // it is found by the text of its label, as the person reads it.
      const field = await waitFor(`file field "${name}"`, () =>
        named(bidi, { type: 'css', value: 'input[type="file"]' }, name, 'field'),
      );
      await bidi.setFiles(field, path);
    },
    setOffline: (offline) => page.setOfflineMode(offline),
    screenshot: () => page.screenshot(),
    resize: async (width, height) => {
      await page.setViewport({ width, height });
      return page.evaluate(viewport);
    },
    close: () => page.close(),
  };
}

/** The pointer's move found its node no longer drawn or no longer there: nothing was pressed. */
const goneBeforeThePress = (error: unknown): boolean =>
  /move target out of bounds|is not displayed|stale element|no such node/i.test(
    error instanceof Error ? error.message : String(error),
  );
