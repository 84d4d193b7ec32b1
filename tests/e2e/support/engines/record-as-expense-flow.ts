/**
 * « Enregistrer comme dépense » / "Record as an expense" on a card « Aucune dépense comprise » in an
 * engine other than Chromium (understanding.test.ts holds it there; web/src/expenses/notes.tsx,
 * shared/src/parse/settle-locally.ts's recordedAnyway): a question with a price in it, read as no
 * expense, tapped, becomes one row to review at that price, « To review: recorded as you asked »,
 * its card gone, one row still after a reload; words with no amount become one row whose amount is
 * to add. Typed as a person's own note, not a household's (« Shared with Coloc » off meanwhile).
 */
import { expect, it } from 'vitest';
import { parisMonth } from '../paris-time.ts';
import type { Lang } from './capture-screen.ts';
import type { PhoneOnStack } from './phone-on-stack.ts';
import { type PhoneTab, waitFor } from './phone-tab.ts';
import { onServer } from './result-toast-flow.ts';

// Both notes read as no expense by the parser of main (`pnpm -s parse`: {"expenses":[]}; the fake
// model answers with that parser's reading), neither a money movement nor a purchase to complete.
const SAY = {
  fr: {
    question: 'combien coûte l’abonnement à la salle de sport, 35 € ?',
    reminder: 'rappelle-moi d’appeler le plombier',
    noExpense: 'Aucune dépense comprise',
    recordAsExpense: 'Enregistrer comme dépense',
    amount: '35,00 €',
    asked: 'À vérifier : enregistrée à votre demande',
    noAmount: 'À vérifier : aucun montant dans le texte',
    toAdd: 'Montant à ajouter',
    shared: 'Partagé avec Coloc',
  },
  en: {
    question: 'how much does a gym membership cost, 35 euros?',
    reminder: 'remind me to call the plumber',
    noExpense: 'No expense understood',
    recordAsExpense: 'Record as an expense',
    amount: '€35.00',
    asked: 'To review: recorded as you asked',
    noAmount: 'To review: no amount in the text',
    toAdd: 'Amount to add',
    shared: 'Shared with Coloc',
  },
} as const;

/** The rows listed for `words` (their description), as the page shows them. */
interface Listed {
  id: string | null;
  unsent: boolean;
  text: string;
  amount: string;
  /** Under « To review », not under a day. */
  toReview: boolean;
  /** Its card has « Accept » (only a row with an amount to accept has). */
  accept: boolean;
}

/** Sent as source: the no-expense cards' words, newest first, and the rows described as `words`. */
function seen(words: string): { cards: string[]; rows: Listed[] } {
  const plain = (t: string | null | undefined) => (t ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  const rows = [...document.querySelectorAll<HTMLElement>('.expense')]
    .filter((li) => plain(li.querySelector('.expense-description')?.textContent) === words)
    .map((li) => ({
      id: li.getAttribute('data-expense-id'),
      unsent: li.hasAttribute('data-unsent'),
      text: plain(li.textContent),
      amount: plain(li.querySelector('.expense-amount')?.textContent),
      toReview: li.closest('.review') !== null,
      accept: li.querySelector('.accept') !== null,
    }));
  return { cards: [...document.querySelectorAll('.note-empty')].map((c) => plain(c.textContent)), rows };
}

/** The month's total in euros and its line « Not counted in budgets yet: … », in cents and counts. */
interface MonthFigures {
  totalCents: number | null;
  apartCount: number;
  apartCents: number;
  withoutAmount: number;
}

/** Sent as source: the month's euro total and the line of what budgets do not count yet, as shown. */
function monthLines(): { total: string | null; apart: string | null } {
  const plain = (t: string | null | undefined) => (t ?? '').replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  const total = document.querySelector('.totals li[data-currency="EUR"] .total-amount');
  const apart = document.querySelector('.month .apart');
  return { total: total ? plain(total.textContent) : null, apart: apart ? plain(apart.textContent) : null };
}

/** An amount as the app writes it, in cents: its digits (always two after the separator). */
const cents = (amount: string) => Number(amount.replace(/\D/g, ''));

/**
 * « Not counted in budgets yet: 2 expenses to review or confirm, €35.00 (1 without an amount) »
 * (fr: « Pas encore comptées dans les budgets : 2 dépenses à vérifier ou à confirmer, 35,00 € (dont
 * 1 sans montant) »): no line is none of them.
 */
function readMonth(lines: ReturnType<typeof monthLines>): MonthFigures {
  const apart = lines.apart ?? '';
  const [said = '', without = ''] = apart.split(' (');
  const amounts = said.lastIndexOf(', ');
  return {
    totalCents: lines.total === null ? null : cents(lines.total),
    apartCount: Number(/:\s*(\d+)/.exec(said)?.[1] ?? 0),
    apartCents: amounts < 0 ? 0 : cents(said.slice(amounts + 2)),
    withoutAmount: Number(/(\d+)/.exec(without)?.[1] ?? 0),
  };
}

/** The month opened, its figures once they are `wanted`. */
async function monthFigures(held: PhoneOnStack, wanted: (now: MonthFigures) => boolean): Promise<void> {
  const { app, phone } = held;
  await app.showMonth();
  let last: ReturnType<typeof monthLines> | null = null;
  await waitFor('the month’s figures', async () => {
    last = await phone.tab.evaluate(monthLines);
    return wanted(readMonth(last)) ? true : null;
  }).catch((error: Error) => {
    throw new Error(`${error.message}; the month said ${JSON.stringify(last)}`);
  });
  await app.showCapture();
}

/**
 * The month's figures before a note: the total the page draws from the phone's rows at once, and
 * what budgets leave apart as the server answers it (the page draws that answer when it comes, and
 * draws no line when nothing is apart: its absence says nothing of an answer still on its way).
 */
async function figuresBefore(held: PhoneOnStack): Promise<MonthFigures> {
  const { app, phone, stack } = held;
  await app.showMonth();
  const total = await waitFor('the month’s total', async () => (await phone.tab.evaluate(monthLines)).total);
  await app.showCapture();
  const { apart } = await (await stack.api.budgets.$get({ query: { month: parisMonth(0) } })).json();
  return {
    totalCents: cents(total),
    apartCount: apart.count,
    apartCents: cents(apart.totals.find((t) => t.currency === 'EUR')?.amount ?? '0.00'),
    withoutAmount: apart.withoutAmount,
  };
}

/**
 * « Shared with Coloc » off while the note is typed (an earlier flow turned it on: a note typed then
 * is the household's bill); the function that turns it back on as it was, for the flows after.
 */
async function ownNotes(tab: PhoneTab, shared: string): Promise<() => Promise<void>> {
  const sharing = () =>
    tab.evaluate(() => document.querySelector<HTMLInputElement>('input[role="switch"]')?.checked ?? null);
  if ((await sharing()) !== true) return async () => {};
  const turned = async (on: boolean) => {
    await tab.click('switch', shared);
    await waitFor(`« ${shared} » ${on ? 'on' : 'off'}`, async () => ((await sharing()) === on ? true : null));
  };
  await turned(false);
  return () => turned(true);
}

/** Types `words`, waits for their card « No expense understood », and taps its « Record as an expense ». */
async function recordAnyway(held: PhoneOnStack, lang: Lang, words: string): Promise<void> {
  const { app, phone, stack } = held;
  const say = SAY[lang];
  await app.typeNote(words);
  const cards = await waitFor(
    'the card « no expense understood »',
    async () => {
      const { cards } = await phone.tab.evaluate(seen, words);
      return cards.some((c) => c.includes(words)) ? cards : null;
    },
    30_000,
  );
  // Newest first: the button found by its name (the first in the page) is this card's, not the
  // one of an older card still shown (a refund's, words typed by another flow).
  expect(cards[0]).toContain(say.noExpense);
  expect(cards[0]).toContain(words);
  expect((await onServer(stack)).filter((e) => e.transcript === words)).toEqual([]);
  await phone.tab.click('button', say.recordAsExpense);
}

/** The one row of `words` once the server's answer is listed, its card gone. */
async function listedOnce(held: PhoneOnStack, words: string): Promise<Listed> {
  const { rows, cards } = await waitFor(
    'the row from the server, the card gone',
    async () => {
      const now = await held.phone.tab.evaluate(seen, words);
      const sent = now.rows.some((r) => !r.unsent);
      return sent && !now.cards.some((c) => c.includes(words)) ? now : null;
    },
    30_000,
  );
  expect(cards.some((c) => c.includes(words))).toBe(false);
  expect(rows).toHaveLength(1);
  return rows[0] as Listed;
}

/** Registers the steps on a phone of describeCoreFlows. */
export function itRecordsWordsReadAsNoExpenseWhenAsked(held: PhoneOnStack, lang: Lang): void {
  const say = SAY[lang];
  it('records a question with a price in it as an expense when asked: one row to review at that price, said why, counted in the month’s total, not in its budgets, still one after a reload', async () => {
    const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
    const restoreSharing = await ownNotes(tab, say.shared);
    const before = await figuresBefore(held);

    await recordAnyway(held, lang, say.question);
    const row = await listedOnce(held, say.question);
    expect(row).toMatchObject({ amount: say.amount, toReview: true, accept: true });
    expect(row.text).toContain(say.asked);
    const server = (await onServer(stack)).filter((e) => e.transcript === say.question);
    expect(server.map((e) => [e.id, e.amount, e.status, e.reviewReason, e.householdId ?? null])).toEqual([
      [row.id, '35.00', 'needs_review', 'asked_as_expense', null],
    ]);

    // What a row to review with an amount does in the month (shared/src/review.ts countsInTotals,
    // report-store.ts alike): the total counts it, as heard; the budgets do not (countsInBudget),
    // and the line under the total says so: one more to review, its 35 € with the others'.
    await monthFigures(
      held,
      (now) =>
        now.totalCents === (before.totalCents ?? 0) + 3500 &&
        now.apartCount === before.apartCount + 1 &&
        now.apartCents === before.apartCents + 3500 &&
        now.withoutAmount === before.withoutAmount,
    );

    // The sync after a reload lays the server's list over the phone's copy: still one row.
    await tab.reload();
    await app.waitForRecordButton();
    expect(await listedOnce(held, say.question)).toMatchObject({ id: row.id, amount: say.amount });
    expect((await onServer(stack)).filter((e) => e.transcript === say.question)).toHaveLength(1);
    await restoreSharing();
  });

  it('records words with no amount as an expense when asked: one row to review whose amount is to add, in no total, its dialog with the amount empty', async () => {
    const { app, tab, stack } = { app: held.app, tab: held.phone.tab, stack: held.stack };
    const restoreSharing = await ownNotes(tab, say.shared);
    const before = await figuresBefore(held);

    await recordAnyway(held, lang, say.reminder);
    const row = await listedOnce(held, say.reminder);
    // No dialog opens by itself: the row says what is missing (the toast's « Complete » is the
    // other way in, for its few seconds), with « Fix » and no « Accept » (nothing to accept).
    expect(await tab.evaluate(() => document.querySelector('dialog[open]') !== null)).toBe(false);
    expect(row).toMatchObject({ amount: '—', toReview: true, accept: false });
    expect(row.text).toContain(say.toAdd);
    expect(row.text).toContain(say.noAmount);
    const server = (await onServer(stack)).filter((e) => e.transcript === say.reminder);
    expect(server.map((e) => [e.id, e.amount, e.status, e.reviewReason])).toEqual([
      [row.id, null, 'needs_review', 'no_amount'],
    ]);

    // No amount, nothing counted: the total as it was; one more to review, without an amount.
    await monthFigures(
      held,
      (now) =>
        now.totalCents === before.totalCents &&
        now.apartCount === before.apartCount + 1 &&
        now.apartCents === before.apartCents &&
        now.withoutAmount === before.withoutAmount + 1,
    );

    await app.openRow(say.reminder);
    const amount = await waitFor('the dialog’s amount', () =>
      tab.evaluate(
        () => document.querySelector<HTMLInputElement>('dialog[open] input[name="amount"]')?.value ?? null,
      ),
    );
    expect(amount).toBe('');
    await tab.press('Escape');
    await waitFor(
      'the dialog closed',
      async () => (await tab.evaluate(() => document.querySelector('dialog[open]') === null)) || null,
    );
    await restoreSharing();
  });
}
