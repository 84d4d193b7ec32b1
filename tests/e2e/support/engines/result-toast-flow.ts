/**
 * What a note became, said by the result toast, in an engine other than Chromium (movement-toast
 * holds it there; web/src/shell/use-toasts.tsx, app.css): at a phone's size, the toast is said on
 * the capture list only (gone once the month is opened, not back on return), and while an edit
 * dialog is open it is hidden with its place kept (`visibility: hidden`), so the row under it
 * does not move as the dialog opens and closes, under the finger tapping the next row.
 */
import { expect, it } from 'vitest';
import type { Stack } from '../stack.ts';
import type { Lang } from './capture-screen.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { type PhoneTab, viewport, waitFor } from './phone-tab.ts';

/** A phone's viewport (an iPhone 14's, in CSS pixels). */
export const PHONE = { width: 390, height: 844 } as const;

/**
 * The tab made a phone's size, if it is not yet (it stays so for the flows after): WebKitGTK's
 * MiniBrowser is 447 px wide at least, as engine-screens.ts found; the height is a phone's in all.
 */
export async function atPhoneSize(tab: PhoneTab): Promise<void> {
  const now = await tab.evaluate(viewport);
  if (now.width === PHONE.width && now.height === PHONE.height) return;
  const size = await tab.resize(PHONE.width, PHONE.height);
  expect(size.height).toBe(PHONE.height);
  expect(size.width).toBeLessThanOrEqual(447);
}

const SAY = {
  fr: {
    first: { note: '2,80 € de journal', shown: '2,80 €', row: 'Journal' },
    second: { note: '1,90 € de croissant', shown: '1,90 €' },
    third: { note: '2 € de pain', shown: '2,00 €' },
  },
  en: {
    first: { note: '2.80 euros for the newspaper', shown: '€2.80', row: 'Newspaper' },
    second: { note: '1.90 euros croissant', shown: '€1.90' },
    third: { note: '2 euros bread', shown: '€2.00' },
  },
} as const;

/**
 * The server's expenses of the phone: its own and its households' bills (after the household
 * flows, « Partagé avec » may be on and a note typed becomes the household's bill).
 */
export async function onServer(stack: Stack) {
  const { households } = await (await stack.api.households.$get()).json();
  const bills = await Promise.all(
    households.map(
      async (h) => (await (await stack.api.expenses.$get({ query: { householdId: h.id } })).json()).expenses,
    ),
  );
  return [...(await stack.expenses()), ...bills.flat()];
}

/** What the page shows of a result toast and of one row, at one instant. */
interface Seen {
  /** The result toast holding `words`: whether it is drawn (not `visibility: hidden`), or null. */
  toast: { drawn: boolean } | null;
  /**
   * The row's top edge in the page (the viewport's plus its scroll: a tap that scrolls a row into
   * view moves it in the viewport, not in the page), or null when it is not listed.
   */
  rowTop: number | null;
  dialogOpen: boolean;
}

/** Sent as source: the result toast that holds `words`, and the top of the row `rowId`. */
function seen({ words, rowId }: { words: string; rowId: string }): Seen {
  const plain = (t: string | null) => (t ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  const toast = [...document.querySelectorAll<HTMLElement>('.toast-result[role="status"]')].find((t) =>
    plain(t.textContent).includes(words),
  );
  const row = document.querySelector(`.expense[data-expense-id="${rowId}"]`);
  return {
    toast: toast
      ? { drawn: toast.getClientRects().length > 0 && getComputedStyle(toast).visibility !== 'hidden' }
      : null,
    rowTop: row ? row.getBoundingClientRect().top + scrollY : null,
    dialogOpen: document.querySelector('dialog[open]') !== null,
  };
}

/** Registers the step on a phone of describeCoreFlows; the viewport is a phone's from then on. */
export function itKeepsTheResultToastOnTheCaptureList(held: PhoneOnStack, lang: Lang): void {
  const say = SAY[lang];
  it('says what a note became on the capture list only, and hides it under an edit dialog with the rows kept in place', async () => {
    const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
    await atPhoneSize(tab);
    const toastOf = (words: string, rowId: string) =>
      waitFor(
        `the result toast with ${words}`,
        async () => {
          const now = await tab.evaluate(seen, { words, rowId });
          return now.toast?.drawn ? now : null;
        },
        30_000,
      );

    await app.typeNote(say.first.note);
    const journal = await waitFor(
      'the first note on the server',
      async () => (await onServer(stack)).find((e) => e.transcript === say.first.note) ?? null,
    );
    await toastOf(say.first.shown, journal.id);
    // Opening the month takes it away; back on the list, it is not said again.
    await app.showMonth();
    expect((await tab.evaluate(seen, { words: say.first.shown, rowId: journal.id })).toast).toBeNull();
    await app.showCapture();
    const back = await tab.evaluate(seen, { words: say.first.shown, rowId: journal.id });
    expect(back.toast).toBeNull();
    expect(back.rowTop).not.toBeNull();

    // A row opened while a result shows: the toast hidden under the dialog, its place kept. A
    // result stays 6 s (TOAST_MS): a reading after it went says nothing of its place, so a note
    // is typed again then (at most three in all).
    let measured: { before: Seen; under: Seen } | null = null;
    for (const next of [say.second, say.third, say.second]) {
      if (measured) break;
      await app.typeNote(next.note);
      const before = await toastOf(next.shown, journal.id);
      await app.openRow(say.first.row);
      const under = await waitFor('the edit dialog open', async () => {
        const now = await tab.evaluate(seen, { words: next.shown, rowId: journal.id });
        return now.dialogOpen ? now : null;
      });
      if (under.toast) measured = { before, under };
      await tab.press('Escape');
      await waitFor('the dialog closed', async () =>
        (await tab.evaluate(seen, { words: next.shown, rowId: journal.id })).dialogOpen ? null : true,
      );
    }
    if (!measured) throw new Error('no result toast was still there when the dialog opened, in three tries');
    expect(measured.under.toast).toEqual({ drawn: false });
    // The row under it did not move as the dialog opened (same pixel; 84 px up with display: none).
    expect(measured.under.rowTop).toBeCloseTo(measured.before.rowTop as number, 0);
    // Escape saved nothing.
    expect((await onServer(stack)).find((e) => e.id === journal.id)).toEqual(journal);
  });
}
