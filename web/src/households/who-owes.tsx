/**
 * « Qui doit quoi », at the top of the month when the phone is in a household: the server's
 * fewest transfers as sentences from this phone's side (« Marie te doit 24,00 € »), each with
 * « Régler » (asked first, then recorded as a repayment), and an « Annuler » for a few seconds
 * after, which records the opposite repayment (the server keeps repayments; none is deleted).
 * « Vous êtes quittes » when nothing is owed. Read again when the household's bills change and
 * when the app comes back into view.
 */
import type { Household } from '@voicetrack/shared';
import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '../data/api/client.ts';
import { householdsApi } from '../data/api/households.ts';
import { HOUSEHOLD_STRINGS } from '../i18n/households.ts';
import type { Lang } from '../i18n/lang.ts';
import { type TransferLine, transferLines } from './household-words.ts';
import './households.css';

const UNDO_MS = 6000;

type Shown =
  | { kind: 'loading' }
  | { kind: 'offline' }
  | { kind: 'refused'; message: string }
  | { kind: 'lines'; lines: TransferLine[] };

export default function WhoOwes(props: {
  lang: Lang;
  api: ApiClient;
  household: Household;
  version: string;
}) {
  const { lang, api, household, version } = props;
  const s = HOUSEHOLD_STRINGS[lang];
  const calls = householdsApi(api.routes);
  const [shown, setShown] = useState<Shown>({ kind: 'loading' });
  const [asking, setAsking] = useState<string | null>(null);
  const [done, setDone] = useState<{ line: TransferLine; undone: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async () => {
    const got = await calls.balances(household.id);
    if (got.kind === 'ok') setShown({ kind: 'lines', lines: transferLines(got.value, household, lang) });
    else if (got.kind === 'offline') setShown({ kind: 'offline' });
    else setShown({ kind: 'refused', message: got.message });
  };
  useEffect(() => {
    void load();
    const again = () => document.visibilityState === 'visible' && void load();
    window.addEventListener('focus', again);
    document.addEventListener('visibilitychange', again);
    return () => {
      window.removeEventListener('focus', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, [household.id, household.me, version, lang]);
  useEffect(() => {
    if (!done) return;
    const timer = setTimeout(() => setDone(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [done]);

  const record = async (line: TransferLine, reverse: boolean) => {
    setBusy(true);
    const body = {
      fromMemberId: reverse ? line.toMemberId : line.fromMemberId,
      toMemberId: reverse ? line.fromMemberId : line.toMemberId,
      amount: line.amount,
      currency: line.currency,
    };
    const got = await calls.settle(household.id, body);
    setBusy(false);
    setAsking(null);
    if (got.kind === 'ok') setDone({ line, undone: reverse });
    else if (got.kind === 'offline') setShown({ kind: 'offline' });
    else setShown({ kind: 'refused', message: got.message });
    await load();
  };
  const key = (l: TransferLine) => `${l.fromMemberId}>${l.toMemberId}:${l.currency}`;

  return (
    <section class="who-owes" aria-labelledby="who-owes-title">
      <h2 id="who-owes-title">{s.whoOwes}</h2>
      {/* Its line's room kept while the balances come: the month below stays where it was drawn
          (it moved 51 px under a finger about to tap « ‹ »). */}
      {shown.kind === 'loading' && <p class="who-owes-wait" aria-hidden="true" />}
      {shown.kind === 'offline' && <p class="hint">{s.balancesOffline}</p>}
      {shown.kind === 'refused' && <p class="message">{s.refused(shown.message)}</p>}
      {shown.kind === 'lines' && shown.lines.length === 0 && <p>{s.square}</p>}
      {shown.kind === 'lines' && shown.lines.length > 0 && (
        <ul>
          {shown.lines.map((line) => (
            <li key={key(line)}>
              <span>{line.says}</span>
              <button
                type="button"
                aria-label={s.settleLabel(line.says)}
                onClick={() => setAsking(key(line))}
              >
                {s.settle}
              </button>
              {asking === key(line) && (
                <div
                  class="confirm"
                  role="alertdialog"
                  aria-labelledby="settle-ask"
                  aria-describedby="settle-says"
                >
                  <p id="settle-ask">{line.ask}</p>
                  <small id="settle-says">{s.settleSays}</small>
                  <button
                    type="button"
                    class="primary"
                    disabled={busy}
                    onClick={() => void record(line, false)}
                  >
                    {s.confirm}
                  </button>
                  <button type="button" onClick={() => setAsking(null)}>
                    {s.cancel}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {done && (
        <p role="status" class="settled">
          {done.undone ? s.undone : s.settled(done.line.shown)}{' '}
          {!done.undone && (
            <button type="button" disabled={busy} onClick={() => void record(done.line, true)}>
              {s.undo}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
