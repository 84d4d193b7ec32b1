/**
 * WebDriver classic (W3C) spoken with fetch: the few commands the engine-neutral page object needs,
 * against a driver on loopback (WebKitWebDriver). No client library: each command is one request,
 * and an error answer is thrown with the driver's own words.
 */

export type ElementId = string;
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

export interface WebDriverSession {
  id: string;
  capabilities: Record<string, unknown>;
  navigate(url: string): Promise<void>;
  currentUrl(): Promise<string>;
  refresh(): Promise<void>;
  /** Runs `script` as a function body in the page; `arguments[i]` are `args`. */
  execute<T>(script: string, args?: unknown[]): Promise<T>;
  /** Same, asynchronously: the body calls `arguments[arguments.length - 1](value)` to answer. */
  executeAsync<T>(script: string, args?: unknown[]): Promise<T>;
  findAll(css: string): Promise<ElementId[]>;
  /** The elements matching `css` inside `element`. */
  findAllIn(element: ElementId, css: string): Promise<ElementId[]>;
  computedRole(element: ElementId): Promise<string>;
  computedLabel(element: ElementId): Promise<string>;
  click(element: ElementId): Promise<void>;
  clear(element: ElementId): Promise<void>;
  /** Types into the element, as keys (`\uE007` is Enter). */
  sendKeys(element: ElementId, text: string): Promise<void>;
  /** Presses the key (`\uE00C` is Escape) where the focus is: one key source's down and up. */
  pressKey(key: string): Promise<void>;
  text(element: ElementId): Promise<string>;
  /** The element as an argument of `execute` (`arguments[i]` is then the DOM element). */
  ref(element: ElementId): Record<string, string>;
  /** The window's outer size, in CSS pixels. */
  setWindowSize(width: number, height: number): Promise<void>;
  /** What the page shows now, a PNG. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

export class WebDriverError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** A lost session's error as a harness tells it (what it kept of the browser, say). */
export class SessionLostError extends Error {}

/**
 * Whether `error` says the session is gone for good: the driver's « invalid session id » (its
 * browser ended, or its page crashed or hung), or no driver left to answer (fetch's own failure).
 */
export const sessionLost = (error: unknown): boolean =>
  error instanceof SessionLostError ||
  (error instanceof WebDriverError ? error.code === 'invalid session id' : error instanceof TypeError);

async function command<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const answer = (await res.json()) as { value: unknown };
  if (!res.ok) {
    const value = answer.value as { error?: string; message?: string };
    throw new WebDriverError(value.error ?? String(res.status), value.message ?? '');
  }
  return answer.value as T;
}

/**
 * Opens a session on the driver at `driverUrl` with these capabilities (alwaysMatch). A command
 * that finds the session lost (sessionLost) throws what `onLost` makes of its error and what was
 * asked (`POST /url`): the error with where the browser's last words were kept, say.
 */
export async function newSession(
  driverUrl: string,
  capabilities: Record<string, unknown>,
  onLost: (error: unknown, asked: string) => Promise<unknown> = async (error) => error,
): Promise<WebDriverSession> {
  const created = await command<{ sessionId: string; capabilities: Record<string, unknown> }>(
    driverUrl,
    'POST',
    '/session',
    { capabilities: { alwaysMatch: capabilities } },
  );
  const base = `${driverUrl}/session/${created.sessionId}`;
  // A command sent as the browser dies answers « unknown error » (an asynchronous script's, say):
  // whether the session is gone is then asked.
  const stillThere = () =>
    command(base, 'GET', '/url').then(
      () => true,
      (error: unknown) => !sessionLost(error),
    );
  const run = async <T>(method: string, path: string, body?: unknown) => {
    try {
      return await command<T>(base, method, path, body);
    } catch (error) {
      const lost =
        sessionLost(error) ||
        (error instanceof WebDriverError && error.code === 'unknown error' && !(await stillThere()));
      throw lost ? await onLost(error, `${method} ${path || '/'}`) : error;
    }
  };
  return {
    id: created.sessionId,
    capabilities: created.capabilities,
    navigate: (url) => run('POST', '/url', { url }),
    currentUrl: () => run('GET', '/url'),
    refresh: () => run('POST', '/refresh', {}),
    execute: (script, args = []) => run('POST', '/execute/sync', { script, args }),
    executeAsync: (script, args = []) => run('POST', '/execute/async', { script, args }),
    findAll: async (css) =>
      (await run<Record<string, string>[]>('POST', '/elements', { using: 'css selector', value: css })).map(
        (e) => e[ELEMENT_KEY] as string,
      ),
    findAllIn: async (e, css) =>
      (
        await run<Record<string, string>[]>('POST', `/element/${e}/elements`, {
          using: 'css selector',
          value: css,
        })
      ).map((found) => found[ELEMENT_KEY] as string),
    computedRole: (e) => run('GET', `/element/${e}/computedrole`),
    computedLabel: (e) => run('GET', `/element/${e}/computedlabel`),
    click: (e) => run('POST', `/element/${e}/click`, {}),
    clear: (e) => run('POST', `/element/${e}/clear`, {}),
    sendKeys: (e, text) => run('POST', `/element/${e}/value`, { text }),
    pressKey: async (key) => {
      await run('POST', '/actions', {
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              { type: 'keyDown', value: key },
              { type: 'keyUp', value: key },
            ],
          },
        ],
      });
      await run('DELETE', '/actions');
    },
    text: (e) => run('GET', `/element/${e}/text`),
    ref: (e) => ({ [ELEMENT_KEY]: e }),
    setWindowSize: async (width, height) => {
      await run('POST', '/window/rect', { width, height });
    },
    screenshot: async () => Buffer.from(await run<string>('GET', '/screenshot'), 'base64'),
    close: () => run('DELETE', ''),
  };
}
