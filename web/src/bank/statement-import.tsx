/**
 * « Relevé bancaire » in the data section: a file from the bank (CAMT.053, OFX, QFX, QIF, CSV) and
 * the account's name; the answer said in words, the refused lines by number, and, for a CSV whose
 * columns are not a known bank's, a form to say which column is which (remembered per account).
 */
import type { CsvMapping, CsvPreview, StatementImport } from '@voicetrack/shared';
import { useMemo, useState } from 'preact/hooks';
import type { Answer } from '../data/api/answer.ts';
import type { ApiClient } from '../data/api/client.ts';
import { statementsApi } from '../data/api/statements.ts';
import type { BankStrings } from '../i18n/bank.ts';
import './bank.css';

export const STATEMENT_ACCEPT =
  '.ofx,.qfx,.qif,.csv,.xml,.txt,application/x-ofx,application/xml,text/xml,text/csv';

function said(t: BankStrings, got: Answer<StatementImport>): string {
  if (got.kind === 'offline' || (got.kind === 'refused' && got.code.startsWith('http_')))
    return t.statementFailed(t.statementNoAnswer);
  if (got.kind === 'refused') return t.statementFailed(got.message);
  const r = got.value;
  const refused = r.refused.slice(0, 10).map((l) => String(l.line));
  return `${t.statementResult(r.lines, r.matched, r.suggested, r.duplicates)}${refused.length > 0 ? ` ${t.statementRefused(`${refused.join(', ')}${r.refused.length > 10 ? '…' : ''}`)}` : ''}`;
}

export function StatementImportSection({
  t,
  api,
  onImported,
}: {
  t: BankStrings;
  api: ApiClient;
  onImported?: () => void;
}) {
  const [account, setAccount] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [asked, setAsked] = useState<{ file: File; preview: CsvPreview } | null>(null);
  const bank = useMemo(() => statementsApi(api.routes), [api]);

  const send = async (file: File, mapping?: CsvMapping) => {
    setBusy(true);
    setMessage(t.statementImporting);
    const got = await bank.importStatement(file, account.trim(), mapping);
    setBusy(false);
    setMessage(said(t, got));
    if (got.kind === 'ok') {
      setAsked(null);
      onImported?.();
    }
  };
  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    setMessage(t.statementImporting);
    const got = await bank.importStatement(file, account.trim());
    setBusy(false);
    if (got.kind === 'refused' && got.code === 'csv_mapping_required' && got.csv) {
      setMessage(null);
      setAsked({ file, preview: got.csv });
      return;
    }
    setMessage(said(t, got));
    if (got.kind === 'ok') onImported?.();
  };
  return (
    <section class="statement" aria-labelledby="statement-title">
      <h4 id="statement-title">{t.statementTitle}</h4>
      <p class="hint">{t.statementHint}</p>
      <label>
        {t.statementAccount}
        <input
          type="text"
          maxLength={60}
          value={account}
          onInput={(e) => setAccount((e.target as HTMLInputElement).value)}
        />
      </label>
      <label class="button">
        {t.statementFile}
        <input
          type="file"
          accept={STATEMENT_ACCEPT}
          class="visually-hidden"
          disabled={busy}
          onChange={onFile}
        />
      </label>
      {asked && (
        <MappingForm t={t} preview={asked.preview} onSubmit={(mapping) => send(asked.file, mapping)} />
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}

function MappingForm({
  t,
  preview,
  onSubmit,
}: {
  t: BankStrings;
  preview: CsvPreview;
  onSubmit: (m: CsvMapping) => void;
}) {
  const [date, setDate] = useState(preview.columns[0] ?? '');
  const [label, setLabel] = useState(preview.columns[1] ?? '');
  // '' : the amounts are in two columns, a debit and a credit.
  const [amount, setAmount] = useState(preview.columns[2] ?? '');
  const [debit, setDebit] = useState(preview.columns[2] ?? '');
  const [credit, setCredit] = useState(preview.columns[3] ?? '');
  const [currency, setCurrency] = useState('');
  const select = (name: string, value: string, set: (v: string) => void, none?: string) => (
    <label>
      {name}
      <select value={value} onChange={(e) => set((e.target as HTMLSelectElement).value)}>
        {none !== undefined && <option value="">{none}</option>}
        {preview.columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      class="mapping"
      aria-labelledby="mapping-title"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({
          date,
          label,
          ...(amount ? { amount } : { debit, credit }),
          ...(currency ? { currency } : {}),
        });
      }}
    >
      <h5 id="mapping-title">{t.mappingTitle}</h5>
      <p class="hint">{t.mappingHint}</p>
      <div class="preview">
        <table>
          <thead>
            <tr>
              {preview.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, 3).map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {select(t.mappingDate, date, setDate)}
      {select(t.mappingLabel, label, setLabel)}
      {select(t.mappingAmount, amount, setAmount, t.mappingDebitCredit)}
      {amount === '' && select(t.mappingDebit, debit, setDebit)}
      {amount === '' && select(t.mappingCredit, credit, setCredit)}
      {select(t.mappingCurrency, currency, setCurrency, t.mappingNone)}
      <button type="submit">{t.mappingImport}</button>
    </form>
  );
}
