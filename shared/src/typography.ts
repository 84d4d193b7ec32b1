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

/** A change in percent, signed, as each language writes it: "+12,5 %" (with the no-break space Intl puts there), "+12.5%". */
export const formatPercentChange = (percent: number, lang: 'fr' | 'en'): string =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: 1,
  }).format(percent / 100);
