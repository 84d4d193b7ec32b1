/**
 * The month report orders its ties the same way every time, on PGlite and on the PostgreSQL
 * server: currencies of the same total, categories of the same sum, and, among the biggest,
 * expenses of the same amount on the same day (the newest note first, its rows in the order said).
 * The rows are saved so that the order they were written in is none of the expected ones.
 */
import { LOCAL_OWNER } from '@voicetrack/edge/ports.ts';
import type { Category, MonthReport } from '@voicetrack/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAppOn } from '../support/both-databases.ts';
import type { TestApp } from '../support/edge-app.ts';

type Row = [amount: string, currency: string, category: Category, description: string, date: string];

/** One note, its rows in the order said, saved as the pipeline saves a note. */
async function saveNote(t: TestApp, rows: Row[]): Promise<void> {
  const saved = await t.store.captures.save(
    LOCAL_OWNER,
    {
      clientId: crypto.randomUUID(),
      source: 'text',
      recordedAt: '2026-10-20T12:00:00+02:00',
      timezone: 'Europe/Paris',
      locale: 'fr-FR',
    },
    {
      transcript: rows.map((r) => r[3]).join(', '),
      outcome: 'saved',
      expenses: rows.map(([amount, currency, category, description, date]) => ({
        amount,
        currency,
        category,
        description,
        date,
        status: 'saved' as const,
        parsedBy: 'local' as const,
        reviewReason: null,
      })),
    },
  );
  if (!saved) throw new Error('the note was already saved');
}

describe.each(['PGlite', 'PostgreSQL'] as const)('the month report’s ties on %s', (kind) => {
  const on = useAppOn(kind === 'PostgreSQL', 'vt_report_ties');
  let report: MonthReport;

  beforeAll(async () => {
    // Written in an order the report must not follow: USD before GBP before EUR, leisure before
    // dining, the older grocery note before the newer one.
    await saveNote(on.app, [['130.00', 'USD', 'shopping', 'Diner NYC', '2026-10-03']]);
    await saveNote(on.app, [['130.00', 'GBP', 'shopping', 'Pub', '2026-10-03']]);
    await saveNote(on.app, [['20.00', 'EUR', 'leisure', 'Cinéma', '2026-10-02']]);
    await saveNote(on.app, [['20.00', 'EUR', 'dining', 'Resto', '2026-10-02']]);
    await saveNote(on.app, [['30.00', 'EUR', 'groceries', 'Beurre', '2026-10-05']]);
    await saveNote(on.app, [
      ['30.00', 'EUR', 'groceries', 'Pain', '2026-10-05'],
      ['30.00', 'EUR', 'groceries', 'Lait', '2026-10-05'],
      ['30.00', 'EUR', 'groceries', 'Œufs', '2026-10-05'],
    ]);
    const answer = await on.app.api.report.$get({ query: { month: '2026-10' } });
    expect(answer.status).toBe(200);
    report = await answer.json();
  });

  it('puts currencies of the same total in currency order', () => {
    expect(report.totals).toEqual([
      { currency: 'EUR', amount: '160.00', count: 6 },
      { currency: 'GBP', amount: '130.00', count: 1 },
      { currency: 'USD', amount: '130.00', count: 1 },
    ]);
  });

  it('puts categories of the same sum in category order, within each currency', () => {
    expect(report.byCategory.map((c) => `${c.currency} ${c.category} ${c.amount}`)).toEqual([
      'EUR groceries 120.00',
      'EUR dining 20.00',
      'EUR leisure 20.00',
      'GBP shopping 130.00',
      'USD shopping 130.00',
    ]);
  });

  it('shows the biggest of the same amount and day newest note first, its rows in the order said', () => {
    expect(report.biggest.map((e) => e.description)).toEqual(['Pub', 'Diner NYC', 'Pain', 'Lait', 'Œufs']);
  });
});
