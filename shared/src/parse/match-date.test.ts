/** The date reader on its own, over tokens, on Tuesday 24 November 2026 unless said otherwise. */
import { describe, expect, it } from 'vitest';
import { matchDate } from './relative-dates.ts';
import { tokenize } from './tokenize.ts';
import type { Lang } from './types.ts';

const TUESDAY = '2026-11-24';

/** "date →end", with "~" when it is a span (weak) and "!" when it is to come, or null. */
function date(text: string, options: { lang?: Lang; today?: string; ahead?: boolean; at?: number } = {}) {
  const m = matchDate(tokenize(text), options.at ?? 0, {
    today: options.today ?? TUESDAY,
    lang: options.lang ?? 'fr',
    ...(options.ahead ? { ahead: true } : {}),
  });
  return m ? `${m.date}${m.weak ? '~' : ''}${m.future ? '!' : ''} →${m.end}` : null;
}

describe('matchDate: fixed phrases', () => {
  it.each([
    ["aujourd'hui", '2026-11-24 →1'],
    ['hier soir', '2026-11-23 →2'],
    ['avant-hier', '2026-11-22 →2'],
    ['cette semaine', '2026-11-24~ →2'],
    ['il y a quinze jours', '2026-11-10 →5'],
    ['il y a quelques jours', '2026-11-21~ →5'],
    ['demain', '2026-11-25! →1'],
    ['la semaine prochaine', '2026-12-01~! →3'],
    ['le mois dernier', '2026-10-24~ →3'],
    ['le week-end dernier', '2026-11-21~ →4'],
    ['ce week-end', '2026-11-21~ →3'],
  ])('reads %j as %s', (text, expected) => {
    expect(date(text)).toBe(expected);
  });

  it('reads "ce week-end" on a Saturday as that day and on a Sunday as the day before', () => {
    expect(date('ce week-end', { today: '2026-11-28' })).toBe('2026-11-28~ →3');
    expect(date('ce week-end', { today: '2026-11-29' })).toBe('2026-11-28~ →3');
    expect(date('ce week-end', { today: '2026-11-27' })).toBe('2026-11-21~ →3');
    expect(date('ce week-end', { today: '2026-11-23' })).toBe('2026-11-21~ →3');
  });

  it('reads "le mois dernier" on the 31st as the last day of a shorter month', () => {
    expect(date('le mois dernier', { today: '2026-03-31' })).toBe('2026-02-28~ →3');
    expect(date('le mois dernier', { today: '2026-03-28' })).toBe('2026-02-28~ →3');
    expect(date('le mois dernier', { today: '2026-03-05' })).toBe('2026-02-05~ →3');
    expect(date('le mois dernier', { today: '2026-01-15' })).toBe('2025-12-15~ →3');
  });
});

describe('matchDate: written dates', () => {
  it.each([
    ['2026-11-03', '2026-11-03 →1'],
    ['2026-02-30', null],
    ['3/11', '2026-11-03 →1'],
    ['03/11/2025', '2025-11-03 →1'],
    ['3/11/25', '2025-11-03 →1'],
    ['5/12', '2026-12-05! →1'],
    ['3/13', null],
    ['3/0', null],
    ['31/02', null],
    ['3/11/100', null],
    ['2026-11-24', '2026-11-24 →1'],
  ])('reads %j as %s', (text, expected) => {
    expect(date(text)).toBe(expected);
  });
});

describe('matchDate: so long ago', () => {
  it.each([
    ['il y a 3 jours', '2026-11-21 →5', 'fr'],
    ['il y a un jour', '2026-11-23 →5', 'fr'],
    ['il y a deux semaines', '2026-11-10 →5', 'fr'],
    ['il y a 2 semaines', '2026-11-10 →5', 'fr'],
    ['3 days ago', '2026-11-21 →3', 'en'],
    ['one day ago', '2026-11-23 →3', 'en'],
    ['three weeks ago', '2026-11-03 →3', 'en'],
    ['3 days', null, 'en'],
    ['il y a 3 mois', '2026-08-24~ →5', 'fr'],
    ['il y a 3 heures', null, 'fr'],
    ['in 3 hours', null, 'en'],
    ['il y a 1000 jours', null, 'fr'],
    ['il y a', null, 'fr'],
    ['3 jours', null, 'fr'],
    ['il y a 12 jours', '2026-11-12 →5', 'fr'],
    ['il y a 1 semaine', '2026-11-17 →5', 'fr'],
    ['1 week ago', '2026-11-17 →3', 'en'],
    ['il y a jours', null, 'fr'],
    ['il y a 2 journées', null, 'fr'],
    ['elle y a 3 jours', null, 'fr'],
    ['il y avait 3 jours', null, 'fr'],
    ['il', null, 'fr'],
    ['il y', null, 'fr'],
  ] as const)('reads %j as %s', (text, expected, lang) => {
    expect(date(text, { lang })).toBe(expected);
  });
});

describe('matchDate: weekdays', () => {
  it.each([
    ['lundi', '2026-11-23 →1'],
    ['mardi', '2026-11-17 →1'],
    ['dimanche', '2026-11-22 →1'],
    ['mercredi', '2026-11-18 →1'],
    ['jeudi dernier', '2026-11-19 →2'],
    ['samedi soir', '2026-11-21 →2'],
    ['vendredi après-midi', '2026-11-20 →3'],
    ['lundi prochain', '2026-11-30! →2'],
    ['mardi prochain', '2026-12-01! →2'],
    ['jeudi prochain', '2026-11-26! →2'],
    ['lundi 16 novembre', '2026-11-16 →3'],
    // Whisper writes the feminine now and then.
    ['jeudi prochaine', '2026-11-26! →2'],
    ['jeudi café', '2026-11-19 →1'],
    ['novembre', null],
    ['café', null],
  ])('reads %j as %s (French)', (text, expected) => {
    expect(date(text)).toBe(expected);
  });

  it.each([
    ['monday', '2026-11-23 →1'],
    ['last friday', '2026-11-20 →2'],
    ['on saturday', '2026-11-21 →2'],
    ['next thursday', '2026-11-26! →2'],
    ['next tuesday', '2026-12-01! →2'],
    ['friday night', '2026-11-20 →2'],
    ['thursday at lunch', '2026-11-19 →3'],
    // "next" said first wins over a past word after the day.
    ['next friday passé', '2026-11-27! →3'],
  ])('reads %j as %s (English)', (text, expected) => {
    expect(date(text, { lang: 'en' })).toBe(expected);
  });

  it('reads what follows a weekday only as far as its suffixes go', () => {
    expect(date('jeudi last', { ahead: true, lang: 'en' })).toBe('2026-11-26! →1');
    expect(date('jeudi passée', { ahead: true })).toBe('2026-11-19 →2');
    expect(date('last', { lang: 'en' })).toBeNull();
  });

  it('reads a bare weekday ahead when the sentence speaks of days to come, unless it says it is past', () => {
    expect(date('jeudi', { ahead: true })).toBe('2026-11-26! →1');
    expect(date('mardi', { ahead: true })).toBe('2026-12-01! →1');
    expect(date('jeudi dernier', { ahead: true })).toBe('2026-11-19 →2');
    expect(date('last thursday', { ahead: true, lang: 'en' })).toBe('2026-11-19 →2');
  });

  it('reads "le 3" and "3rd" as days of the month', () => {
    expect(date('le 3')).toBe('2026-11-03 →2');
    expect(date('the 3rd', { lang: 'en' })).toBe('2026-11-03 →2');
  });
});

describe('matchDate: what is no date', () => {
  it.each(['12', '€', ',', '12h30', 'euros'])('reads nothing at %j', (text) => {
    expect(date(text)).toBeNull();
  });

  it('reads nothing past the last word', () => {
    expect(date('hier', { at: 1 })).toBeNull();
  });
});

describe('matchDate: days counted ahead, and weekdays of another week', () => {
  it.each([
    ['dans deux jours', '2026-11-26! →3'],
    ['in three days', '2026-11-27! →3'],
    ['dans 2 semaines', '2026-12-08! →3'],
    ['mercredi de la semaine dernière', '2026-11-18 →5'],
    ['mercredi de la semaine prochaine', '2026-12-02! →5'],
    ['Monday of last week', '2026-11-16 →4'],
    // "this" names this week's day: still to come on a Tuesday, already gone for a Monday.
    ['This Friday', '2026-11-27! →2'],
    ['this Monday', '2026-11-23 →2'],
    // "on" says nothing of the tense; the sentence does.
    ['on Thursday', '2026-11-19 →2'],
  ])('reads %j as %s', (text, expected) => {
    expect(date(text, { lang: /^[a-z]*[A-Z]|this|in |on /.test(text) ? 'en' : 'fr' })).toBe(expected);
  });

  it('reads "on Thursday" in a sentence about days to come as the next one', () => {
    expect(date('on Thursday', { lang: 'en', ahead: true })).toBe('2026-11-26! →2');
  });

  it('reads no day in a spelled ordinal alone ("second-hand", "first time")', () => {
    expect(date('second hand', { lang: 'en' })).toBeNull();
    expect(date('first time', { lang: 'en' })).toBeNull();
    expect(date('the second', { lang: 'en' })).toBe('2026-11-02 →2');
  });
});

describe('matchDate: spans read as their first day, and a time of day kept with its day', () => {
  it.each([
    ['il y a une quinzaine de jours', '2026-11-10 →7'],
    ['a fortnight ago', '2026-11-10 →3'],
    ['au début du mois', '2026-11-01~ →4'],
    ['début du mois dernier', '2026-10-01~ →4'],
    ['au début du mois prochain', '2026-12-01~! →5'],
    ['start of the month', '2026-11-01~ →4'],
    ['earlier this week', '2026-11-23~ →3'],
    ['plus tôt cette semaine', '2026-11-23~ →4'],
    ['en début de semaine', '2026-11-23~ →4'],
    ['le 2 de ce mois', '2026-11-02 →5'],
    ['the 2nd of this month', '2026-11-02 →5'],
    ['le 13 à midi', '2026-11-13 →4'],
    ['hier à midi', '2026-11-23 →3'],
    ['samedi à midi', '2026-11-21 →3'],
    ['the 13th at noon', '2026-11-13 →4'],
  ])('reads %j as %s', (text, expected) => {
    // The English phrases are read the same with either language set.
    expect(date(text)).toBe(expected);
  });

  it('reads "début du mois" in January as the 1st, and "earlier this week" on a Monday as that day', () => {
    expect(date('début du mois dernier', { today: '2027-01-20' })).toBe('2026-12-01~ →4');
    expect(date('au début du mois prochain', { today: '2026-12-20' })).toBe('2027-01-01~! →5');
    expect(date('earlier this week', { today: '2026-11-23', lang: 'en' })).toBe('2026-11-23~ →3');
    expect(date('earlier this week', { today: '2026-11-29', lang: 'en' })).toBe('2026-11-23~ →3');
  });

  it('reads « le 28 de ce mois » said on the 24th as this month’s, still to come', () => {
    expect(date('le 28 de ce mois')).toBe('2026-11-28! →5');
  });
});

describe('matchDate: a weekend further back, and a weekday with its day number', () => {
  it.each([
    ['the weekend before last', '2026-11-14~ →4'],
    ['il y a deux week-ends', '2026-11-14~ →6'],
    ['jeudi 19', '2026-11-19 →2'],
    ['Saturday 21', '2026-11-21 →2'],
    ['samedi 28', '2026-11-28! →2'],
  ])('reads %j as %s', (text, expected) => {
    expect(date(text)).toBe(expected);
  });

  it('reads no date in a day number that does not fall on the weekday said (« samedi 3 cafés »)', () => {
    expect(date('samedi 3 cafés')).toBe('2026-11-21 →1');
    expect(date('lundi 30 euros')).toBe('2026-11-23 →1');
  });
});
