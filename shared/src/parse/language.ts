import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';

// Short, frequent words that only one of the two languages uses; enough to tell a sentence apart.
const FR_WORDS = new Set(
  (
    "de|du|des|le|la|les|l'|d'|j'|un|une|et|au|aux|pour|chez|avec|ce|cet|cette|ai|est|c'|qu'|m'|hier|" +
    "aujourd'hui|balles|centimes|paye|depense|achete|pris|mis|non|pardon|puis|sur|dans|mon|ma|mes|" +
    'avant|dernier|derniere|semaine|soir|matin|midi|je|on|il|elle|ca|pas|plus|resto|courses|cafe|loyer|' +
    'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|vingt|trente|quarante|cinquante|soixante|cent|mille'
  ).split('|'),
);
const EN_WORDS = new Set(
  (
    "the|a|an|of|for|at|on|in|to|and|with|from|my|i|i've|i'm|it's|yesterday|today|tonight|last|this|" +
    'paid|spent|bought|got|dollars|bucks|pounds|cents|sorry|mean|then|week|night|morning|evening|ago|' +
    'was|is|did|how|much|what|monday|tuesday|wednesday|thursday|friday|saturday|sunday|twenty|thirty|' +
    'forty|fifty|sixty|hundred|thousand|lunch|dinner|coffee|groceries|rent|some|each|per|new|old|just|off'
  ).split('|'),
);
const ACCENTED = /[éèêàâçùûôîïë]/i;

/**
 * French or English, from the words themselves. The locale only breaks ties: a French phone
 * can carry an English sentence, and the words win whenever they lean either way. A note of
 * nouns alone ("crutches, 35 euros") has no short word to lean on: a word only the English
 * lexicon knows (`englishOnly(tokens, i)`: "light bulbs" from tokens[i]) says it is English.
 */
export function detectLanguage(
  text: string,
  tokens: readonly Token[],
  locale?: string,
  englishOnly: (tokens: readonly Token[], i: number) => boolean = () => false,
): Lang {
  let fr = 0;
  let en = 0;
  let leaning = false;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const french = FR_WORDS.has(t.norm);
    const english = EN_WORDS.has(t.norm);
    if (french || english) leaning = true;
    if (french) fr++;
    // English speakers say "euros" too: it leans French, by half a word ("New car, 24,000 euros").
    else if (t.norm === 'euros') fr += 0.5;
    else if (english) en++;
  }
  if (ACCENTED.test(text)) fr += 2;
  else if (!leaning && tokens.some((t, i) => t.kind === 'word' && englishOnly(tokens, i))) return 'en';
  const hint = locale?.slice(0, 2).toLowerCase();
  if (hint === 'fr') fr += 0.5;
  else if (hint === 'en') en += 0.5;
  // French first: ties go to French.
  return en > fr ? 'en' : 'fr';
}
