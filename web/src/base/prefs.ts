/**
 * What the person chose on this device, kept in localStorage: the language, "confirm first", the
 * default currency. Read by the first screen at each recording (the app may have changed them)
 * and by the controller, which writes them. The currency on the first run is the phone locale's,
 * written by the controller (locale-currency.ts: not on the first screen) and kept from then on;
 * "" is the server's default, chosen in the settings.
 */
import { initialLang, type Lang } from '../i18n/lang.ts';

export const PREF_KEYS = {
  lang: 'voicetrack.lang',
  confirm: 'voicetrack.confirm',
  currency: 'voicetrack.currency',
} as const;

export interface Prefs {
  lang: Lang;
  confirm: boolean;
  currency: string | null;
}

export const readPrefs = (): Prefs => ({
  lang: initialLang(localStorage.getItem(PREF_KEYS.lang), navigator.languages ?? []),
  confirm: localStorage.getItem(PREF_KEYS.confirm) === 'on',
  currency: localStorage.getItem(PREF_KEYS.currency) || null,
});
