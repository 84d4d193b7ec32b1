/** The month report: the numbers the PWA's month view, the CLI and the e-mail share. */
import { compareTotals, type MonthReport, previousMonth } from '@voicetrack/shared';
import type { RecurringRunner } from '../money/recurring-runner.ts';
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

/** The month's report, with the recurring expenses whose day has come made first (Supabase has no schedule). */
export async function monthReport(
  deps: { reports: ReportStore; runner: Pick<RecurringRunner, 'runFor'> },
  owner: Owner,
  month: string,
): Promise<MonthReport> {
  await deps.runner.runFor(owner);
  return buildMonthReport(deps.reports, owner, month);
}
