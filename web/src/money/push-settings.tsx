/**
 * "Alertes de budget" in the settings: turn alerts on for this device (the browser's permission
 * prompt comes only from this tap, never at start), send a test, turn them off (the browser's
 * subscription and the server's copy). Where the browser cannot get them, says why — on iPhone
 * and iPad, how: from the Home Screen (iOS 16.4+).
 */
import { useState } from 'preact/hooks';
import type { ApiClient } from '../data/api/client.ts';
import { type Lang, localeOf } from '../i18n/lang.ts';
import { MONEY_STRINGS, type MoneyStrings } from '../i18n/money.ts';
import {
  currentSubscription,
  disablePush,
  type EnableOutcome,
  enablePush,
  pushSupport,
} from './push-subscription.ts';
import './money-settings.css';

function failure(outcome: Exclude<EnableOutcome, { ok: true }>, m: MoneyStrings): string {
  switch (outcome.reason) {
    case 'denied':
      return m.denied;
    case 'offline':
      return m.offline;
    case 'refused':
      return m.pushRefused;
    case 'unavailable':
      return m.pushUnavailable;
    case 'no-worker':
      return m.unsupported;
    case 'failed':
      return m.pushFailed(outcome.message);
  }
}

export function PushSettings({ lang, api }: { lang: Lang; api: ApiClient }) {
  const m = MONEY_STRINGS[lang];
  const support = pushSupport();
  const [on, setOn] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const read = () => {
    if (support === 'ok' && on === null) void currentSubscription().then((s) => setOn(s !== null));
  };
  const toggle = async (wanted: boolean) => {
    // The switch shows what was asked while it is being done, then what came of it.
    setOn(wanted);
    setBusy(true);
    setSaid('');
    if (wanted) {
      const outcome = await enablePush(api, localeOf(lang));
      setOn(outcome.ok);
      setSaid(outcome.ok ? m.alertsOn : failure(outcome, m));
    } else {
      const off = await disablePush(api);
      setOn(!off);
      setSaid(off ? m.alertsOff : m.offline);
    }
    setBusy(false);
  };
  const test = async () => {
    setSaid('');
    const got = await api.testPush();
    setSaid(
      got.kind === 'ok'
        ? m.testSent(got.value.sent)
        : got.kind === 'offline'
          ? m.offline
          : got.code === 'push_unavailable'
            ? m.pushUnavailable
            : m.refused(got.code),
    );
  };
  return (
    <details class="settings money-panel" onToggle={(e) => (e.target as HTMLDetailsElement).open && read()}>
      <summary>{m.alertsTitle}</summary>
      <p class="hint">{m.alertsHint}</p>
      {support === 'ok' ? (
        <>
          <label class="toggle">
            <input
              type="checkbox"
              checked={on === true}
              disabled={busy || on === null}
              onChange={(e) => void toggle((e.target as HTMLInputElement).checked)}
            />
            <span>{m.alertsToggle}</span>
          </label>
          <button type="button" onClick={() => void test()}>
            {m.sendTest}
          </button>
        </>
      ) : (
        <p>{support === 'ios-home-screen' ? m.iosHomeScreen : m.unsupported}</p>
      )}
      <p role="status">{said}</p>
    </details>
  );
}
