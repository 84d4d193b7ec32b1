/** Export (CSV for Excel in French, standard CSV, everything as JSON) and import of a JSON export. */
import type { ImportReport } from '@voicetrack/shared';
import { monthRange } from '@voicetrack/shared';
import { useState } from 'preact/hooks';
import type { Strings } from '../i18n.ts';

export function DataSection({ t, month }: { t: Strings; month: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const { from, to } = monthRange(month);
  const onImport = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const res = await fetch('/api/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: await file.text(),
      });
      const body = (await res.json()) as ImportReport | { error: { message: string } };
      setMessage(
        'error' in body
          ? t.importFailed(body.error.message)
          : t.imported(body.imported, body.duplicates, body.refused.length),
      );
    } catch (error) {
      setMessage(t.importFailed(String(error)));
    } finally {
      input.value = '';
    }
  };
  return (
    <section class="data" aria-labelledby="data-title">
      <h3 id="data-title">{t.dataTitle}</h3>
      <div class="data-actions">
        <a class="button" href={`/api/export.csv?from=${from}&to=${to}`} download>
          {t.exportCsvFr}
        </a>
        <a class="button" href={`/api/export.csv?from=${from}&to=${to}&format=standard`} download>
          {t.exportCsv}
        </a>
        <a class="button" href="/api/export.json" download>
          {t.exportJson}
        </a>
        <label class="button">
          {t.importJson}
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={onImport} />
        </label>
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
