/**
 * Money moved, not spent, in an engine other than Chromium (understanding.test.ts holds it there;
 * web/src/expenses/notes.tsx, notes.css's `.note-said`): a refund typed shows as a card « Pas une
 * dépense : remboursement reçu, 25,00 € », the words heard on a line of their own under it, at
 * its left edge, not run into the amount.
 */
import { expect, it } from 'vitest';
import type { Lang } from './capture-screen.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { waitFor } from './phone-tab.ts';

const SAY = {
  fr: { note: 'Amazon m’a remboursé 25 €', card: 'Pas une dépense : remboursement reçu, 25,00 €' },
  en: { note: 'Amazon refunded me 25 euros', card: 'Not an expense: refund received, €25.00' },
} as const;

/** Where the card's words and the words heard under them start, in the page's pixels. */
interface CardLines {
  text: string;
  what: { x: number; y: number };
  heard: { x: number; y: number };
}

/** Sent as source: the card of money moved whose text holds `card` (spaces made plain), or null. */
function movementCard(card: string): CardLines | null {
  const plain = (t: string | null) => (t ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  for (const what of document.querySelectorAll<HTMLElement>('.note-empty .note-what')) {
    const heard = what.querySelector('.note-heard');
    if (!heard || !plain(what.textContent).includes(card)) continue;
    // The first line box of each: where a reader's eye starts it.
    const start = (el: Element) => {
      const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
      return { x: box.left, y: box.top };
    };
    return { text: plain(what.textContent), what: start(what), heard: start(heard) };
  }
  return null;
}

/** Registers the step on a phone of describeCoreFlows. */
export function itShowsAMovementsHeardWordsOnALineOfTheirOwn(held: PhoneOnStack, lang: Lang): void {
  const say = SAY[lang];
  it('shows a refund typed as money moved, the words heard on a line of their own under the amount', async () => {
    const { app, tab } = { app: held.app, tab: held.phone.tab };
    await app.typeNote(say.note);
    const card = await waitFor(
      'the card « not an expense »',
      () => tab.evaluate(movementCard, say.card),
      30_000,
    );
    expect(card.text).toContain(say.note);
    // Under the amount's line, at the same left edge: not after « 25,00 € » on its line.
    expect(Math.abs(card.heard.x - card.what.x)).toBeLessThan(1);
    expect(card.heard.y - card.what.y).toBeGreaterThan(10);
  });
}
