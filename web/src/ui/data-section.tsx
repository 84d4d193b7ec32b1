/** Export (CSV for Excel in French, standard CSV, everything as JSON) and import of a JSON export. */
import type { ImportReport } from '@voicetrack/shared';
import { monthRange } from '@voicetrack/shared';
import { useState } from 'preact/hooks';
import { API_BASE } from '../config.ts';
import type { Strings } from '../i18n/index.ts';

export interface DataSectionProps {
  t: Strings;
  month: string;
  api: (path: string, init?: RequestInit) => Promise<Response>;
  signedDownloads: boolean;
}

export function DataSection({ t, month, api, signedDownloads }: DataSectionProps) {
  const [message, setMessage] = useState<string | null>(null);
  const { from, to } = monthRange(month);
  // A link is enough when the API needs no token; in Supabase mode the file is fetched with it.
  const download = (path: string, name: string) => async (e: Event) => {
    if (!signedDownloads) return;
    e.preventDefault();
    try {
      const res = await api(path);
      if (!res.ok) throw new Error(`${res.status}`);
      const url = URL.createObjectURL(await res.blob());
      const a = Object.assign(document.createElement('a'), { href: url, download: name });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setMessage(t.importFailed(String(error)));
    }
  };
  const csvFr = `/api/export.csv?from=${from}&to=${to}`;
  const csv = `${csvFr}&format=standard`;
  const onImport = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const res = await api('/api/import', {
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
        <a
          class="button"
          href={API_BASE + csvFr}
          download
          onClick={download(csvFr, `voicetrack-${month}.csv`)}
        >
          {t.exportCsvFr}
        </a>
        <a class="button" href={API_BASE + csv} download onClick={download(csv, `voicetrack-${month}.csv`)}>
          {t.exportCsv}
        </a>
        <a
          class="button"
          href={`${API_BASE}/api/export.json`}
          download
          onClick={download('/api/export.json', 'voicetrack.json')}
        >
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
