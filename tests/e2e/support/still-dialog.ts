/**
 * Whether anything in the open settings dialog moves: from `recordMoves` on, every element's place
 * on the screen (its box's top left, in the viewport: where a finger lands) is read at every frame
 * and compared with where it was first drawn; a panel's place also by its title, so the panel
 * that takes a waiting row's place is compared with the row (settings-still.test.ts).
 */
import type { Page } from 'playwright-core';

interface Watch {
  moves: string[];
  frames: number;
}

/** Sent as source: the watch, in `window.stillDialog`. */
const watchDialog = () => {
  const watch: Watch = { moves: [], frames: 0 };
  (window as unknown as { stillDialog: Watch }).stillDialog = watch;
  const firstAt = new WeakMap<Element, string>();
  const panelAt = new Map<string, string>();
  const seen = new Set<string>();
  const say = (what: string) => {
    if (!seen.has(what)) watch.moves.push(what);
    seen.add(what);
  };
  const tagOf = (el: Element | null) =>
    el ? `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">` : '';
  const nameOf = (el: Element) =>
    `${tagOf(el)} « ${(el.textContent ?? '').trim().slice(0, 40)} » in ${tagOf(el.parentElement)}`;
  const titleOf = (el: Element) =>
    el.matches('.panel-row')
      ? el.querySelector('.panel-row-title')?.textContent
      : el.matches('details.settings')
        ? el.querySelector('summary')?.textContent
        : null;
  const frame = () => {
    const dialog = document.querySelector('dialog.settings[open]');
    if (dialog) {
      watch.frames += 1;
      for (const el of [dialog, ...dialog.querySelectorAll('*')]) {
        // What is not drawn (a closed panel's content, laid out unseen) is nowhere a finger lands.
        if (!el.checkVisibility()) continue;
        const box = el.getBoundingClientRect();
        const at = `${Math.round(box.left)},${Math.round(box.top)}`;
        const was = firstAt.get(el);
        if (was === undefined) firstAt.set(el, at);
        else if (was !== at) say(`${nameOf(el)} ${was} → ${at}`);
        const title = titleOf(el);
        if (title) {
          const place = panelAt.get(title);
          if (place === undefined) panelAt.set(title, at);
          else if (place !== at) say(`the panel « ${title} » ${place} → ${at}`);
        }
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};

/** From now on, every move in the open settings dialog is noted (once each). */
export async function recordMoves(page: Page): Promise<void> {
  await page.evaluate(watchDialog);
}

/** What moved since `recordMoves`, and in how many frames the dialog was read. */
export function movesSoFar(page: Page): Promise<Watch> {
  return page.evaluate(() => (window as unknown as { stillDialog: Watch }).stillDialog);
}
