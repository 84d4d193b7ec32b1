/** This device's settings: "Confirmer avant d'enregistrer" (off by default). */
import type { Strings } from '../i18n/index.ts';
import './settings.css';

export interface SettingsProps {
  t: Strings;
  confirmFirst: boolean;
  onConfirmFirst: (on: boolean) => void;
}

export function Settings({ t, confirmFirst, onConfirmFirst }: SettingsProps) {
  return (
    <details class="settings">
      <summary>{t.settings}</summary>
      <label class="toggle">
        <input
          type="checkbox"
          checked={confirmFirst}
          onChange={(e) => onConfirmFirst((e.target as HTMLInputElement).checked)}
        />
        <span>
          {t.confirmFirst}
          <small>{t.confirmFirstHint}</small>
        </span>
      </label>
    </details>
  );
}
