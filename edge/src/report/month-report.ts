/** The month report: the numbers the PWA's month view, the CLI and the e-mail share. */
import { compareTotals, type MonthReport, previousMonth } from '@voicetrack/shared';
import type { Owner, ReportStore } from '../ports.ts';

export async function buildMonthReport(
  reports: ReportStore,
  owner: Owner,
  month: string,
): Promise<MonthReport> {
  const prev = previousMonth(month);
  const [current, previous] = await Promise.all([
    reports.monthSummary(owner, month),
    reports.monthSummary(owner, prev),
  ]);
  return {
    month,
    ...current,
    previous: { month: prev, count: previous.count, totals: previous.totals },
    changes: compareTotals(current.totals, previous.totals),
  };
}
