/**
 * « Relevé bancaire » in the data section: a file from the bank (CAMT.053, OFX, QFX, QIF, CSV) and
 * the account's name; the answer said in words, the refused lines by number, and, for a CSV whose
 * columns are not a known bank's, a form to say which column is which (the currency's guessed from
 * its header or its codes) and in which order its dates are written (guessed from the file's dates
 * when they decide it; remembered per account).
 * Statements shared to the app wait here when they need the person: one from an unknown page (to
 * import or remove), a CSV to map, one the server refused (why, and remove).
 */
import {
  type CsvMapping,
  type CsvPreview,
  type DateOrder,
  decidedDateOrder,
  guessCurrencyColumn,
} from '@voicetrack/shared';
import { useMemo, useState } from 'preact/hooks';
import { useLiveQuery } from '../base/hooks.ts';
import type { ApiClient } from '../data/api/client.ts';
import { statementsApi } from '../data/api/statements.ts';
import type { SharedStatement, VoiceTrackDb } from '../data/db.ts';
import { statementFile } from '../data/shared-statements.ts';
import type { BankStrings } from '../i18n/bank.ts';
import { refusalWhy, statementSaid } from './statement-said.ts';
import './bank.css';

export const STATEMENT_ACCEPT =
  '.ofx,.qfx,.qif,.csv,.xml,.txt,application/x-ofx,application/xml,text/xml,text/csv';

export function StatementImportSection({
  t,
  api,
  db,
  onImported,
}: {
  t: BankStrings;
  api: ApiClient;
  /** Statements shared to the app (share target) that wait for the person. */
  db: VoiceTrackDb;
  onImported?: () => void;
}) {
  const [account, setAccount] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  /** A CSV whose columns the server asked for; `sharedId`: it came by the share sheet. */
  const [asked, setAsked] = useState<{ file: File; preview: CsvPreview; sharedId?: string } | null>(null);
  const bank = useMemo(() => statementsApi(api.routes), [api]);
  const shared = useLiveQuery(() => db.statements.orderBy('id').toArray(), [db], [] as SharedStatement[]);

  /** Sends a file; a shared one leaves the phone once the server has imported it. */
  const send = async (file: File, options: { mapping?: CsvMapping; sharedId?: string } = {}) => {
    setBusy(true);
    setMessage(t.statementImporting);
    const got = await bank.importStatement(file, account.trim(), options.mapping);
    setBusy(false);
    if (!options.mapping && got.kind === 'refused' && got.code === 'csv_mapping_required' && got.csv) {
      setMessage(null);
      setAsked({ file, preview: got.csv, ...(options.sharedId ? { sharedId: options.sharedId } : {}) });
      return;
    }
    setMessage(statementSaid(t, got));
    if (got.kind !== 'ok') return;
    setAsked(null);
    if (options.sharedId) await db.statements.delete(options.sharedId);
    onImported?.();
  };
  const onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void send(file);
  };
  return (
    <section class="statement" aria-labelledby="statement-title">
      <h4 id="statement-title">{t.statementTitle}</h4>
      <p class="hint">{t.statementHint}</p>
      {shared.length > 0 && (
        <ul class="shared-statements">
          {shared.map((s) => (
            <li key={s.id}>
              <p>
                {s.state === 'refused'
                  ? t.sharedRefused(s.name, refusalWhy(t, s.code, s.message ?? ''))
                  : t.shared(s.name)}
              </p>
              {s.state === 'waiting' ? (
                <p class="hint">{t.sharedWaiting}</p>
              ) : (
                <div class="actions">
                  {s.state !== 'refused' && (
                    <button
                      type="button"
                      disabled={busy}
                      aria-label={t.on(t.sharedImport, s.name)}
                      onClick={() => send(statementFile(s), { sharedId: s.id })}
                    >
                      {t.sharedImport}
                    </button>
                  )}
                  <button
                    type="button"
                    aria-label={t.on(t.sharedRemove, s.name)}
                    onClick={() => db.statements.delete(s.id)}
                  >
                    {t.sharedRemove}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
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
        <MappingForm
          t={t}
          preview={asked.preview}
          onSubmit={(mapping) =>
            send(asked.file, { mapping, ...(asked.sharedId ? { sharedId: asked.sharedId } : {}) })
          }
        />
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
  // Guessed from the header (« Devise », « Monnaie », "Currency"…) or from cells of ISO 4217 codes;
  // '' (none): every line in the account's currency.
  const [currency, setCurrency] = useState(() => {
    const i = guessCurrencyColumn(preview.columns, preview.rows);
    return i === null ? '' : (preview.columns[i] ?? '');
  });
  // What the person chose; until then, what the date column's cells decide (the whole file's, as
  // the server read them, else the rows shown), day first when they do not.
  const [chosenOrder, setChosenOrder] = useState<DateOrder | null>(null);
  const column = preview.columns.indexOf(date);
  const decided = preview.dateOrders?.[column] ?? decidedDateOrder(preview.rows.map((r) => r[column] ?? ''));
  // ISO dates (a year first) read the same in either order: the form offers the two a person knows.
  const dateOrder: DateOrder = chosenOrder ?? (decided === 'mdy' ? 'mdy' : 'dmy');
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
          dateOrder,
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
      <label>
        {t.mappingDateOrder}
        <select
          value={dateOrder}
          onChange={(e) => setChosenOrder((e.target as HTMLSelectElement).value === 'mdy' ? 'mdy' : 'dmy')}
        >
          <option value="dmy">{t.mappingDmy}</option>
          <option value="mdy">{t.mappingMdy}</option>
        </select>
      </label>
      {select(t.mappingLabel, label, setLabel)}
      {select(t.mappingAmount, amount, setAmount, t.mappingDebitCredit)}
      {amount === '' && select(t.mappingDebit, debit, setDebit)}
      {amount === '' && select(t.mappingCredit, credit, setCredit)}
      {select(t.mappingCurrency, currency, setCurrency, t.mappingNone)}
      <button type="submit">{t.mappingImport}</button>
    </form>
  );
}
