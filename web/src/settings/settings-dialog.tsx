import type { Health } from '@voicetrack/shared';
import type { ComponentChildren } from 'preact';
/**
 * The settings, behind the gear of the top bar, loaded on first use: the language, the default
 * currency (sent with each note, used when the words name none), "Confirmer avant
 * d'enregistrer", which recognizer hears the notes (and the browser's switch), and the way to
 * the exports and the import. Kept on this device.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { OnDevice } from '../capture/speech.ts';
import type { SpeechControl } from '../capture/speech-control.ts';
import { ACTION_STRINGS } from '../i18n/actions.ts';
import { type Lang, localeOf } from '../i18n/lang.ts';
import { SpeechSettings } from './speech-settings.tsx';
import './settings-dialog.css';

/** The currencies offered; one chosen elsewhere (an older setting) is offered too. */
const CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'JPY',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'MAD',
  'XOF',
];

export interface SettingsDialogProps {
  lang: Lang;
  onLang: (lang: Lang) => void;
  /** null: the server's default currency. */
  currency: string | null;
  onCurrency: (currency: string | null) => void;
  confirmFirst: boolean;
  onConfirmFirst: (on: boolean) => void;
  /** The browser's speech recognition; the server's answer to GET /api/health (it names its Whisper). */
  speech: SpeechControl;
  server: Health | null | 'asking';
  /** The browser's answer to « on the device? », asked before the dialog is drawn (its line's words). */
  onDevice: OnDevice | null;
  /** Opens the month's "Vos données" (exports and import). */
  onData: () => void;
  onClose: () => void;
  /** More settings panels (devices and shortcuts, notifications…), loaded on their own. */
  children?: ComponentChildren;
}

export default function SettingsDialog(props: SettingsDialogProps) {
  const { lang, onLang, currency, onCurrency, confirmFirst, onConfirmFirst, onData, onClose, children } =
    props;
  const { speech, server, onDevice } = props;
  const a = ACTION_STRINGS[lang];
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const names = new Intl.DisplayNames([localeOf(lang)], { type: 'currency' });
  const codes = currency && !CURRENCIES.includes(currency) ? [currency, ...CURRENCIES] : CURRENCIES;
  const language = (value: Lang, label: string) => (
    <label class="choice" lang={value}>
      <input
        type="radio"
        name="language"
        value={value}
        checked={lang === value}
        onChange={() => onLang(value)}
      />
      {label}
    </label>
  );
  return (
    <dialog ref={ref} class="settings" aria-labelledby="settings-title" onClose={onClose}>
      <h2 id="settings-title">{a.settingsTitle}</h2>
      <fieldset>
        <legend>{a.language}</legend>
        {language('fr', 'Français')}
        {language('en', 'English')}
      </fieldset>
      <label class="field">
        {a.currency}
        <select
          value={currency ?? ''}
          aria-describedby="currency-hint"
          onChange={(e) => onCurrency((e.target as HTMLSelectElement).value || null)}
        >
          <option value="" selected={currency === null}>
            {a.currencyServer}
          </option>
          {codes.map((code) => (
            <option key={code} value={code} selected={code === currency}>
              {`${names.of(code) ?? code} (${code})`}
            </option>
          ))}
        </select>
        <small id="currency-hint">{a.currencyHint}</small>
      </label>
      <label class="toggle">
        <input
          type="checkbox"
          checked={confirmFirst}
          onChange={(e) => onConfirmFirst((e.target as HTMLInputElement).checked)}
        />
        <span>
          {a.confirmFirst}
          <small>{a.confirmFirstHint}</small>
        </span>
      </label>
      <SpeechSettings lang={lang} speech={speech} server={server} onDevice={onDevice} />
      <button type="button" class="link" onClick={onData}>
        {a.data}
      </button>
      {children}
      <p class="open-data">
        {a.openData}{' '}
        <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">
          {a.openDataLink}
        </a>
        {' · '}
        <a href="/open-data-licences.txt" target="_blank" rel="noopener">
          {a.openDataNotices}
        </a>
      </p>
      <div class="dialog-actions">
        <button type="button" class="primary" onClick={() => ref.current?.close()}>
          {a.close}
        </button>
      </div>
    </dialog>
  );
}
