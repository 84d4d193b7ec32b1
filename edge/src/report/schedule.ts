/**
 * The opt-in monthly report's job (REPORT_CRON, e.g. "0 8 1 * *" in REPORT_TIMEZONE, scheduled by
 * the Node server from wire.ts's jobs): sends last month's report on each configured channel, once
 * per month and channel (recorded in the database, so a restart or a second instance does not
 * send it again).
 */

import { localDate, previousMonth } from '@voicetrack/shared';
import type { Logger } from '../observe/logger.ts';
import type { Owner, ReportStore, UsageStore } from '../ports.ts';
import { type Channel, deliver, produceReport, type ReportSettings } from './run-report.ts';

export interface ScheduleOptions {
  timeZone: string;
  channels: Channel[];
  store: { reports: ReportStore; usage: UsageStore };
  owner: Owner;
  settings: ReportSettings;
  logger: Logger;
}

/** Sends last month's report where it was not sent yet. Returns the channels it sent to. */
export async function sendDueReports(options: ScheduleOptions, now: Date): Promise<Channel[]> {
  const month = previousMonth(localDate(now, options.timeZone).slice(0, 7));
  const sent: Channel[] = [];
  const produced = await produceReport(options.store, options.owner, month, options.settings);
  for (const channel of options.channels) {
    if (!(await options.store.reports.claimDelivery(options.owner, month, channel))) continue;
    try {
      await deliver(produced.message, channel, options.settings);
      sent.push(channel);
      options.logger.log('info', 'monthly report sent', { month, channel });
    } catch (error) {
      await options.store.reports.releaseDelivery(options.owner, month, channel);
      options.logger.log('error', 'monthly report not sent', { month, channel, error: String(error) });
    }
  }
  return sent;
}
