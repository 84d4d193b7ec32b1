/**
 * The alert of changes not kept after a long offline spell, in an engine other than Chromium
 * (edit-form-words.test.ts holds it there; web/src/shell/use-toasts.tsx, app.css, base/escape.ts):
 * nine changes the server refused are said in one alert whose lines scroll inside it past a quarter
 * of the screen, the last one reached there; an Escape that closes a note's menu, the form it opens
 * or an expense's edit dialog is theirs, and the alert stays; the next Escape closes it.
 */
import { expect, it } from 'vitest';
import type { Lang } from './capture-screen.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { waitFor } from './phone-tab.ts';

/** Enough changes for their lines to pass a quarter of Firefox's 600 px and MiniBrowser's window. */
const CHANGES = 9;

const SAY = {
  fr: {
    head: `${CHANGES} modifications n’ont pas été gardées`,
    line: /\(description\) : valeur refusée par le serveur$/,
    note: 'bla bla bla',
    actions: /^Actions\s?:\s.*bla bla bla/,
    typeAgain: 'Retaper',
  },
  en: {
    head: `${CHANGES} changes were not kept`,
    line: /\(description\): a value refused by the server$/,
    note: 'blah blah blah',
    actions: /^Actions:\s.*blah blah blah/,
    typeAgain: 'Type again',
  },
} as const;

/**
 * Sent as source: `count` changes of saved rows' descriptions, one after the other, to one holding a
 * terminal's escape (U+001B, which the server refuses for good), each through its edit dialog in
 * the page: the row tapped, the description pasted, « Enregistrer » tapped. Made in the page, not
 * tap by tap over BiDi or WebDriver: what this flow tests is the alert they make (the dialog's own
 * taps are refused-change-flow.ts's), and the engines' files are CI's two slowest.
 */
async function refuseChanges({ count, save }: { count: number; save: string }): Promise<number> {
  const until = async (done: () => boolean) => {
    for (let i = 0; i < 100 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    return done();
  };
  const plain = (t: string | null) => (t ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  let made = 0;
  for (let i = 0; i < count; i++) {
    // The saved rows in turn, again from the first when there are fewer: each change is told.
    const rows = document.querySelectorAll<HTMLButtonElement>('.expense:not([data-unsent]) .expense-button');
    const row = rows[i % Math.max(rows.length, 1)];
    if (!row) break;
    row.click();
    if (!(await until(() => document.querySelector('dialog[open] input[name="description"]') !== null)))
      break;
    const field = document.querySelector<HTMLInputElement>('dialog[open] input[name="description"]');
    if (!field) break;
    const text = `Copié \u001B[${i}m du terminal`;
    field.value = text;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
    const button = [...document.querySelectorAll<HTMLButtonElement>('dialog[open] button')].find(
      (b) => plain(b.textContent) === save,
    );
    button?.click();
    if (!(await until(() => document.querySelector('dialog[open]') === null))) break;
    made++;
  }
  return made;
}

/** What the page shows of the alert of changes not kept: its count line, its lines, how they scroll. */
interface AlertNotKept {
  head: string;
  lines: string[];
  /** The lines' box: its height, the height of what it holds, the window's (a count line, then « : »). */
  shown: number;
  held: number;
  screen: number;
}

/** Sent as source: the alert of changes not kept (the one with a list of lines), or null. */
function alertNotKept(): AlertNotKept | null {
  const plain = (t: string | null) => (t ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  const list = document.querySelector<HTMLElement>('[role="alert"] .toast-lines');
  const alert = list?.closest('[role="alert"]');
  if (!list || !alert) return null;
  return {
    head: plain(alert.querySelector('.toast-text > strong')?.textContent ?? null),
    lines: [...list.querySelectorAll('li')].map((li) => plain(li.textContent)),
    shown: list.clientHeight,
    held: list.scrollHeight,
    screen: window.innerHeight,
  };
}

/**
 * Sent as source: the alert's last line brought into its list's box (scrolling the list, as a
 * finger does on it); the list's scroll then, and whether the line is wholly inside its box.
 */
function lastLineInSight(): { scrolled: number; inside: boolean } | null {
  const list = document.querySelector<HTMLElement>('[role="alert"] .toast-lines');
  const last = list?.querySelector('li:last-child');
  if (!list || !last) return null;
  const pageAt = window.scrollY;
  list.scrollTop = list.scrollHeight;
  // The page stays where it was: the list scrolls, not the page.
  window.scrollTo(0, pageAt);
  const box = list.getBoundingClientRect();
  const line = last.getBoundingClientRect();
  return { scrolled: list.scrollTop, inside: line.top >= box.top - 1 && line.bottom <= box.bottom + 1 };
}

/** Sent as source: what has the focus — a menu's item, a note's form's field, an open dialog's field. */
function focused(): 'menuitem' | 'form' | 'dialog' | 'other' {
  const at = document.activeElement;
  if (at?.getAttribute('role') === 'menuitem') return 'menuitem';
  if (at?.closest('dialog[open]')) return 'dialog';
  if (at?.tagName === 'INPUT' && at.closest('.note-empty form')) return 'form';
  return 'other';
}

/** Registers the step on a phone of describeCoreFlows, after the flows that saved its expenses. */
export function itScrollsTheAlertOfChangesNotKeptAndKeepsItPastOthersEscapes(
  held: PhoneOnStack,
  lang: Lang,
): void {
  const say = SAY[lang];
  it('says many changes not kept in one alert whose lines scroll, kept past the Escape of a note’s menu, its form and the edit dialog', async () => {
    const { app, tab } = { app: held.app, tab: held.phone.tab };
    await waitFor('a saved row', async () => ((await app.rows()).some((r) => !r.unsent) ? true : null));
    expect(await tab.evaluate(refuseChanges, { count: CHANGES, save: app.say.save })).toBe(CHANGES);
    const shown = await waitFor(
      'the alert of changes not kept',
      async () => {
        const alert = await tab.evaluate(alertNotKept);
        return alert?.head.startsWith(say.head) && alert.lines.length === CHANGES ? alert : null;
      },
      30_000,
    );
    for (const line of shown.lines) expect(line).toMatch(say.line);
    // The lines take at most a quarter of the screen, and hold more than they show.
    expect(shown.shown).toBeLessThanOrEqual(shown.screen * 0.25 + 1);
    expect(shown.held).toBeGreaterThan(shown.shown + 10);
    const last = await tab.evaluate(lastLineInSight);
    expect(last?.scrolled).toBeGreaterThan(0);
    expect(last?.inside).toBe(true);

    // The alert's count line as it is now: a failure says whether it went or grew (a tenth change).
    const stillThere = async () => (await tab.evaluate(alertNotKept))?.head ?? '(no alert)';
    const thereAsBefore = new RegExp(`^${say.head}`);
    const untilFocused = (where: ReturnType<typeof focused>) =>
      waitFor(`the focus in the ${where}`, async () =>
        (await tab.evaluate(focused)) === where ? true : null,
      );
    const untilGone = (what: string, selector: string) =>
      waitFor(`the ${what} closed`, async () =>
        (await tab.evaluate((css) => document.querySelector(css) === null, selector)) ? true : null,
      );

    // A note's menu: it takes the focus (its first action), and its Escape closes it alone.
    await app.typeNote(say.note);
    // Its card once the server said there is no expense in it (a note waiting has a menu too).
    await waitFor(
      'the card of words with no expense',
      async () =>
        (await tab.evaluate(
          (words) =>
            [...document.querySelectorAll('.note-empty')].some((c) => c.textContent?.includes(words)),
          say.note,
        )) || null,
      30_000,
    );
    await tab.click('button', say.actions);
    await untilFocused('menuitem');
    await tab.press('Escape');
    await untilGone('menu', '[role="menu"]');
    expect(await stillThere()).toMatch(thereAsBefore);

    // The form « Retaper » opens: its field has the focus, and its Escape closes it alone.
    await tab.click('button', say.actions);
    await tab.click('menuitem', say.typeAgain);
    await untilFocused('form');
    await tab.press('Escape');
    await waitFor('the form closed', async () => ((await tab.evaluate(focused)) !== 'form' ? true : null));
    expect(await tab.evaluate(() => document.querySelector('.note-empty form'))).toBeNull();
    expect(await stillThere()).toMatch(thereAsBefore);

    // An expense's edit dialog (the first row's): its Escape closes the dialog alone.
    await tab.click('button', app.say.edit);
    await untilFocused('dialog');
    await tab.press('Escape');
    await untilGone('edit dialog', 'dialog[open]');
    expect(await stillThere()).toMatch(thereAsBefore);

    // Then an Escape nobody takes closes the alert.
    await tab.press('Escape');
    await waitFor('the alert closed', async () =>
      (await tab.evaluate(alertNotKept)) === null ? true : null,
    );
  });
}
