import { MONTH_NAMES, WEEKDAYS } from './date-words.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';

// Short, frequent words that only one of the two languages uses; enough to tell a sentence apart.
// Words both languages spell alike ("six", "taxi", "pizza", « son » and "son", « me » and "me",
// « lent » and "lent", « tickets », « on » and "on") are in neither.
/** The full month names, French then English. */
const MONTH_LIST = [...MONTH_NAMES.keys()];
/** The weekdays, French then English. */
const WEEKDAY_LIST = [...WEEKDAYS.keys()];
const FR_WORDS = new Set(
  (
    "de|du|des|le|la|les|l'|d'|j'|un|une|et|au|aux|pour|chez|avec|ce|cet|cette|ai|est|c'|qu'|m'|hier|" +
    "aujourd'hui|balles|centimes|paye|depense|achete|pris|mis|non|pardon|puis|sur|dans|mon|ma|mes|" +
    'avant|dernier|derniere|semaine|soir|matin|midi|je|il|elle|ca|pas|plus|resto|courses|cafe|loyer|' +
    'vingt|trente|quarante|cinquante|soixante|cent|mille|' +
    'deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze|moitie|partage|chacun|chacune|' +
    'entre|nous|vous|ils|elles|leur|sa|ses|qui|que|mais|moi|lui|toi|tout|tous|fait|par|fois|etait|demain|' +
    'billet|billets|addition|rendu|rembourse|vire|prete|en|doit|dois|pendant|heure|heures|apres|vers|sans|tres|bien|alors|donc|bon|oui|euh|heu|bah'
  )
    .split('|')
    // The French months of date-words.ts but « mars », spelt as the planet and the sweet.
    .concat(
      MONTH_LIST.slice(0, 12).filter((m) => m !== 'mars'),
      WEEKDAY_LIST.slice(0, 7),
    ),
);
const EN_WORDS = new Set(
  (
    "the|a|an|of|for|at|in|to|and|with|from|my|i|i've|i'm|it's|yesterday|today|tonight|last|this|" +
    'paid|spent|bought|got|dollars|bucks|pounds|cents|sorry|mean|then|week|night|morning|evening|ago|' +
    'was|is|did|how|much|what|twenty|thirty|' +
    'forty|fifty|sixty|hundred|thousand|lunch|dinner|coffee|groceries|rent|some|each|per|new|old|just|off|' +
    'one|two|three|four|five|seven|eight|nine|ten|eleven|twelve|fifteen|half|split|ways|evenly|between|' +
    'we|us|our|you|he|she|they|his|her|their|it|that|there|had|has|have|are|were|be|by|up|out|back|' +
    'refunded|owes|owe|bill|tip|quid|breakfast|uh|um|yeah|actually|about|hour|hours|number'
  )
    .split('|')
    .concat(MONTH_LIST.slice(12), WEEKDAY_LIST.slice(7)),
);
const ACCENTED = /[éèêàâçùûôîïë]/i;

/** Whether a word or phrase starting at tokens[i] is known to one language's lexicon alone. */
export interface OneLanguageWords {
  english: (tokens: readonly Token[], i: number) => boolean;
  french: (tokens: readonly Token[], i: number) => boolean;
  known: (tokens: readonly Token[], i: number) => boolean;
}
const NO_LEXICON: OneLanguageWords = { english: () => false, french: () => false, known: () => true };

/**
 * French or English, from the sentence's own words when they lean either way: a French phone
 * carries English sentences, and the reverse. A note of nouns alone leans the way of a word only
 * one language's lexicon knows ("crutches, 35 euros" English, « pain, 3 euros » French; both or
 * neither: no lean). The page's locale decides only when the words do not lean ("taxi 12",
 * "Parking 5 euros"), and then French. "euros" leans neither way: English speakers say it too.
 */
export function detectLanguage(
  text: string,
  tokens: readonly Token[],
  locale?: string,
  lexicon: OneLanguageWords = NO_LEXICON,
): Lang {
  let fr = ACCENTED.test(text) ? 2 : 0;
  let en = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (FR_WORDS.has(t.norm)) fr++;
    else if (EN_WORDS.has(t.norm)) en++;
  }
  if (en !== fr) return en > fr ? 'en' : 'fr';
  if (fr === 0) {
    // "tea towels", "bread maker": else a word no lexicon knows, spelt as French spells none (w, k,
    // "ea" but in « eau »: « cerceau »; an ending in -ish or -ian, "Spanish", "Italian", where French
    // says « -ien », « -ais »), leans English (« parking », "kebab" are known to both).
    const english = tokens.some(
      (t, i) =>
        t.kind === 'word' &&
        (lexicon.english(tokens, i) || (/w|k|ea(?!u)|ish$|ian$/.test(t.norm) && !lexicon.known(tokens, i))),
    );
    const french = tokens.some((t, i) => t.kind === 'word' && lexicon.french(tokens, i));
    if (english !== french) return english ? 'en' : 'fr';
  }
  return locale?.slice(0, 2).toLowerCase() === 'en' ? 'en' : 'fr';
}
