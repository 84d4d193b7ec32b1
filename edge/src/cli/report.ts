/**
 * `pnpm report --month YYYY-MM [--format json|html|text] [--send email|telegram] [--lang fr|en]`
 * Prints a month's report (last month by default) from the database the server uses.
 * With PGlite, it refuses while the server has DATA_DIR open: one process at a time may open its
 * files (the server sends the report itself with REPORT_CRON).
 */
import { parseArgs } from 'node:util';
import { localDate, previousMonth } from '@voicetrack/shared';
import { ConfigError, readConfig } from '../config.ts';
import { LOCAL_OWNER } from '../ports.ts';
import { DeliveryError } from '../report/deliver.ts';
import {
  type Channel,
  deliver,
  missingForChannel,
  produceReport,
  reportSettings,
} from '../report/run-report.ts';
import { DataDirBusyError } from '../store/data-dir-lock.ts';
import { openFromConfig } from '../store/open-store.ts';

function fail(message: string): never {
  process.stderr.write(
    `report: ${message}\nusage: pnpm report [--month YYYY-MM] [--format text|json|html] [--send email|telegram] [--lang fr|en]\n`,
  );
  process.exit(2);
}

let values: Record<string, string | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      month: { type: 'string' },
      format: { type: 'string' },
      send: { type: 'string' },
      lang: { type: 'string' },
    },
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const format = values.format ?? 'text';
if (!['text', 'json', 'html'].includes(format)) fail(`--format must be text, json or html, got "${format}"`);
const send = values.send as Channel | undefined;
if (send && send !== 'email' && send !== 'telegram') fail(`--send must be email or telegram, got "${send}"`);
if (values.lang && values.lang !== 'fr' && values.lang !== 'en')
  fail(`--lang must be fr or en, got "${values.lang}"`);

try {
  const config = readConfig({ ...process.env, ...(values.lang ? { REPORT_LANG: values.lang } : {}) });
  const month = values.month ?? previousMonth(localDate(new Date(), config.report.timeZone).slice(0, 7));
  if (!/^\d{4}-(?:0[1-9]|1[0-2])$/.test(month)) fail(`--month must be YYYY-MM, got "${month}"`);
  const settings = reportSettings(config);
  // A channel that cannot send is said before anything is read or printed.
  const missing = send ? missingForChannel(send, settings) : null;
  if (missing) fail(missing);
  const { store } = await openFromConfig(config.database, 'pnpm report');
  try {
    const produced = await produceReport(store, LOCAL_OWNER, month, settings);
    const out =
      format === 'json'
        ? JSON.stringify(
            { ...produced.report, summary: produced.summary, costUsd: produced.costUsd },
            null,
            2,
          )
        : format === 'html'
          ? produced.message.html
          : produced.message.text;
    process.stdout.write(`${out}\n`);
    if (send) {
      await deliver(produced.message, send, settings);
      await store.reports.claimDelivery(LOCAL_OWNER, month, send);
      process.stderr.write(`report: ${month} sent by ${send}\n`);
    }
  } finally {
    await store.close();
  }
} catch (error) {
  if (error instanceof DataDirBusyError) fail(`${error.message}: stop it first`);
  if (error instanceof ConfigError || error instanceof DeliveryError) fail(error.message);
  throw error;
}
