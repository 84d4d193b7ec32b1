/**
 * What the person chose on this device, kept in localStorage: the language, "confirm first", the
 * default currency. Read by the first screen at each recording (the app may have changed them)
 * and by the controller, which writes them. The currency on the first run is the phone locale's
 * (kept from then on); "" is the server's default, chosen in the settings.
 */
import { initialLang, type Lang } from '../i18n/lang.ts';
import { currencyOfLocale } from './locale-currency.ts';

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

/** The default currency: the one chosen, or on the first run the phone locale's (then kept). */
function readCurrency(): string | null {
  const chosen = localStorage.getItem(PREF_KEYS.currency);
  if (chosen !== null) return chosen || null;
  const first = currencyOfLocale(navigator.languages?.[0] ?? navigator.language);
  localStorage.setItem(PREF_KEYS.currency, first ?? '');
  return first;
}

export const readPrefs = (): Prefs => ({
  lang: initialLang(localStorage.getItem(PREF_KEYS.lang), navigator.languages ?? []),
  confirm: localStorage.getItem(PREF_KEYS.confirm) === 'on',
  currency: readCurrency(),
});
