/**
 * WebKit as phones have it (Safari's engine): Debian's WebKitGTK MiniBrowser, driven by its
 * WebKitWebDriver over WebDriver classic, under Xvfb, with WebKit's mock capture devices for a
 * microphone. Its network is the phone's (MiniBrowser's `--proxy`).
 *
 * Trust: WebKitGTK verifies with GnuTLS against the system bundle only, so the driver (and the
 * browser it starts) runs in a mount namespace of its own where /etc/ssl/certs/ca-certificates.crt
 * is the machine's roots plus the run's CA (`unshare -m` as root, `unshare -rm` otherwise): the
 * certificate is verified as on a phone, nothing is told to accept errors, and the machine's
 * trust is untouched.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../caddy.ts';
import type { PhoneNetwork } from '../phone-network.ts';
import { testCa } from '../test-ca.ts';
import { newSession, WebDriverError, type WebDriverSession } from '../webdriver-client.ts';
import { type Name, nameMatches, type PhoneTab, type Role, waitFor } from './phone-tab.ts';

export const MINIBROWSER =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const SYSTEM_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

export interface WebKitPhone {
  session: WebDriverSession;
  tab: PhoneTab;
  close(): Promise<void>;
}

async function startDriver(): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const ns = process.getuid?.() === 0 ? ['unshare', '-m'] : ['unshare', '-r', '-m'];
  // sh: bind the bundle over the system's, then become the driver (argv after the script).
  const bind = 'mount --bind "$1" "$2" && shift 2 && exec "$@"';
  const command = [...ns, 'sh', '-c', bind, 'sh', testCa().systemBundle, SYSTEM_BUNDLE];
  const child = spawn('xvfb-run', ['-a', ...command, 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, TZ: 'Europe/Paris' },
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    'WebKitWebDriver',
    async () => {
      if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}):\n${log}`);
      const ready = await fetch(`${url}/status`).then(
        (r) => r.ok,
        () => false,
      );
      return ready ? true : null;
    },
    20_000,
  );
  return { url, process: child };
}

/** A WebKit phone on `network`: the driver, its MiniBrowser session, the tab. */
export async function launchWebKit(network: PhoneNetwork): Promise<WebKitPhone> {
  const driver = await startDriver();
  const stop = () => {
    try {
      if (driver.process.pid) process.kill(-driver.process.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  try {
    const session = await newSession(driver.url, {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: MINIBROWSER,
        args: [
          '--automation',
          '--enable-mock-capture-devices=true',
          '--enable-media-stream=true',
          `--proxy=${network.proxyUrl}`,
          '--time-zone=Europe/Paris',
        ],
      },
    });
    return {
      session,
      tab: webkitTab(session, network),
      close: async () => {
        await session.close().catch(() => {});
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Elements that may carry each role (WebKit then says which one they really have). */
const CANDIDATES: Record<Role, string> = {
  button: 'button, [role="button"], input[type="button"], input[type="submit"], summary',
  textbox: 'input:not([type]), input[type="text"], input[type="search"], textarea, [role="textbox"]',
  link: 'a[href], [role="link"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"], [role="switch"]',
  switch: '[role="switch"]',
  radio: 'input[type="radio"], [role="radio"]',
  dialog: 'dialog, [role="dialog"]',
};

export function webkitTab(session: WebDriverSession, network: PhoneNetwork): PhoneTab {
  const isSummary = async (element: string) =>
    (await session.execute<string>('return arguments[0].localName;', [session.ref(element)])) === 'summary';
  const find = async (role: Role, name: Name) => {
    for (const element of await session.findAll(CANDIDATES[role])) {
      try {
        const label = await session.computedLabel(element);
        if (!nameMatches(label, name)) continue;
        const computed = await session.computedRole(element);
        if (computed === role) return element;
        // A disclosure's <summary> (« Household » in the settings), tapped as a button: WebKit
        // computes no ARIA role for it ("").
        if (role === 'button' && computed === '' && (await isSummary(element))) return element;
      } catch {
        // Gone from the page between the two questions: not this one.
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
    click: (role, name) =>
      waitFor(`${role} ${String(name)} to take a click`, async () => {
        const element = await find(role, name);
        if (!element) return null;
        try {
          await session.click(element);
          return true;
        } catch (error) {
          if (error instanceof WebDriverError && /intercepted|not interactable|stale/.test(error.code))
            return null;
          throw error;
        }
      }).then(() => {}),
    fill: async (name, text, options = {}) => {
      const box = await waitFor(`textbox "${name}"`, () => find('textbox', name));
      await session.clear(box);
      await session.sendKeys(box, options.enter ? `${text}\uE007` : text);
    },
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
    setOffline: async (offline) => (offline ? network.cut() : network.restore()),
    close: () => session.close(),
  };
}
