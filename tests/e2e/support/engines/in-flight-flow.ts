/**
 * A row deleted while its note is on its way, in an engine other than Chromium (everyday.test.ts
 * holds the cases there): a note typed, stored by the server, its answer held back in the page; its
 * unsent row deleted meanwhile never comes back — not when the answer lands, not after the undo
 * window, not after a reload — and the server deletes the expense (web/src/data/discard.ts).
 */
import { expect, it } from 'vitest';
import { answersLanded, holdAnswers, releaseAnswers } from '../answers-held.ts';
import type { Lang } from './capture-screen.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { waitFor } from './phone-tab.ts';
import { onServer } from './result-toast-flow.ts';

const NOTE: Record<Lang, { text: string; description: string; amount: string }> = {
  fr: { text: 'Croissant 2,30 €', description: 'Croissant', amount: '2,30 €' },
  en: { text: '2.30 euros for a croissant', description: 'Croissant', amount: '€2.30' },
};

/** Registers the step on a phone of describeCoreFlows (after its flows, on the same paired phone). */
export function itDeletesARowWhileItsNoteIsOnItsWay(held: PhoneOnStack, lang: Lang): void {
  const note = NOTE[lang];
  it('deletes a row while its note is on its way: it never comes back, and the server deletes it', async () => {
    const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
    // The personal list and each household's bills (« Partagé avec » may be on from an earlier step).
    const onServerOf = async (clientId: string | null) =>
      (await onServer(stack)).filter((e) => e.clientId === clientId);
    const rowsOf = async (clientId: string | null) =>
      (await app.rows()).filter((r) => r.clientId === clientId);
    await tab.evaluate(holdAnswers);
    await app.typeNote(note.text);
    const row = await waitFor(
      'the note’s unsent row',
      async () => (await app.rows()).find((r) => r.unsent && r.text.includes(note.amount)) ?? null,
      30_000,
    );
    // The server has it; its answer is on its way.
    const [expense] = await waitFor('the expense on the server', async () => {
      const rows = await onServerOf(row.clientId);
      return rows.length > 0 ? rows : null;
    });
    expect(await tab.evaluate(answersLanded)).toBe(0);

    await app.openRow(note.description);
    await tab.click('button', app.say.remove);
    await waitFor('the undo toast', async () => ((await app.text()).includes(app.say.deleted) ? true : null));
    await waitFor('the row gone', async () => ((await rowsOf(row.clientId)).length === 0 ? true : null));

    await tab.evaluate(releaseAnswers);
    await waitFor('the answer landed', async () => ((await tab.evaluate(answersLanded)) === 1 ? true : null));
    // Deleted on the server once the undo window is over, and never shown meanwhile.
    await waitFor(
      'the expense deleted on the server',
      async () => {
        expect(await rowsOf(row.clientId)).toEqual([]);
        return (await onServerOf(row.clientId)).length === 0 ? true : null;
      },
      30_000,
    );
    expect(expense?.amount).toBe('2.30');
    await tab.reload();
    await app.waitForRecordButton();
    await waitFor('the list after the reload', async () => ((await app.rows()).length > 0 ? true : null));
    expect(await rowsOf(row.clientId)).toEqual([]);
  });
}
