/**
 * The routes ARCHITECTURE.md lists bare answer bare: `GET /api/budgets` without `?month=` is this
 * month in REPORT_TIMEZONE (the zone budget alerts count in; the server knows no person's zone
 * apart from a note's). Before, it was `400 validation_failed` (« month is required »). The routes
 * the document lists with their month (`/api/report?month=`, `/api/reconciliation?month=`) still
 * say a missing one plainly.
 */
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../support/edge-app.ts';
import { errorOf } from '../support/hostile.ts';

// 23:30 in UTC on 30 November: already December in Paris, still November in New York.
const NOW = new Date('2026-11-30T23:30:00Z');

describe('GET /api/budgets with no month', () => {
  it.each([
    ['Europe/Paris', '2026-12'],
    ['America/New_York', '2026-11'],
  ])('is this month in REPORT_TIMEZONE %s (%s), the same answer as asking for it', async (zone, month) => {
    const t = await startTestApp({ env: { REPORT_TIMEZONE: zone }, now: () => NOW });
    try {
      expect(
        (
          await t.api.budgets[':category'].$put({
            param: { category: 'dining' },
            json: { amount: '100.00', currency: 'EUR' },
          })
        ).status,
      ).toBe(201);
      const bare = await t.api.budgets.$get({ query: {} });
      expect(bare.status).toBe(200);
      const said = await t.api.budgets.$get({ query: { month } });
      expect(await bare.json()).toEqual(await said.json());
      expect((await (await t.api.budgets.$get({ query: {} })).json()).month).toBe(month);
    } finally {
      await t.close();
    }
  });

  it('still refuses a month that is not YYYY-MM, and the report still asks for its month', async () => {
    const t = await startTestApp({ now: () => NOW });
    try {
      const bad = await t.api.budgets.$get({ query: { month: '2026-13' } });
      expect([bad.status, (await errorOf(bad)).code]).toEqual([400, 'validation_failed']);
      const report = await t.app.request('/api/report');
      expect([report.status, (await errorOf(report)).code]).toEqual([400, 'validation_failed']);
    } finally {
      await t.close();
    }
  });
});
