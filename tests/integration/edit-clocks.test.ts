/**
 * A phone's clock ten minutes behind or ahead of the server's: its changes still count at the
 * moment they were made (it says its clock as it sends them: `sentAt`), so its own changes apply
 * in the order the person made them, and a change made elsewhere in between still wins only when
 * it was made later. Through the API, on PGlite in memory and on the PostgreSQL server.
 */
import type { Expense } from '@voicetrack/shared';
import { describe, expect, it } from 'vitest';
import { useAppOn } from '../support/both-databases.ts';
import { type TestApp, textNote } from '../support/edge-app.ts';

const TEN_MINUTES = 10 * 60_000;

/** A device whose clock is `skew` ms off the server's (which is this process's). */
const device = (skew: number) => ({ clock: (trueMs = Date.now()) => new Date(trueMs + skew).toISOString() });

describe.each(['PGlite', 'PostgreSQL'] as const)('edits from a phone whose clock is off (%s)', (kind) => {
  const on = useAppOn(kind === 'PostgreSQL', 'vt_clocks');

  /** One typed note of `month` (its own month: each test reads that month's total alone). */
  const note = async (text: string, month: string): Promise<Expense> => {
    const res = await on.app.api.text.$post({
      json: textNote(text, { recordedAt: `${month}-12T12:30:00+01:00` }),
    });
    expect(res.status).toBe(201);
    const [expense] = (await res.json()).expenses;
    if (!expense) throw new Error('no expense');
    return expense;
  };
  const edit = (id: string, json: Parameters<TestApp['api']['expenses'][':id']['$patch']>[0]['json']) =>
    on.app.api.expenses[':id'].$patch({ param: { id }, json });
  const monthOf = async (month: string) => {
    const report = await (await on.app.api.report.$get({ query: { month } })).json();
    const list = await (
      await on.app.api.expenses.$get({ query: { from: `${month}-01`, to: `${month}-28` } })
    ).json();
    return { totals: report.totals.map((x) => [x.currency, x.amount]), rows: list.expenses };
  };

  it.each([
    ['behind', -TEN_MINUTES, '2026-03'],
    ['ahead', TEN_MINUTES, '2026-04'],
  ])(
    'applies a phone %s’s changes in the order made: an early change, then an edit made after the answer',
    async (_, skew, month) => {
      const phone = device(skew);
      // Offline, the person fixed the amount of a note's row a minute before it was sent (an
      // early change, replayed once the server's row is in), then fixed it again after the answer.
      const earlyChange = phone.clock(Date.now() - 60_000);
      const saved = await note('12,50 € au resto', month);
      const later = phone.clock();
      const early = await edit(saved.id, {
        amount: '13.00',
        description: 'Chez Léon',
        editedAt: earlyChange,
        sentAt: phone.clock(),
      });
      expect(early.status).toBe(200);
      const fixed = await (
        await edit(saved.id, { amount: '15.20', editedAt: later, sentAt: phone.clock() })
      ).json();
      expect(fixed).toMatchObject({ amount: '15.20', description: 'Chez Léon' });
      expect(fixed.lost).toBeUndefined();
      // What the changes did not name is as the server read it; one row; the month counts it once.
      expect(fixed).toMatchObject({ category: saved.category, currency: 'EUR', date: saved.date });
      const after = await monthOf(month);
      expect(after.rows.map((e) => e.id)).toEqual([saved.id]);
      expect(after.totals).toEqual([['EUR', '15.20']]);
    },
  );

  it.each([
    ['behind', -TEN_MINUTES, '2026-05'],
    ['ahead', TEN_MINUTES, '2026-06'],
  ])('lets a laptop’s change win over a phone %s’s only when it was made later', async (_, skew, month) => {
    const phone = device(skew);
    const laptop = device(0);
    const saved = await note('30 € de courses', month);
    const now = Date.now();
    // The phone, offline, renamed it 30 s ago; the laptop renamed it 20 s ago; the phone sends now.
    await edit(saved.id, {
      description: 'Laptop',
      editedAt: laptop.clock(now - 20_000),
      sentAt: laptop.clock(),
    });
    const lost = await (
      await edit(saved.id, {
        description: 'Phone',
        amount: '31.00',
        editedAt: phone.clock(now - 30_000),
        sentAt: phone.clock(),
      })
    ).json();
    expect(lost).toMatchObject({ description: 'Laptop', amount: '31.00', lost: ['description'] });

    // The phone renamed it again 10 s ago, after the laptop: that one wins.
    const won = await (
      await edit(saved.id, {
        description: 'Phone',
        editedAt: phone.clock(now - 10_000),
        sentAt: phone.clock(),
      })
    ).json();
    expect(won).toMatchObject({ description: 'Phone', amount: '31.00' });
    expect(won.lost).toBeUndefined();
    expect((await monthOf(month)).totals).toEqual([['EUR', '31.00']]);
  });

  it('reads an edit with no sentAt (a phone older than it) on its own stamp, as before', async () => {
    const saved = await note('8 € de pain', '2026-07');
    await edit(saved.id, { description: 'Now', editedAt: new Date().toISOString() });
    const old = await (
      await edit(saved.id, { description: 'Old', editedAt: new Date(Date.now() - 60_000).toISOString() })
    ).json();
    expect(old).toMatchObject({ description: 'Now', lost: ['description'] });
  });
});
