/** GET /export.csv, GET /export.json, POST /import: backup/'s exports and importer in HTTP. */
import { csvFileName, ExportFileSchema, ExportQuerySchema } from '@voicetrack/shared';
import { Hono } from 'hono';
import { csvLines, exportHead, jsonLines } from '../backup/export-file.ts';
import type { Importer } from '../backup/import-file.ts';
import type { AppEnv } from '../http/app-env.ts';
import { BODY_LIMITS } from '../http/body-limits.ts';
import { attachment } from '../http/content-disposition.ts';
import { refusalError } from '../http/refusal.ts';
import { limitBody, strictJson, valid } from '../http/validate.ts';
import type { Store } from '../ports.ts';

function streamText(lines: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = lines[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export function exportRoutes(deps: {
  store: Pick<
    Store,
    'expenses' | 'budgets' | 'recurring' | 'learning' | 'receiptPhotos' | 'households' | 'householdBudgets'
  >;
  importFile: Importer;
}) {
  const { store } = deps;
  return new Hono<AppEnv>()
    .get('/export.csv', valid('query', ExportQuerySchema), (c) => {
      const { format = 'excel-fr', timezone, ...query } = c.req.valid('query');
      const lines = csvLines(store, c.get('owner'), query, format, timezone);
      return c.body(streamText(lines), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': attachment(csvFileName(format, query)),
      });
    })
    .get('/export.json', async (c) => {
      const owner = c.get('owner');
      const head = await exportHead(store, owner, new Date());
      return c.body(streamText(jsonLines(head, store, owner)), 200, {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': attachment('voicetrack-export.json'),
      });
    })
    .post(
      '/import',
      limitBody(BODY_LIMITS.import.maxSize, BODY_LIMITS.import.what),
      strictJson,
      valid('json', ExportFileSchema),
      async (c) => {
        const imported = await deps.importFile(c.get('owner'), c.req.valid('json'));
        if (imported.kind === 'refused') throw refusalError(imported);
        return c.json(imported.report, 200);
      },
    );
}
