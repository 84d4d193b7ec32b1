/** French or English, from the locale when given, else from the words. */
import type { Lang } from './numbers.ts';
import type { Token } from './text.ts';

const FR = new Set([
  'de',
  'du',
  'des',
  'le',
  'la',
  'les',
  'et',
  'au',
  'aux',
  'euros',
  'euro',
  'pour',
  'chez',
  'hier',
  'un',
  'une',
  'j',
  'ai',
  'paye',
  'ce',
  'balles',
  'avec',
  'non',
]);
const EN = new Set([
  'the',
  'of',
  'for',
  'and',
  'at',
  'dollars',
  'bucks',
  'pounds',
  'yesterday',
  'paid',
  'spent',
  'on',
  'a',
  'an',
  'i',
  'my',
  'lunch',
  'with',
  'today',
]);

export function detectLanguage(tokens: readonly Token[], locale: string | undefined): Lang {
  const tag = locale?.slice(0, 2).toLowerCase();
  if (tag === 'fr' || tag === 'en') {
    // The locale is the app's language; the words still win when they are clearly the other one.
    const { fr, en } = count(tokens);
    if (tag === 'fr' && en >= 2 && en > fr * 2) return 'en';
    if (tag === 'en' && fr >= 2 && fr > en * 2) return 'fr';
    return tag;
  }
  const { fr, en } = count(tokens);
  return en > fr ? 'en' : 'fr';
}

function count(tokens: readonly Token[]) {
  let fr = 0;
  let en = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (FR.has(t.text)) fr++;
    if (EN.has(t.text)) en++;
  }
  return { fr, en };
}
