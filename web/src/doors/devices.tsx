/**
 * Devices and shortcuts (loaded after the first screen, listed when opened): the paired phones
 * and personal tokens with a revoke button each, a code typed by hand (an installed iPhone app
 * does not share Safari's storage, so the pairing link opens in Safari: type its code here), a
 * token for a Shortcut (shown once), and in Supabase mode the code that links a Telegram chat.
 */
import type { Device } from '@voicetrack/shared';
import { useState } from 'preact/hooks';
import type { ApiClient } from '../data/api/client.ts';
import type { VoiceTrackDb } from '../data/db.ts';
import { saveDeviceToken } from '../data/device-token.ts';
import { DOORS_STRINGS } from '../i18n/doors.ts';
import type { Lang } from '../i18n/lang.ts';
import { pairDevice } from './arrival.ts';
import '../settings/panels.css';

export interface DevicesProps {
  lang: Lang;
  db: VoiceTrackDb;
  api: ApiClient;
  /** Supabase mode: tokens belong to the signed-in user; Telegram chats are linked by code. */
  supabase: boolean;
  /** This phone was just paired, or its own token revoked: the list is read again, what waited goes. */
  onPaired: () => void;
}

const when = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium' }).format(new Date(iso));

export function Devices({ lang, db, api, supabase, onPaired }: DevicesProps) {
  const s = DOORS_STRINGS[lang];
  const [devices, setDevices] = useState<Device[] | 'loading' | 'unreachable'>('loading');
  const [note, setNote] = useState<string | null>(null);
  const [token, setToken] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [full, setFull] = useState(false);
  // Revoking this very phone is asked first: it cuts the phone off until it is paired again.
  const [confirming, setConfirming] = useState(false);

  const load = async () => setDevices((await api.listDevices())?.devices ?? 'unreachable');
  const revoke = async (device: Device) => {
    if (device.current && !confirming) return setConfirming(true);
    setConfirming(false);
    if (!(await api.revokeDevice(device.id))) return;
    if (device.current) {
      await saveDeviceToken(db, null);
      onPaired();
    }
    await load();
  };

  return (
    <details class="settings devices" onToggle={(e) => (e.target as HTMLDetailsElement).open && void load()}>
      <summary>{s.title}</summary>
      {devices === 'loading' && <p>{s.loading}</p>}
      {devices === 'unreachable' && <p class="hint">{s.unreachable}</p>}
      {Array.isArray(devices) && (
        <ul class="device-list">
          {devices.map((d) => (
            <li key={d.id}>
              <span>
                {d.name}
                {d.current && <small> ({s.thisDevice})</small>}
                {d.scope === 'capture' && <small> · {s.captureOnly}</small>}
                <small>
                  {s.added(when(d.createdAt, lang))} ·{' '}
                  {d.lastUsedAt ? s.lastUsed(when(d.lastUsedAt, lang)) : s.neverUsed}
                </small>
              </span>
              <button type="button" aria-label={s.revokeLabel(d.name)} onClick={() => void revoke(d)}>
                {s.revoke}
              </button>
              {d.current && confirming && (
                <div class="confirm" role="alertdialog" aria-labelledby="revoke-self">
                  <p id="revoke-self">{s.revokeSelfAsk}</p>
                  <button type="button" class="danger" onClick={() => void revoke(d)}>
                    {s.revokeSelf}
                  </button>
                  <button type="button" onClick={() => setConfirming(false)}>
                    {s.cancel}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {!supabase && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void pairDevice(db, api, code).then(({ outcome, notice }) => {
              setNote(notice.say(lang));
              if (outcome !== 'paired') return;
              setCode('');
              onPaired();
              void load();
            });
          }}
        >
          <label>
            {s.codeLabel}
            <input
              value={code}
              autoComplete="off"
              onInput={(e) => setCode((e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" disabled={code.trim() === ''}>
            {s.pair}
          </button>
        </form>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void api.createToken(name.trim(), full ? 'full' : 'capture').then((got) => {
            if (got.kind !== 'ok') return setDevices('unreachable');
            setToken(got.value.token);
            setName('');
            setFull(false);
            void load();
          });
        }}
      >
        <label>
          {s.tokenName}
          <input value={name} maxLength={60} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </label>
        <label class="toggle">
          <input
            type="checkbox"
            checked={full}
            onChange={(e) => setFull((e.target as HTMLInputElement).checked)}
          />
          <span>{s.tokenFull}</span>
        </label>
        <button type="submit" disabled={name.trim() === ''}>
          {s.createToken}
        </button>
      </form>
      {token && (
        <p role="status">
          {s.tokenOnce} <code>{token}</code>{' '}
          <button type="button" onClick={() => void navigator.clipboard?.writeText(token)}>
            {s.copy}
          </button>
        </p>
      )}
      {supabase && (
        <button
          type="button"
          onClick={() =>
            void api.telegramLink().then((link) => link && setNote(s.telegramSend(link.command)))
          }
        >
          {s.telegram}
        </button>
      )}
      {note && <p role="status">{note}</p>}
    </details>
  );
}
