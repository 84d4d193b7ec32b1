/**
 * The settings' money panels, loaded with the settings dialog (in its `children`): budget alerts
 * on this device, and the recurring expenses.
 */
import type { ApiClient } from '../data/api/client.ts';
import type { VoiceTrackDb } from '../data/db.ts';
import type { Strings } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { PushSettings } from './push-settings.tsx';
import { RecurringSettings } from './recurring-settings.tsx';
import './money-settings.css';

export interface MoneySettingsProps {
  t: Strings;
  lang: Lang;
  db: VoiceTrackDb;
  api: ApiClient;
}

export default function MoneySettings({ t, lang, db, api }: MoneySettingsProps) {
  return (
    <>
      <PushSettings lang={lang} api={api} />
      <RecurringSettings t={t} lang={lang} db={db} api={api} />
    </>
  );
}
