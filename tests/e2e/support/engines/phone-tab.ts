/**
 * One phone's tab, whatever the engine under it: Chromium through playwright-core, Firefox ESR
 * through puppeteer-core (WebDriver BiDi), WebKitGTK's MiniBrowser through WebDriver classic. A
 * flow written against this (core-flows.ts) runs in all three.
 *
 * Elements are found as a person or a screen reader finds them, by role and accessible name, with
 * each engine's own accessibility computation: Playwright's role selectors, BiDi's accessibility
 * locator (Firefox's accessibility tree, firefox-bidi.ts), WebKit's computed role and label (WebDriver).
 */
import { appendFileSync } from 'node:fs';

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export type Role =
  | 'button'
  | 'textbox'
  | 'link'
  | 'heading'
  | 'checkbox'
  | 'combobox'
  | 'switch'
  | 'radio'
  | 'dialog'
  | 'region'
  | 'menuitem';
/** An exact accessible name, or a pattern for names that hold data (an expense's row). */
export type Name = string | RegExp;

/** Whether an accessible name, its spaces made plain, is `name`. */
export const nameMatches = (label: string, name: Name): boolean => {
  const plain = label.replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  return typeof name === 'string' ? plain === name : name.test(plain);
};

export interface PhoneTab {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  /** Runs `fn` in the page (it must not close over anything: it is sent as source). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Whether an element with this role and accessible name is there now. */
  has(role: Role, name: Name): Promise<boolean>;
  /**
   * Clicks the element with this role and name, waiting up to 15 s for it; with `within`, the one
   * inside the region (a landmark) of that name, as a person taps « Annuler » in the panel they
   * read and not in a toast above it.
   */
  click(role: Role, name: Name, options?: { within?: string }): Promise<void>;
  /** Replaces the text of the text box with this name, then presses Enter when `enter`. */
  fill(name: string, text: string, options?: { enter?: boolean }): Promise<void>;
  /**
   * Picks the option labelled `option` in the select (combobox) with this accessible name, as
   * Playwright's selectOption does in Chromium: the option selected, then `input` and `change`
   * (chooseOption, sent to Firefox and WebKit). A native select's list is the engine's own widget,
   * outside the page, which neither BiDi nor WebDriver classic can tap in.
   */
  select(name: string, option: string): Promise<void>;
  /** Presses a key (Escape) where the focus is, as a phone's keyboard or a switch control does. */
  press(key: 'Escape'): Promise<void>;
  /**
   * Picks the file at `path` (on this machine) in the file field whose label is `name`, as a person
   * picks one: Playwright's setInputFiles, BiDi's input.setFiles (Firefox), the
   * path's keys sent to the field (WebDriver classic).
   */
  upload(name: string, path: string): Promise<void>;
  /**
   * Airplane mode on (`true`) or off, resolved once the page says so (`navigator.onLine`): every
   * connection fails, the service worker's too, and the page gets its `offline`/`online` events.
   * Chromium and Firefox are set offline by their protocol; WebKit over WebDriver cannot be, so
   * its namespace loses its default route and its connections are dropped (webkit.ts), which
   * WebKit notices about 3 s later, as a phone does its network monitor's word.
   */
  setOffline(offline: boolean): Promise<void>;
  /** The page as the phone shows it now, a PNG (kept when a flow fails: failure-record.ts). */
  screenshot(): Promise<Uint8Array>;
  /**
   * The page's viewport made `width` × `height` CSS pixels, a phone's (390 × 844), as far as the
   * engine lets it: WebKitGTK's MiniBrowser window is 447 px wide at least. The size it now has.
   */
  resize(width: number, height: number): Promise<{ width: number; height: number }>;
  close(): Promise<void>;
}

/** Sent as source: the page's viewport, in CSS pixels. */
export const viewport = () => ({ width: innerWidth, height: innerHeight });

/**
 * Sent as source (Firefox, WebKit): selects the option labelled `label` (spaces made plain) of
 * `select`, then fires `input` and `change` as a person's pick does; false when there is no such
 * option or the select is disabled.
 */
export function chooseOption(select: HTMLSelectElement, label: string): boolean {
  const plain = (text: string) => text.replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  const option = [...select.options].find((o) => plain(o.label) === label);
  if (!option || select.disabled) return false;
  select.focus();
  option.selected = true;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** Polls `find` until it returns a value, or throws after `timeoutMs` naming `what`. */
export async function waitFor<T>(
  what: string,
  find: () => Promise<T | null>,
  timeoutMs = 15_000,
): Promise<T> {
  const started = performance.now();
  const deadline = Date.now() + timeoutMs;
  for (let tries = 1; ; tries++) {
    const found = await find();
    if (found !== null) {
      appendStepTime('-', 'waitFor', `${what} (${tries} tries)`, performance.now() - started);
      return found;
    }
    if (Date.now() > deadline) throw new Error(`not found within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * With `VT_E2E_STEP_TIMES=FILE` set, `tab` writing one line per call of its methods into FILE
 * (engine, method, what it was asked, milliseconds): where an engine's run spends its time. A
 * log to read, not an assertion. Without it, `tab` itself.
 */
export function withStepTimes(tab: PhoneTab): PhoneTab {
  if (!process.env.VT_E2E_STEP_TIMES) return tab;
  const timed =
    <A extends unknown[], R>(method: string, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const started = performance.now();
      try {
        return await call(...args);
      } finally {
        const asked = args
          .map((a) => (typeof a === 'function' ? a.toString().slice(0, 60) : describeArg(a)))
          .join(' ');
        appendStepTime(tab.engine, method, asked, performance.now() - started);
      }
    };
  return {
    engine: tab.engine,
    goto: timed('goto', tab.goto),
    reload: timed('reload', tab.reload),
    url: timed('url', tab.url),
    evaluate: timed('evaluate', tab.evaluate) as PhoneTab['evaluate'],
    has: timed('has', tab.has),
    click: timed('click', tab.click),
    fill: timed('fill', tab.fill),
    select: timed('select', tab.select),
    press: timed('press', tab.press),
    upload: timed('upload', tab.upload),
    setOffline: timed('setOffline', tab.setOffline),
    screenshot: timed('screenshot', tab.screenshot),
    resize: timed('resize', tab.resize),
    close: timed('close', tab.close),
  };
}

/** A step's argument as the log shows it: a name or a pattern, not an options object. */
const describeArg = (a: unknown): string =>
  a instanceof RegExp || (typeof a !== 'object' && a !== undefined) ? String(a) : '';

function appendStepTime(engine: string, step: string, asked: string, ms: number): void {
  const file = process.env.VT_E2E_STEP_TIMES;
  if (file) appendFileSync(file, `${engine}\t${step}\t${asked.replace(/\s+/g, ' ')}\t${Math.round(ms)}\n`);
}
