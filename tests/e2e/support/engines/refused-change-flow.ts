/**
 * A change the server refuses for good, in an engine other than Chromium (refused-changes.test.ts
 * and edit-form-words.test.ts hold it there; web/src/data/refused-change.ts, the table in
 * web/src/data/README.md): a description pasted with a terminal's escape (U+001B, a control
 * character the server answers 400) and, right after it, another expense's amount. The first is
 * dropped, its row shows the server's expense again and the person reads why in the page's alert
 * of changes not kept, which stays until closed with ×; the later change still goes through, and
 * nothing waits in the outbox. Online: the refusal is the flush's whatever the network did
 * before (refused-changes.test.ts sends it after an offline spell in Chromium), and each airplane
 * switch costs WebKit about 3.5 s.
 */
import { expect, it } from 'vitest';
import type { Lang } from './capture-screen.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { waitFor } from './phone-tab.ts';
import { onServer } from './result-toast-flow.ts';

const SAY = {
  fr: {
    note: '3,20 € de fromage',
    cheese: 'Fromage',
    pasted: 'Copié \u001B[0m du terminal',
    coffee: 'Café',
    coffeeTo: '5,10',
    coffeeShown: '5,10 €',
    told: 'Fromage, 3,20 € : votre modification (description) n’a pas été gardée, car le serveur n’accepte pas une des valeurs. La dépense est affichée telle que le serveur l’a.',
    close: 'Fermer',
  },
  en: {
    note: '3.20 euros of cheese',
    cheese: 'Cheese',
    pasted: 'Copied \u001B[0m from the terminal',
    coffee: 'Coffee',
    coffeeTo: '5.10',
    coffeeShown: '€5.10',
    told: 'Cheese, €3.20: your change (description) was not kept, as the server does not accept one of its values. The expense shows as the server has it.',
    close: 'Close',
  },
} as const;

/** How long a result toast stays (web/src/shell/use-toasts.tsx's TOAST_MS): changes not kept stay longer. */
const TOAST_MS = 6_000;

/**
 * Sent as source: the open dialog's text field labelled `label` given `text` as a paste gives it
 * (the value, then an `input` of `insertFromPaste`). Typed as keys, U+001B would be the Escape key,
 * which closes the dialog, over BiDi and WebDriver alike.
 */
function paste({ label, text }: { label: string; text: string }): boolean {
  const plain = (t: string | null) => (t ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  const field = [...document.querySelectorAll<HTMLInputElement>('dialog[open] input')].find(
    (f) =>
      plain(document.getElementById(f.getAttribute('aria-labelledby') ?? '')?.textContent ?? null) === label,
  );
  if (!field) return false;
  field.focus();
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
  return field.value === text;
}

/** Sent as source: the alerts of changes not kept, each its words (spaces made plain), outside any dialog. */
function alertsNotKept(): string[] {
  return [...document.querySelectorAll('[role="alert"] .toast-text')].map((a) =>
    (a.textContent ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim(),
  );
}

/** Sent as source: the changes (edits, deletes) waiting in the outbox. */
async function changesWaiting(): Promise<number> {
  const db: IDBDatabase = await new Promise((resolve, reject) => {
    const req = indexedDB.open('voicetrack');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const count = await new Promise<number>((resolve) => {
    const q = db.transaction('ops').objectStore('ops').count();
    q.onsuccess = () => resolve(q.result);
  });
  db.close();
  return count;
}

/** Sent as source: the outbox's changes as they stand (kind, state, tries, last error), for a failure's words. */
async function changesAsTheyStand(): Promise<string> {
  const db: IDBDatabase = await new Promise((resolve, reject) => {
    const req = indexedDB.open('voicetrack');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const ops = await new Promise<Record<string, unknown>[]>((resolve) => {
    const q = db.transaction('ops').objectStore('ops').getAll();
    q.onsuccess = () => resolve(q.result);
  });
  db.close();
  const now = Date.now();
  return JSON.stringify(
    ops.map(({ kind, state, attempts, nextAttemptAt, lastError, patch }) => ({
      kind,
      fields: Object.keys(patch ?? {}),
      state,
      attempts,
      dueIn: typeof nextAttemptAt === 'number' ? nextAttemptAt - now : nextAttemptAt,
      lastError,
    })),
  );
}

/** Registers the step on a phone of describeCoreFlows, on the coffee it typed and fixed to 4,50 €. */
export function itTellsAChangeRefusedForGoodAndSendsTheNextOne(held: PhoneOnStack, lang: Lang): void {
  const say = SAY[lang];
  it('tells a change the server refused for good in its alert, shows the server’s expense again, and sends the change queued after it', async () => {
    const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
    await app.typeNote(say.note);
    const cheese = await waitFor('the cheese on the server', async () => {
      const found = (await onServer(stack)).find((e) => e.amount === '3.20');
      return found && (await app.rows()).some((r) => r.id === found.id && !r.unsent) ? found : null;
    });
    const coffee = (await stack.expenses()).find((e) => e.description.startsWith(say.coffee));
    expect([cheese.description, coffee?.amount]).toEqual([say.cheese, '4.50']);
    const rowOf = async (id: string | undefined) => (await app.rows()).find((r) => r.id === id);

    // Made one after the other: the coffee's change is queued behind the refused one, sent after it.
    await app.openRow(say.cheese);
    expect(await tab.evaluate(paste, { label: 'Description', text: say.pasted })).toBe(true);
    await tab.click('button', app.say.save);
    await app.openRow(say.coffee);
    await tab.fill(app.say.amount, say.coffeeTo);
    await tab.click('button', app.say.save);
    // (Failing, it says what the outbox held: CI once saw this change never reach the server.)
    await waitFor(
      'the later change on the server',
      async () => ((await onServer(stack)).find((e) => e.id === coffee?.id)?.amount === '5.10' ? true : null),
      30_000,
    ).catch(async (error: Error) => {
      throw new Error(`${error.message}; the outbox: ${await tab.evaluate(changesAsTheyStand)}`);
    });
    await waitFor('the alert of the change not kept', async () =>
      (await tab.evaluate(alertsNotKept)).includes(say.told) ? true : null,
    );
    const toldAt = Date.now();
    // The row is the server's again, which never took the pasted description.
    await waitFor('the cheese’s row as the server has it', async () => {
      const row = await rowOf(cheese.id);
      return row && !row.text.includes(say.pasted.slice(0, 5)) && row.text.includes(say.cheese) ? true : null;
    });
    expect((await onServer(stack)).find((e) => e.id === cheese.id)).toMatchObject({
      description: say.cheese,
      amount: '3.20',
    });
    await waitFor('the outbox empty', async () => ((await tab.evaluate(changesWaiting)) === 0 ? true : null));

    // Past the time a result stays, it is still there, until closed with ×.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, toldAt + TOAST_MS + 500 - Date.now())));
    expect(await tab.evaluate(alertsNotKept)).toEqual([say.told]);
    await tab.click('button', say.close);
    await waitFor('the alert closed', async () =>
      (await tab.evaluate(alertsNotKept)).length === 0 ? true : null,
    );
    expect((await rowOf(coffee?.id))?.text).toContain(say.coffeeShown);
  });
}
