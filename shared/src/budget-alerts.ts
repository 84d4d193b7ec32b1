/**
 * The words of a budget alert, short and in the person's language:
 * "Restaurant : 85 % du budget de novembre (85,00 € sur 100,00 €)". French typography: a
 * no-break space before ":" and a narrow no-break space before "%", as Intl writes "85 %".
 * Amounts come in cents; they become numbers only to be written.
 */
import type { BudgetTarget, BudgetThreshold } from './budgets.ts';
import { CATEGORY_LABELS, type LabelLang } from './category-labels.ts';
import { centsToDecimal } from './money.ts';
import { formatPercent } from './typography.ts';

export interface BudgetAlert {
  month: string;
  category: BudgetTarget;
  currency: string;
  /** The highest threshold this alert announces. */
  threshold: BudgetThreshold;
  percent: number;
  spentCents: number;
  budgetCents: number;
}

export interface AlertText {
  title: string;
  body: string;
}

const TOTAL_LABEL: Record<LabelLang, string> = { fr: 'Total', en: 'Total' };

/** A BCP 47 locale ("fr-CA", "en") to the language alerts are written in; others get the fallback. */
export function alertLang(locale: string | null | undefined, fallback: LabelLang): LabelLang {
  // Stryker disable next-line OptionalChaining: split always gives a first element; the `?.` is for the type checker
  const base = locale?.split('-')[0]?.toLowerCase();
  return base === 'fr' || base === 'en' ? base : fallback;
}

const intlLocale = (lang: LabelLang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

function money(cents: number, currency: string, lang: LabelLang): string {
  return new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency }).format(
    Number(centsToDecimal(cents)),
  );
}

function monthWord(month: string, lang: LabelLang): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { month: 'long', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}

/** "de novembre", "d’avril", "d’août", "d’octobre": French elides before a vowel. */
const ofMonthFr = (name: string) => (/^[aeiouy]/i.test(name) ? `d’${name}` : `de ${name}`);

export function budgetAlertText(alert: BudgetAlert, lang: LabelLang): AlertText {
  const label = alert.category === 'total' ? TOTAL_LABEL[lang] : CATEGORY_LABELS[lang][alert.category];
  const spent = money(alert.spentCents, alert.currency, lang);
  const budget = money(alert.budgetCents, alert.currency, lang);
  const name = monthWord(alert.month, lang);
  if (lang === 'fr') {
    return {
      title: alert.threshold >= 100 ? 'Budget atteint' : 'Budget bientôt atteint',
      body: `${label}\u00a0: ${formatPercent(alert.percent, 'fr')} du budget ${ofMonthFr(name)} (${spent} sur ${budget})`,
    };
  }
  return {
    title: alert.threshold >= 100 ? 'Budget reached' : 'Budget nearly reached',
    body: `${label}: ${formatPercent(alert.percent, 'en')} of the ${name} budget (${spent} of ${budget})`,
  };
}

/** The settings screen's test notification (POST /api/push/test). */
export function testNotificationText(lang: LabelLang): AlertText {
  return lang === 'fr'
    ? { title: 'VoiceTrack', body: 'Les notifications fonctionnent sur cet appareil.' }
    : { title: 'VoiceTrack', body: 'Notifications work on this device.' };
}
