/**
 * French typography the app, the report and the exports share: a no-break space before the
 * colon (U+00A0) and a narrow one before ; ! ? (U+202F), none in English; "de" elided before a
 * vowel ("dépenses d’octobre", "de novembre").
 */

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

/** ":" as each language writes it after a word: "Total :" in French, "Total:" in English. */
export const colon = (lang: 'fr' | 'en'): string => (lang === 'fr' ? `${NBSP}:` : ':');

/** "de novembre 2026", "d’octobre 2026", "d’août": French elides "de" before a vowel or a mute h. */
export const deFr = (word: string): string =>
  /^[aeiouyhàâäéèêëîïôöûü]/i.test(word) ? `d’${word}` : `de ${word}`;

/**
 * The places where `text` breaks French spacing: a plain space (or none) before : ; ! ?, instead
 * of a no-break one. Times ("12:30"), URLs ("https://") and ratios are not punctuation.
 */
export function frenchSpacingFaults(text: string): string[] {
  const faults: string[] = [];
  for (const m of text.matchAll(/(.)([:;!?])(?=\s|$)/gu)) {
    const before = m[1] ?? '';
    if (before !== NBSP && before !== NNBSP) faults.push(`${before}${m[2]} in "${text}"`);
  }
  return faults;
}

/** The places where `text` puts a space before : ; ! ? as English does not. */
export function englishSpacingFaults(text: string): string[] {
  return [...text.matchAll(/[\s\u00a0\u202f]([:;!?])(?=\s|$)/gu)].map((m) => `"${m[0]}" in "${text}"`);
}

/** Past this many times the whole, a ratio is said in words: an exact five-digit percent is noise. */
const MAX_TIMES = 10;
const TIMES: Record<'fr' | 'en', string> = { fr: `plus de ${MAX_TIMES}×`, en: `more than ${MAX_TIMES}×` };

/** A number of percent as each language writes it: "12,5 %" (a narrow no-break space before %, as the alerts and the report have it), "12.5%". */
function percentText(percent: number, lang: 'fr' | 'en', digits: number): string {
  const number = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: digits,
  }).format(Math.abs(percent));
  return `${number}${lang === 'fr' ? NNBSP : ''}%`;
}

/**
 * A share of a whole (spent of a budget), in whole percent: "85 %", "85%"; past 10 times the
 * whole, « plus de 10× » / "more than 10×". The budgets' bars, alerts and the report say it so.
 */
export const formatPercent = (percent: number, lang: 'fr' | 'en'): string =>
  percent > MAX_TIMES * 100 ? TIMES[lang] : percentText(percent, lang, 0);

/**
 * A change in percent, signed, written as formatPercent writes a share (one decimal place):
 * "+12,5 %", "-1.2%"; a month more than 10 times the one before is « plus de 10× », never
 * "+105 679 %".
 */
export const formatPercentChange = (percent: number, lang: 'fr' | 'en'): string => {
  if (percent > (MAX_TIMES - 1) * 100) return TIMES[lang];
  const sign = percent > 0 ? '+' : percent < 0 ? '-' : '';
  return `${sign}${percentText(percent, lang, 1)}`;
};
