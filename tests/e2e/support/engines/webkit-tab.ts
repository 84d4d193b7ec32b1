/**
 * The PhoneTab of WebKit (webkit.ts launches it): WebDriver classic commands over the session,
 * each element found as WebKit computes its role and name, among those drawn.
 */
import { sessionLost, WebDriverError, type WebDriverSession } from '../webdriver-client.ts';
import {
  chooseOption,
  type Name,
  nameMatches,
  type PhoneTab,
  type Role,
  viewport,
  waitFor,
} from './phone-tab.ts';

/** WebDriver's code points of the keys a flow presses. */
const KEYS = { Escape: '\uE00C' } as const;

/** Elements that may carry each role (WebKit then says which one they really have). */
const CANDIDATES: Record<Role, string> = {
  button: 'button, [role="button"], input[type="button"], input[type="submit"], summary',
  // (`type=""`: Preact empties the type of an input it reuses, a share's tick become its amount.)
  textbox:
    'input:not([type]), input[type=""], input[type="text"], input[type="search"], textarea, [role="textbox"]',
  link: 'a[href], [role="link"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"], [role="switch"]',
  combobox: 'select, [role="combobox"]',
  switch: '[role="switch"]',
  radio: 'input[type="radio"], [role="radio"]',
  dialog: 'dialog, [role="dialog"]',
  region: 'section, [role="region"]',
  menuitem: '[role="menuitem"]',
};

/** The phone's network on (`true`) or off: webkit.ts's driver, in its namespace. */
export interface NetworkSwitch {
  setNetwork(on: boolean): Promise<void>;
}

/** The tab of a MiniBrowser session: elements found by WebKit's computed role and label, drawn. */
export function webkitTab(session: WebDriverSession, driver: NetworkSwitch): PhoneTab {
  const localName = (element: string) =>
    session.execute<string>('return arguments[0].localName;', [session.ref(element)]);
  // Drawn, as Playwright's role queries and Firefox's accessibility tree only see an element that
  // is: WebKit computes a role and a name for one inside a closed <dialog> or a display: none too
  // (the edit dialog's fields are in the page a moment before its showModal(), in an effect),
  // where a tap or a clear answers « element not interactable ». (Not WebDriver's « displayed »,
  // which says no for the app's ticks and radios drawn over an input of opacity 0.)
  const drawn = (element: string) =>
    session.execute<boolean>(
      'const e = arguments[0]; return e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden";',
      [session.ref(element)],
    );
  const find = async (role: Role, name: Name, within?: string): Promise<string | null> => {
    // Within a region: the candidates inside it only.
    const region = within === undefined ? null : await find('region', within);
    if (within !== undefined && region === null) return null;
    const query =
      region === null ? session.findAll(CANDIDATES[role]) : session.findAllIn(region, CANDIDATES[role]);
    // A list redrawn while it is read: an element of the answer is gone before its handle is made.
    const elements = await query.catch((error: unknown) => {
      if (error instanceof WebDriverError && error.code === 'stale element reference') return null;
      throw error;
    });
    if (elements === null) return null;
    for (const element of elements) {
      try {
        const label = await session.computedLabel(element);
        if (!nameMatches(label, name)) continue;
        const computed = await session.computedRole(element);
        const hasRole =
          computed === role ||
          // A disclosure's <summary> (« Household » in the settings), tapped as a button: WebKit
          // computes no ARIA role for it ("").
          (role === 'button' && computed === '' && (await localName(element)) === 'summary') ||
          // A native <select> (« Paid by »), a combobox in Chromium's and Firefox's trees: WebKit
          // computes the pop-up button it draws ("button").
          (role === 'combobox' && computed === 'button' && (await localName(element)) === 'select');
        if (hasRole && (await drawn(element))) return element;
      } catch (error) {
        // Gone from the page between the questions: not this one. (A lost session is no element's.)
        if (sessionLost(error)) throw error;
      }
    }
    return null;
  };
  return {
    engine: 'webkit',
    goto: (url) => session.navigate(url),
    reload: () => session.refresh(),
    url: () => session.currentUrl(),
    evaluate: async <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) => {
      const answer = await session.executeAsync<{ ok: T } | { error: string }>(
        `const done = arguments[arguments.length - 1];
         Promise.resolve().then(() => (${fn.toString()})(arguments[0]))
           .then((ok) => done({ ok }), (e) => done({ error: String(e && e.stack || e) }));`,
        [arg ?? null],
      );
      if ('error' in answer) throw new Error(`in WebKit: ${answer.error}`);
      return answer.ok;
    },
    has: async (role, name) => (await find(role, name)) !== null,
    // As Playwright's actionability: an element covered for now (a toast over a row) or not yet
    // interactable is tried again until it can take the click, as a person waits for the toast.
    click: (role, name, options = {}) =>
      waitFor(`${role} ${String(name)} to take a click`, async () => {
        const element = await find(role, name, options.within);
        if (!element) return null;
        try {
          await session.click(element);
          return true;
        } catch (error) {
          if (error instanceof WebDriverError && /intercepted|not interactable|stale/.test(error.code)) {
            // WebKit's click scrolls the page, not a modal dialog's own scroll box: a button a
            // message pushed below the dialog's fold (« Save » under « Invalid currency ») is
            // brought into it in the page, as a person's finger scrolls the dialog, and tried again.
            if (error.code === 'element not interactable')
              await session
                .execute('arguments[0].scrollIntoView({ block: "center" });', [session.ref(element)])
                .catch(() => {});
            return null;
          }
          throw error;
        }
      }).then(() => {}),
    // As Playwright's fill and Firefox's tab: the box found drawn, then emptied once it takes it (a
    // modal dialog still over it makes it inert: « not interactable », tried again).
    fill: async (name, text, options = {}) => {
      const box = await waitFor(`textbox "${name}" to take a clear`, async () => {
        const found = await find('textbox', name);
        if (!found) return null;
        try {
          await session.clear(found);
          return found;
        } catch (error) {
          if (error instanceof WebDriverError && /not interactable|stale/.test(error.code)) return null;
          throw error;
        }
      });
      // Cleared already: nothing to type (WebDriver's send keys wants at least one).
      if (text !== '' || options.enter) await session.sendKeys(box, options.enter ? `${text}\uE007` : text);
    },
    select: async (name, option) => {
      await waitFor(`select ${name} to pick "${option}" in`, async () => {
        const select = await find('combobox', name);
        if (!select) return null;
        const chosen = await session.execute<boolean>(
          `return (${chooseOption.toString()})(arguments[0], arguments[1]);`,
          [session.ref(select), option],
        );
        return chosen || null;
      });
    },
    press: (key) => session.pressKey(KEYS[key]),
    // WebKit names a file field as a button, its label then « Choose File » (« Import a statement
    // Choose File »): it is found by its label's text, as the person reads it. WebDriver classic:
    // the path's keys sent to the field choose the file (no interactability check for a file
    // field, so its visually hidden input takes them).
    upload: async (name, path) => {
      const field = await waitFor(`file field "${name}"`, async () => {
        for (const element of await session.findAll('input[type="file"]')) {
          const label = await session.execute<string>('return arguments[0].labels[0]?.textContent ?? "";', [
            session.ref(element),
          ]);
          if (nameMatches(label, name)) return element;
        }
        return null;
      });
      await session.sendKeys(field, path);
    },
    setOffline: async (offline) => {
      await driver.setNetwork(!offline);
      // WebKit reads the monitor's change a moment later (its NetworkStateNotifier waits ~2 s).
      await waitFor(`navigator.onLine ${!offline}`, async () => {
        const online = await session.execute<boolean>('return navigator.onLine;').catch((error: unknown) => {
          if (sessionLost(error)) throw error;
          return null;
        });
        return online === !offline ? true : null;
      });
    },
    screenshot: () => session.screenshot(),
    // WebDriver sizes the window, its frame included: set once, then again by what the page got.
    resize: async (width, height) => {
      const inner = () => session.execute<{ width: number; height: number }>(`return (${viewport})();`);
      await session.setWindowSize(width, height);
      const got = await inner();
      await session.setWindowSize(2 * width - got.width, 2 * height - got.height);
      return inner();
    },
    close: () => session.close(),
  };
}
