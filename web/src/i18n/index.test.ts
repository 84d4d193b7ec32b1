import { describe, expect, it } from 'vitest';
import { captureScreenFr } from './capture-screen.ts';
import { firstScreenFr } from './first-screen-words.ts';
import { formatAmount, initialLang, reviewText, STRINGS } from './index.ts';
import { otherScreensFr } from './other-screens.ts';

describe('i18n', () => {
  it.each([
    [null, ['fr-FR'], 'fr'],
    [null, ['en-US', 'fr'], 'en'],
    [null, ['de-DE'], 'en'],
    [null, [], 'fr'],
    ['fr', ['en-US'], 'fr'],
    ['en', ['fr-FR'], 'en'],
  ])('saved %s, browser %j → %s', (saved, browser, lang) => {
    expect(initialLang(saved, browser)).toBe(lang);
  });

  it('names the record button as the public contract says', () => {
    expect(STRINGS.fr.record).toBe('Enregistrer une dépense');
    expect(STRINGS.en.record).toBe('Record expense');
  });

  it('gives each word one home: the first screen’s, the capture screen’s or the other screens’', () => {
    const homes = [firstScreenFr, captureScreenFr, otherScreensFr].map((words) => Object.keys(words));
    const all = homes.flat();
    expect(all.filter((k, i) => all.indexOf(k) !== i)).toEqual([]);
  });

  it('says every word in both languages', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.fr).sort());
  });

  it.each([
    ['fr', 'no_amount', 'voice', 'À vérifier\u00a0: aucun montant entendu'],
    // Words typed, shared or dictated to a shortcut were never heard.
    ['fr', 'no_amount', 'text', 'À vérifier\u00a0: aucun montant dans le texte'],
    ['en', 'no_amount', 'text', 'To review: no amount in the text'],
    ['en', 'amount_not_in_transcript', 'text', 'To review: amount not in the text'],
    ['en', 'amount_not_in_transcript', 'voice', 'To review: amount not in the words said'],
    ['fr', 'no_amount', 'receipt', 'À vérifier\u00a0: aucun total lu sur la photo, qui est gardée'],
    ['en', 'no_amount', 'receipt', 'To review: no total read on the photo, which is kept'],
    [
      'fr',
      'receipt_unsure',
      'receipt',
      'À vérifier\u00a0: total lu sans certitude, à comparer avec la photo',
    ],
    // A reason a photo has no words of its own for is said as for any note.
    ['fr', 'implausible_amount', 'receipt', 'À vérifier\u00a0: montant inhabituellement élevé'],
    ['en', 'something_new', 'receipt', 'To review'],
    // The parser's own reasons, each said in words (they read « À vérifier » alone before).
    ['fr', 'not_paid', 'voice', 'À vérifier\u00a0: peut-être pas payée par vous'],
    ['en', 'unclear_amount', 'voice', 'To review: an amount with no clear purchase'],
    ['fr', 'odd_amount', 'voice', 'À vérifier\u00a0: montant écrit de façon inhabituelle'],
    ['en', 'asked_as_expense', 'voice', 'To review: recorded as you asked'],
  ] as const)('says why a %s %s expense from %s waits for review', (lang, reason, source, said) => {
    expect(reviewText(STRINGS[lang], reason, source)).toBe(said);
  });

  it('formats money the local way', () => {
    expect(formatAmount('1234.50', 'EUR', 'fr')).toMatch(/1\s234,50\s€/);
    expect(formatAmount('12.50', 'USD', 'en')).toBe('US$12.50');
    expect(formatAmount(null, 'EUR', 'fr')).toBe('—');
  });
});
