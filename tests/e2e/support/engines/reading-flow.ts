/**
 * The phone's own reading of a typed note (web/src/expenses/provisional-reading.ts, the built
 * `reading` chunk run by the engine's JavaScript) shown before the server answers, against what the
 * server read of the same words (the same parser in Node): in WebKit and Firefox, not only in
 * Chromium. Sentences of the last rounds' readings: spoken hundreds, a tyre's size beside its
 * price, a car by its model, wine said by its colour, a debt beside someone else paying.
 */
import { expect, it } from 'vitest';
import { answersLanded, holdAnswers, releaseAnswers } from '../answers-held.ts';
import type { Lang } from './capture-screen.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { waitFor } from './phone-tab.ts';
import { onServer } from './result-toast-flow.ts';

const NOTES: Record<Lang, { text: string; amount: string }[]> = {
  en: [
    { text: 'headphones, one fifty', amount: '150.00' },
    { text: '4 tyres 205/55 R16, 360 euros', amount: '360.00' },
    { text: 'screenwash for the Fiesta, 6 euros', amount: '6.00' },
    { text: 'Sam paid for dinner and I owe him 25', amount: '25.00' },
  ],
  fr: [
    { text: '4 pneus 205/55 R16, 360 €', amount: '360.00' },
    { text: 'des essuie-glaces pour la Clio 25 €', amount: '25.00' },
    { text: 'une bouteille de blanc au resto 28 €', amount: '28.00' },
    { text: 'Paul a payé le resto et je lui dois 20 €', amount: '20.00' },
  ],
};

/** A row as the person reads it: its words, category and flags, amount, and the review card's words. */
interface Drawn {
  clientId: string | null;
  unsent: boolean;
  description: string;
  meta: string;
  amount: string;
  card: string;
}

/** In the page: every row of the list, in parts (sent as source: closes over nothing). */
function drawnRows(): Drawn[] {
  const words = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return [...document.querySelectorAll('.expense')].map((li) => ({
    clientId: li.getAttribute('data-client-id'),
    unsent: li.hasAttribute('data-unsent'),
    description: words(li.querySelector('.expense-description')),
    meta: words(li.querySelector('.expense-text > .expense-meta:not(.unsent)')),
    amount: words(li.querySelector('.expense-amount')),
    card: words(li.querySelector('.confirm-card .expense-meta')),
  }));
}

/** Registers the step on a phone of describeCoreFlows (after its flows, on the same paired phone). */
export function itReadsNotesOnThePhoneAsTheServerDoes(held: PhoneOnStack, lang: Lang): void {
  const notes = NOTES[lang];
  it('reads new sentences on the phone, before the server answers, as the server reads them', async () => {
    const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
    const before = new Set((await tab.evaluate(drawnRows)).map((r) => r.clientId));
    const rowsOf = async (mine: (r: Drawn) => boolean) =>
      (await tab.evaluate(drawnRows))
        .filter(mine)
        .sort((a, b) => String(a.clientId).localeCompare(String(b.clientId)));
    await tab.evaluate(holdAnswers);
    for (const note of notes) await app.typeNote(note.text);
    // The phone's own readings, drawn while the answers wait (a row an earlier flow's note brought
    // meanwhile is no new one: the rows are the notes' by their client ids from here on).
    const onPhone = await waitFor(
      'the notes’ unsent rows',
      async () => {
        const rows = await rowsOf((r) => r.unsent && !before.has(r.clientId));
        return rows.length === notes.length ? rows : null;
      },
      30_000,
    );
    const clientIds = new Set(onPhone.map((r) => r.clientId));
    await tab.evaluate(releaseAnswers);
    await waitFor('the answers landed', async () =>
      (await tab.evaluate(answersLanded)) === notes.length ? true : null,
    );
    // The server's readings, drawn in their place: the same words, category, flags and amount.
    const fromServer = await waitFor(
      'the server’s rows',
      async () => {
        const rows = await rowsOf((r) => clientIds.has(r.clientId));
        return rows.length === notes.length && rows.every((r) => !r.unsent) ? rows : null;
      },
      30_000,
    );
    const shown = (rows: Drawn[]) => rows.map(({ unsent: _, ...parts }) => parts);
    expect(shown(onPhone)).toEqual(shown(fromServer));
    // Read as the words mean (the amounts the server stored, its own or a household's bills), not
    // both the same wrong way.
    const stored = (await onServer(stack)).filter((e) => clientIds.has(e.clientId));
    expect(stored.map((e) => e.amount).sort()).toEqual(notes.map((n) => n.amount).sort());

    // The phone as it was: the notes deleted (from another device), their rows gone, so the
    // household's balances and rows the next flows read are theirs alone.
    for (const e of stored) {
      const res = await stack.api.expenses[':id'].$delete({ param: { id: e.id } });
      expect(res.status).toBe(204);
    }
    await waitFor(
      'the notes’ rows gone',
      async () => ((await rowsOf((r) => clientIds.has(r.clientId))).length === 0 ? true : null),
      30_000,
    );
  });
}
