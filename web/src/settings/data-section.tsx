/** Export (CSV for Excel in French, standard CSV, everything as JSON) and import of a JSON export. */
import { type ImportReport, monthRange } from '@voicetrack/shared';
import { useState } from 'preact/hooks';
import type { Answer } from '../data/api/answer.ts';
import type { ApiClient } from '../data/api/client.ts';
import type { Strings } from '../i18n/index.ts';

export interface DataSectionProps {
  t: Strings;
  month: string;
  api: ApiClient;
  signedDownloads: boolean;
}

type Kind = 'csv-fr' | 'csv' | 'json';

/** "3 dépenses importées, 1 déjà présente. Lignes refusées (invalides) : 4, 9": row numbers, not the server's English. */
function importReport(t: Strings, report: ImportReport): string {
  const done = t.imported(report.imported, report.duplicates);
  if (report.refused.length === 0) return done;
  const lines = report.refused.slice(0, 10).map((r) => String(r.index + 1));
  return `${done}. ${t.importRefused(`${lines.join(', ')}${report.refused.length > 10 ? '…' : ''}`)}`;
}

/** Why an import did not go through, in words: the server's refusal, or no answer from it. */
function whyNot(t: Strings, got: Exclude<Answer<unknown>, { kind: 'ok' }>): string {
  // A refusal that is not the API's own (a proxy's 502 page) is no answer from the server either.
  if (got.kind === 'offline' || got.code.startsWith('http_')) return t.importNoAnswer;
  return t.importErrors[got.code] ?? t.importServerSaid(got.code);
}

export function DataSection({ t, month, api, signedDownloads }: DataSectionProps) {
  const [message, setMessage] = useState<string | null>(null);
  const range = monthRange(month);
  const names: Record<Kind, string> = {
    'csv-fr': `voicetrack-${month}-excel-fr.csv`,
    csv: `voicetrack-${month}.csv`,
    json: 'voicetrack.json',
  };
  // A link is enough when the API needs no token; in Supabase mode the file is fetched with it.
  const download = (kind: Kind) => async (e: Event) => {
    if (!signedDownloads) return;
    e.preventDefault();
    try {
      const url = URL.createObjectURL(await api.download(kind, range));
      const a = Object.assign(document.createElement('a'), { href: url, download: names[kind] });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setMessage(t.downloadFailed(error instanceof Error ? error.message : String(error)));
    }
  };
  const link = (kind: Kind, label: string) => (
    <a class="button" href={api.downloadUrl(kind, range)} download={names[kind]} onClick={download(kind)}>
      {label}
    </a>
  );
  const onImport = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await file.text());
      } catch {
        setMessage(t.importFailed(t.importNotJson));
        return;
      }
      const got = await api.importExport(parsed);
      setMessage(got.kind === 'ok' ? importReport(t, got.value) : t.importFailed(whyNot(t, got)));
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
        {link('csv-fr', t.exportCsvFr)}
        {link('csv', t.exportCsv)}
        {link('json', t.exportJson)}
        <label class="button">
          {t.importJson}
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={onImport} />
        </label>
      </div>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
