/** Export (CSV for Excel in French, standard CSV, everything as JSON) and import of a JSON export. */
import { type ImportReport, monthRange } from '@voicetrack/shared';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Answer } from '../data/api/answer.ts';
import type { ApiClient } from '../data/api/client.ts';
import type { Strings } from '../i18n/index.ts';

export interface DataSectionProps {
  t: Strings;
  month: string;
  api: ApiClient;
  /** More of the person's data, in the same section (the bank statement's import). */
  children?: ComponentChildren;
}

type Kind = 'csv-fr' | 'csv' | 'json';

/** "3 dépenses importées, 1 déjà présente. 2 refusées (invalides) : n° 4, 9": how many, then their places in the file, not the server's English. */
function importReport(t: Strings, report: ImportReport): string {
  const done = t.imported(report.imported, report.duplicates);
  if (report.refused.length === 0) return done;
  const lines = report.refused.slice(0, 10).map((r) => String(r.index + 1));
  const which = `${lines.join(', ')}${report.refused.length > 10 ? '…' : ''}`;
  return `${done}. ${t.importRefused(report.refused.length, which)}`;
}

/** Why an import or a download did not go through, in words: the server's refusal, or no answer from it. */
function whyNot(t: Strings, got: Exclude<Answer<unknown>, { kind: 'ok' }>): string {
  // A refusal that is not the API's own (a proxy's 502 page) is no answer from the server either.
  if (got.kind === 'offline' || got.code.startsWith('http_')) return t.importNoAnswer;
  return t.importErrors[got.code] ?? t.importServerSaid(got.code);
}

export function DataSection({ t, month, api, children }: DataSectionProps) {
  const [message, setMessage] = useState<string | null>(null);
  const range = monthRange(month);
  const names: Record<Kind, string> = {
    'csv-fr': `voicetrack-${month}-excel-fr.csv`,
    csv: `voicetrack-${month}.csv`,
    json: 'voicetrack.json',
  };
  // Fetched with this phone's token, then saved from a blob: a plain link carries no token (a
  // paired phone's download would be refused, and dropped by the browser without a word).
  const download = (kind: Kind) => async () => {
    setMessage(null);
    const got = await api.download(kind, range);
    if (got.kind !== 'ok') return setMessage(t.downloadFailed(whyNot(t, got)));
    const url = URL.createObjectURL(got.value);
    Object.assign(document.createElement('a'), { href: url, download: names[kind] }).click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const exportButton = (kind: Kind, label: string) => (
    <button type="button" onClick={download(kind)}>
      {label}
    </button>
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
        {exportButton('csv-fr', t.exportCsvFr)}
        {exportButton('csv', t.exportCsv)}
        {exportButton('json', t.exportJson)}
        <label class="button">
          {t.importJson}
          <input type="file" accept="application/json,.json" class="visually-hidden" onChange={onImport} />
        </label>
      </div>
      {message && <p role="status">{message}</p>}
      {children}
    </section>
  );
}
