/** Which language the app speaks: French unless the browser prefers another; switchable. */

export type Lang = 'fr' | 'en';

/** French unless the browser prefers another language; a choice the user made wins. */
export function initialLang(saved: string | null, browser: readonly string[]): Lang {
  if (saved === 'fr' || saved === 'en') return saved;
  const first = browser[0]?.slice(0, 2).toLowerCase();
  return first && first !== 'fr' ? 'en' : 'fr';
}

export const localeOf = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');
