/**
 * The few WebDriver BiDi commands the Firefox phone finds and works its controls with, sent as they
 * are on puppeteer's own connection: one `browsingContext.locateNodes` asks Firefox's accessibility
 * tree for a role and name (a few ms), one `input.performActions` taps or types. Puppeteer's ARIA
 * queries, handles and locators wrap the same commands in several round trips each (0.2–2 s a
 * lookup, measured with VT_E2E_STEP_TIMES: most of engine-firefox's time); puppeteer keeps the
 * rest (launch, navigation, evaluate, offline).
 */
import type { Browser } from 'puppeteer-core';
import { chooseOption } from './phone-tab.ts';

/** A node of the page, as BiDi refers to it. */
export interface NodeRef {
  sharedId: string;
}

interface Connection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

type Locator =
  | { type: 'accessibility'; value: { role: string; name?: string } }
  | { type: 'css'; value: string };

/** What a label is read from: the ARIA name as these rows compute it, the text, a field's label. */
export type LabelSource = 'aria' | 'text' | 'field';

/** Sent as source, with the source and then the nodes as arguments: each node's label, as JSON. */
function readLabels(source: LabelSource, ...nodes: Element[]): string {
  return JSON.stringify(
    nodes.map((el) => {
      if (source === 'field') return (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
      if (source === 'aria' && el.hasAttribute('aria-label')) return el.getAttribute('aria-label') ?? '';
      const copy = el.cloneNode(true) as Element;
      if (source === 'aria')
        for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return copy.textContent ?? '';
    }),
  );
}

/**
 * Sent as source: whether a tap at the node's centre would reach it now, as Playwright checks before
 * its click in Chromium: brought fully into view, enabled, not moving (the same box over two
 * animation frames: a dialog still sliding in is not tapped) and not covered (the topmost node at
 * its centre is it or inside it).
 */
async function readyToTap(el: Element): Promise<boolean> {
  if (!el.isConnected || (el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true')
    return false;
  const box = el.getBoundingClientRect();
  const inView = box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
  if (!inView) el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await nextFrame();
  const before = el.getBoundingClientRect();
  await nextFrame();
  const now = el.getBoundingClientRect();
  const still = ['x', 'y', 'width', 'height'].every(
    (k) => before[k as keyof DOMRect] === now[k as keyof DOMRect],
  );
  if (!still || now.width === 0 || now.height === 0) return false;
  const top = document.elementFromPoint(now.left + now.width / 2, now.top + now.height / 2);
  return top !== null && el.contains(top);
}

/**
 * Sent as source: focuses a text field and empties it, with the input event a person's deletion
 * (and WebDriver's Element Clear) sends, so the page's state empties too; false while it cannot be
 * typed in yet. A value set alone left a controlled field's state holding the old text: the
 * page's next render, before the first key, put it back, and the keys were added to it (the edit
 * date flow once read « 05/12/202605/11/2026 »).
 */
function focusEmptied(el: HTMLInputElement | HTMLTextAreaElement): boolean {
  if (el.disabled || el.readOnly) return false;
  el.focus(); // which scrolls it into view
  if (el.value === '') return true;
  el.value = '';
  el.dispatchEvent(new Event('input', { bubbles: true }));
  return true;
}

const KEY_ENTER = '\uE007';
/** WebDriver's code points of the keys a flow presses. */
const KEYS = { Escape: '\uE00C' } as const;

export class FirefoxBidi {
  private constructor(
    private readonly connection: Connection,
    private readonly context: string,
  ) {}

  /** The first tab of `browser` (its only one when launched). */
  static async of(browser: Browser): Promise<FirefoxBidi> {
    // Puppeteer has no public door to a raw BiDi command (CDP has createCDPSession): its BiDi
    // browser's connection is used as it is.
    const connection = (browser as unknown as { connection: Connection }).connection;
    const tree = (await connection.send('browsingContext.getTree', { maxDepth: 0 })).result as {
      contexts: { context: string }[];
    };
    const [first] = tree.contexts;
    if (!first) throw new Error('Firefox has no tab');
    return new FirefoxBidi(connection, first.context);
  }

  /**
   * The nodes `locator` finds (within `start`'s subtree when given, the first `max` only when
   * given: Firefox then stops walking its tree), in the page's order.
   */
  async locate(locator: Locator, start?: NodeRef, max?: number): Promise<NodeRef[]> {
    const { result } = await this.connection.send('browsingContext.locateNodes', {
      context: this.context,
      locator,
      ...(start ? { startNodes: [start] } : {}),
      ...(max ? { maxNodeCount: max } : {}),
    });
    return (result as { nodes: NodeRef[] }).nodes.map(({ sharedId }) => ({ sharedId }));
  }

  /** Each node's label, read in the page in one call. */
  async labels(nodes: NodeRef[], source: LabelSource): Promise<string[]> {
    if (nodes.length === 0) return [];
    return JSON.parse(
      await this.call<string>(readLabels, [{ type: 'string', value: source }, ...nodes]),
    ) as string[];
  }

  /** Whether a tap would reach the node now (brought into view, enabled, still, not covered). */
  readyToTap(node: NodeRef): Promise<boolean> {
    return this.call<boolean>(readyToTap, [node]);
  }

  /** A tap on the node: the pointer's move, press and release at its centre. */
  async tap(node: NodeRef): Promise<void> {
    await this.perform({
      type: 'pointer',
      id: 'finger',
      parameters: { pointerType: 'mouse' },
      actions: [
        { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: node } },
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ],
    });
  }

  /** Focuses the text field and empties it; false while it is disabled or read-only. */
  focusEmptied(node: NodeRef): Promise<boolean> {
    return this.call<boolean>(focusEmptied, [node]);
  }

  /** Selects the option labelled `label` of the select `node` (chooseOption); false if it cannot. */
  choose(node: NodeRef, label: string): Promise<boolean> {
    return this.call<boolean>(chooseOption, [node, { type: 'string', value: label }]);
  }

  /** Types `text` into what has the focus, key by key, then Enter when `enter`. */
  type(text: string, enter = false): Promise<void> {
    const keys = [...text, ...(enter ? [KEY_ENTER] : [])];
    return this.perform({
      type: 'key',
      id: 'keyboard',
      actions: keys.flatMap((value) => [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ]),
    });
  }

  /** Presses `key` where the focus is. */
  press(key: keyof typeof KEYS): Promise<void> {
    const value = KEYS[key];
    return this.perform({
      type: 'key',
      id: 'keyboard',
      actions: [
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ],
    });
  }

  /** Picks the file at `path` in the file field `node`. */
  async setFiles(node: NodeRef, path: string): Promise<void> {
    await this.connection.send('input.setFiles', { context: this.context, element: node, files: [path] });
  }

  private async perform(source: object): Promise<void> {
    await this.connection.send('input.performActions', { context: this.context, actions: [source] });
  }

  /** Runs `fn` (sent as source) in the page with these arguments; its value, a string, a boolean or none. */
  private async call<T extends string | boolean | undefined>(
    fn: (...args: never[]) => unknown,
    args: object[],
  ): Promise<T> {
    const { result } = await this.connection.send('script.callFunction', {
      functionDeclaration: fn.toString(),
      target: { context: this.context },
      arguments: args,
      awaitPromise: true,
    });
    const answer = result as
      | { type: 'success'; result: { type: string; value?: T } }
      | { type: 'exception'; exceptionDetails: { text: string } };
    if (answer.type === 'exception') throw new Error(`in the page: ${answer.exceptionDetails.text}`);
    return answer.result.value as T;
  }
}
