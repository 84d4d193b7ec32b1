/**
 * A dialog whose code never reached the phone, in an engine other than Chromium
 * (dialog-not-loaded.test.ts holds it there with the page's routes; DialogNotLoaded in
 * web/src/base/screen-not-loaded.tsx). On lazy-screen-flow's new phone, whose gate fails the edit
 * dialog's code from the start (the worker never gets it: its install stops at the month's code,
 * held, then every later try fails): an expense typed and tapped with the signal there opens a
 * dialog titled « Modifier la dépense » that says so, with « Recharger »; « Fermer » and Escape
 * close it with no reload and nothing changed; « Recharger » reloads on the tap only, and with the
 * code let through the expense's fields show.
 */
import { expect, it } from 'vitest';
import type { Stack } from '../stack.ts';
import type { CaptureScreen, Lang } from './capture-screen.ts';
import type { Phone } from './phone-on-stack.ts';
import { waitFor } from './phone-tab.ts';

/** The edit dialog's code, as the build names it. */
export const EDIT_CODE = /\/assets\/edit-dialog-[^/]*\.js$/;

/** The phone of lazy-screen-flow, and the gate's hold on the edit dialog's code (failing). */
export interface PhoneWithoutSomeCode {
  stack: Stack;
  phone: Phone;
  app: CaptureScreen;
  editCode: ReturnType<NonNullable<Stack['gate']>['hold']>;
}

const SAY = {
  fr: {
    note: '14 € de fleurs chez Rosa',
    row: 'Fleurs',
    title: 'Modifier la dépense',
    words:
      'Cette fenêtre n’a pas pu se charger, bien que le réseau soit revenu. Rechargez l’app pour l’ouvrir : rien de ce qui est enregistré ne sera perdu, mais une note tapée et pas encore envoyée le serait.',
    reload: 'Recharger',
    close: 'Fermer',
  },
  en: {
    note: '14 euros of flowers at Rosa’s',
    row: 'Flowers',
    title: 'Edit expense',
    words:
      'This window could not load, though the network is back. Reload the app to open it: nothing saved will be lost, but a note typed and not sent yet would be.',
    reload: 'Reload',
    close: 'Close',
  },
} as const;

/** Sent as source: the open dialog's title and the words of its alert (spaces made plain), or null. */
function openDialog(): { title: string; words: string | null } | null {
  const dialog = document.querySelector('dialog[open]');
  if (!dialog) return null;
  const plain = (t: string | null | undefined) => (t ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  const title = document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent;
  const words = dialog.querySelector('[role="alert"] p')?.textContent;
  return { title: plain(title), words: words ? plain(words) : null };
}

/** Registers the step inside lazy-screen-flow's describe, after its month. */
export function itSaysADialogWhoseCodeNeverCame(held: PhoneWithoutSomeCode, lang: Lang): void {
  const say = SAY[lang];
  it('says an edit dialog whose code never came in a dialog of its title, closed by « Fermer » and Escape, reloaded on the tap only', async () => {
    const { app, stack, editCode } = held;
    const tab = held.phone.tab;
    await app.showCapture();
    await app.typeNote(say.note);
    const saved = await waitFor('the note on the server, listed', async () => {
      const found = (await stack.expenses()).find((e) => e.transcript === say.note);
      return found && (await app.rows()).some((r) => r.id === found.id && !r.unsent) ? found : null;
    });
    // A mark only this page holds: gone once the app is really reloaded.
    await tab.evaluate(() => {
      (window as unknown as { notReloaded?: true }).notReloaded = true;
    });
    const reloaded = async () => !(await tab.evaluate(() => 'notReloaded' in window).catch(() => true));
    const rowTap = new RegExp(`${app.say.edit.source}\\s*${say.row}`);
    const notLoaded = () =>
      waitFor(`« ${say.reload} » in a dialog`, async () => {
        const dialog = await tab.evaluate(openDialog);
        return dialog?.words && (await tab.has('button', say.reload)) ? dialog : null;
      });

    // Failed once, asked again a moment later with the signal there: said.
    await tab.click('button', rowTap);
    expect(await notLoaded()).toEqual({ title: say.title, words: say.words });
    expect(await tab.has('dialog', say.title)).toBe(true);
    await tab.click('button', say.close);
    await waitFor('the dialog closed', async () => ((await tab.evaluate(openDialog)) ? null : true));
    // Opened again: said again, and Escape closes it.
    await tab.click('button', rowTap);
    await notLoaded();
    await tab.press('Escape');
    await waitFor('the dialog closed by Escape', async () =>
      (await tab.evaluate(openDialog)) ? null : true,
    );
    expect(await reloaded()).toBe(false);
    expect((await stack.expenses()).find((e) => e.id === saved.id)).toEqual(saved);

    // The tap reloads the app; the code let through after it, the expense's fields show.
    await tab.click('button', rowTap);
    await notLoaded();
    await tab.click('button', say.reload);
    await waitFor('the app reloaded', async () => ((await reloaded()) ? true : null));
    editCode.open();
    await app.waitForRecordButton();
    await app.openRow(say.row);
    // The real dialog, of the same title, with its fields (openRow waited for « Montant »).
    expect(await tab.evaluate(openDialog)).toEqual({ title: say.title, words: null });
  });
}
