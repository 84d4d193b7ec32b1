import { PhraseTable } from './phrase-table.ts';

/** A fixed phrase that names a day relative to today. */
export interface DayPhrase {
  days: number;
  /** Names a span rather than a day ("cette semaine", "cette nuit"): fine, but less sure. */
  weak?: boolean;
  /** Names no day at all ("the other day", « récemment »): read as today, never sure. */
  vague?: boolean;
  /** « ce week-end », "this weekend": the one to come when the sentence speaks ahead. */
  nextWhenAhead?: boolean;
  /** « la nuit dernière », "last night": an hour after midnight said with it is today's. */
  night?: boolean;
  /** « cette nuit »: the night gone, or tonight when the sentence speaks ahead. */
  tonightWhenAhead?: boolean;
  future?: boolean;
  /** weekend: the last Saturday, `days` on; lastMonth: this day last month; lastYear: this day last year; monthStart: the 1st of the month `days` months on; monthMid: its 15th; monthEnd: its last day; monthEndPaid: « fin du mois » told in the past, the last month's end (relative-dates.ts); weekStart: this week's Monday, `days` on. */
  special?:
    | 'weekend'
    | 'lastMonth'
    | 'lastYear'
    | 'monthStart'
    | 'monthMid'
    | 'monthEnd'
    | 'monthEndPaid'
    | 'weekStart';
}

const d = (days: number, extra: Omit<DayPhrase, 'days'> = {}): DayPhrase => ({ days, ...extra });

/** « il y a une semaine » is said « y a une semaine » too. */
const withSpokenIlYa = (entries: [string, DayPhrase][]): [string, DayPhrase][] =>
  entries.flatMap((e) =>
    e[0].startsWith('il y a ') ? [e, [e[0].slice(3), e[1]] as [string, DayPhrase]] : [e],
  );

export const DAY_PHRASES = new PhraseTable<DayPhrase>(
  withSpokenIlYa([
    ...[
      "aujourd'hui",
      'aujourdhui',
      'ce matin',
      'ce midi',
      'a midi',
      'ce soir',
      'cet apres midi',
      'cet aprem',
    ]
      .concat(['cette apres midi', 'ce jour', 'ce jour ci', 'en ce moment', 'tantot', 'ce tantot'])
      .map((p) => [p, d(0)] as [string, DayPhrase]),
    ...['tout a l heure', "tout a l'heure", 'ce mois ci', 'ce mois', 'cette semaine', 'cette annee']
      .concat(['this week', 'this month', 'this year', 'earlier today'])
      .map((p) => [p, d(0, { weak: true })] as [string, DayPhrase]),
    ...[
      'today',
      'this morning',
      'this afternoon',
      'this evening',
      'tonight',
      'at noon',
      'at lunchtime',
      'this noon',
    ].map((p) => [p, d(0)] as [string, DayPhrase]),
    // « cette nuit », said by day of the night gone: the evening it belongs to, as « la nuit
    // dernière » (an hour after midnight said with it is today's: relative-dates.ts); ahead, tonight.
    ['cette nuit', d(-1, { weak: true, night: true, tonightWhenAhead: true })],
    ...['hier', 'hier matin', 'hier midi', 'hier soir', 'hier apres midi', 'hier aprem']
      .concat(['yesterday', 'yesterday morning', 'yesterday afternoon', 'yesterday evening'])
      .concat(['yesterday night', 'yesterday at noon', 'yesterday lunchtime'])
      .map((p) => [p, d(-1)] as [string, DayPhrase]),
    ...['la nuit derniere', 'last night'].map((p) => [p, d(-1, { night: true })] as [string, DayPhrase]),
    ...['avant hier', 'avant hier matin', 'avant hier midi', 'avant hier soir', 'avant hier apres midi']
      .concat(['the day before yesterday', 'day before yesterday'])
      .map((p) => [p, d(-2)] as [string, DayPhrase]),
    ...[
      'la semaine derniere',
      'la semaine passee',
      'semaine derniere',
      'last week',
      'a week ago',
      'one week ago',
    ]
      .concat(['il y a une semaine', 'il y a huit jours'])
      .map((p) => [p, d(-7)] as [string, DayPhrase]),
    ...['il y a quinze jours', 'two weeks ago', 'il y a deux semaines']
      .concat(['il y a une quinzaine', 'il y a une quinzaine de jours', 'a fortnight ago'])
      .map((p) => [p, d(-14)] as [string, DayPhrase]),
    ...['a couple of days ago', 'a couple days ago'].map(
      (p) => [p, d(-2, { weak: true })] as [string, DayPhrase],
    ),
    ...['a few days ago', 'il y a quelques jours'].map(
      (p) => [p, d(-3, { weak: true })] as [string, DayPhrase],
    ),
    // "pour le week-end" alone may be a trip to come: only "ce" or "dernier" date it.
    ...['ce week end', 'ce weekend', 'this weekend'].map(
      (p) => [p, d(0, { weak: true, special: 'weekend', nextWhenAhead: true })] as [string, DayPhrase],
    ),
    ...[
      'le week end dernier',
      'le weekend dernier',
      // « passé » as « dernier », as « la semaine passée » is.
      'le week end passe',
      'le weekend passe',
      'this past weekend',
      'last weekend',
      'over the weekend',
    ].map((p) => [p, d(0, { weak: true, special: 'weekend' })] as [string, DayPhrase]),
    ...['the weekend before last', 'weekend before last', 'il y a deux week ends', 'il y a deux weekends']
      .concat(['two weekends ago', "le week end d'avant", "le weekend d'avant", 'the weekend before'])
      .concat(['le week end precedent', 'le weekend precedent'])
      .map((p) => [p, d(-7, { weak: true, special: 'weekend' })] as [string, DayPhrase]),
    // « début du mois », "at the start of the month": a span, read as its first day.
    ...['debut du mois', 'au debut du mois', 'en debut de mois', 'debut de mois', 'start of the month']
      .concat(['beginning of the month', 'early this month', 'earlier this month', 'plus tot ce mois ci'])
      .map((p) => [p, d(0, { weak: true, special: 'monthStart' })] as [string, DayPhrase]),
    ...['debut du mois dernier', 'au debut du mois dernier', 'start of last month', 'beginning of last month']
      .concat(['early last month'])
      .map((p) => [p, d(-1, { weak: true, special: 'monthStart' })] as [string, DayPhrase]),
    ...['debut du mois prochain', 'au debut du mois prochain', 'start of next month', 'early next month']
      .concat(['beginning of next month'])
      .map((p) => [p, d(1, { weak: true, future: true, special: 'monthStart' })] as [string, DayPhrase]),
    // « au milieu du mois dernier », "in the middle of last month": its 15th, as « mi-octobre » is (month-dates.ts).
    ...['milieu du mois', 'au milieu du mois', 'en milieu de mois', 'a la mi mois', 'middle of the month']
      .concat(['in the middle of the month', 'mid month', 'halfway through the month'])
      .map((p) => [p, d(0, { weak: true, special: 'monthMid' })] as [string, DayPhrase]),
    ...['milieu du mois dernier', 'au milieu du mois dernier', 'en milieu de mois dernier']
      .concat(['middle of last month', 'in the middle of last month', 'mid last month'])
      .map((p) => [p, d(-1, { weak: true, special: 'monthMid' })] as [string, DayPhrase]),
    ...['milieu du mois prochain', 'au milieu du mois prochain', 'middle of next month']
      .concat(['in the middle of next month', 'mid next month'])
      .map((p) => [p, d(1, { weak: true, future: true, special: 'monthMid' })] as [string, DayPhrase]),
    // « à la fin du mois dernier », "at the end of last month": a span, read as its last day (as « fin
    // octobre » is, month-dates.ts); the month to come's, ahead.
    ...['fin du mois dernier', 'a la fin du mois dernier', 'en fin de mois dernier', 'fin de mois dernier']
      .concat(['fin du mois passe', 'a la fin du mois passe', 'end of last month', 'the end of last month'])
      .concat(['late last month'])
      .map((p) => [p, d(-1, { weak: true, special: 'monthEnd' })] as [string, DayPhrase]),
    // « fin du mois » alone, told in the past on the 24th: the month just ended (relative-dates.ts).
    ...['fin du mois', 'a la fin du mois', 'en fin de mois', 'fin de mois', 'end of the month']
      .concat(['the end of the month', 'at the end of the month'])
      .map((p) => [p, d(-1, { weak: true, special: 'monthEndPaid' })] as [string, DayPhrase]),
    ...[
      'fin du mois prochain',
      'a la fin du mois prochain',
      'end of next month',
      'the end of next month',
    ].map((p) => [p, d(1, { weak: true, future: true, special: 'monthEnd' })] as [string, DayPhrase]),
    // "earlier this week", « en début de semaine »: this week's Monday (yesterday, said on a Tuesday).
    ...['earlier this week', 'plus tot cette semaine', 'en debut de semaine', 'debut de semaine']
      .concat(['au debut de la semaine', 'at the start of the week', 'at the beginning of the week'])
      .map((p) => [p, d(0, { weak: true, special: 'weekStart' })] as [string, DayPhrase]),
    // "early last week", « au début de la semaine dernière »: last week's Monday.
    ...['early last week', 'au debut de la semaine derniere', 'en debut de semaine derniere']
      .concat(['debut de semaine derniere', 'at the start of last week', 'at the beginning of last week'])
      .concat(['start of last week', 'beginning of last week'])
      .map((p) => [p, d(-7, { weak: true, special: 'weekStart' })] as [string, DayPhrase]),
    ...['le mois dernier', 'le mois passe', 'last month'].map(
      (p) => [p, d(0, { weak: true, special: 'lastMonth' })] as [string, DayPhrase],
    ),
    ...['demain', 'demain matin', 'demain soir', 'tomorrow', 'tomorrow morning', 'tomorrow night'].map(
      (p) => [p, d(1, { future: true })] as [string, DayPhrase],
    ),
    ...['apres demain', 'apres demain matin', 'apres demain soir', 'the day after tomorrow'].map(
      (p) => [p, d(2, { future: true })] as [string, DayPhrase],
    ),
    ...[
      'dans une semaine',
      'dans huit jours',
      'in a week',
      'in one week',
      'a week from now',
      'a week today',
    ].map((p) => [p, d(7, { future: true })] as [string, DayPhrase]),
    ...['dans quinze jours', 'in a fortnight', 'in two weeks time'].map(
      (p) => [p, d(14, { future: true })] as [string, DayPhrase],
    ),
    ...['la semaine prochaine', 'next week'].map(
      (p) => [p, d(7, { future: true, weak: true })] as [string, DayPhrase],
    ),
    ...['le mois prochain', 'next month'].map(
      (p) => [p, d(30, { future: true, weak: true })] as [string, DayPhrase],
    ),
    ...['il y a une dizaine de jours', 'une dizaine de jours'].map(
      (p) => [p, d(-10, { weak: true })] as [string, DayPhrase],
    ),
    // « l'an dernier », "last year": this day last year, as « le mois dernier » is this day last month.
    ...["l'an dernier", "l'an passe", "l'annee derniere", "l'annee passee", 'last year'].map(
      (p) => [p, d(0, { weak: true, special: 'lastYear' })] as [string, DayPhrase],
    ),
    // A past day no one can name: today, the day of the note, but never sure (confidence.ts).
    ...["l'autre jour", "l'autre soir", "l'autre fois", 'recemment', 'dernierement', 'ces derniers jours']
      .concat([
        'ces derniers temps',
        'il y a pas longtemps',
        "il n'y a pas longtemps",
        'il y a quelque temps',
      ])
      .concat(['the other day', 'the other night', 'the other evening', 'recently', 'lately', 'not long ago'])
      .concat(['not so long ago', 'a while ago', 'a while back', 'some time ago'])
      .map((p) => [p, d(0, { weak: true, vague: true })] as [string, DayPhrase]),
  ]),
);

/**
 * Weekday names, French then English, each with its day of the week (Sunday 0), one line a
 * language: language.ts and category-model.ts read their lists from here too.
 */
const WEEKDAY_LINES = [
  'dimanche lundi mardi mercredi jeudi vendredi samedi',
  'sunday monday tuesday wednesday thursday friday saturday',
];
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  WEEKDAY_LINES.flatMap((line) => line.split(' ').map((name, day) => [name, day] as [string, number])),
);

/**
 * A time of day said right after a day belongs to it: « le 13 à midi », « hier à midi », "Saturday
 * at noon" (alone, « à midi » and "at noon" are today's).
 */
export const TIME_OF_DAY = new PhraseTable<true>(
  ['a midi', 'au soir', 'au matin', 'le soir', 'le matin', 'at noon', 'at lunchtime', 'at lunch']
    .concat(['in the evening', 'in the morning', 'in the afternoon', 'dans la soiree', 'dans la matinee'])
    .map((p) => [p, true]),
);

const monthsOf = (lines: string[]) =>
  lines.flatMap((line) => line.split(' ').map((name, i) => [name, i + 1] as [string, number]));
/** Month names in full, French and English: month-dates.ts reads them alone. */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  monthsOf([
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre',
    'january february march april may june july august september october november december',
  ]),
);
/** Month names and common spoken abbreviations; only read next to a day number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES,
  ...monthsOf([
    'jan feb mar apr may jun jul aug sep oct nov dec',
    'janv fevr mars avr mai juin juil aout septembre oct nov dec',
  ]),
]);

/** Words after a weekday that keep it in the past or say the time of day. */
export const WEEKDAY_SUFFIXES = new Set(['dernier', 'derniere', 'passe', 'passee', 'soir', 'matin', 'midi']);
export const WEEKDAY_SUFFIX_PHRASES = new PhraseTable<true>(
  ['apres midi', 'night', 'morning', 'evening', 'afternoon', 'at lunch', 'at noon', 'midi'].map((p) => [
    p,
    true,
  ]),
);
/**
 * Before a weekday: "last" and "this past" say it is behind, "next" ahead; "on" and "ce" say
 * nothing (the tense does); "this" is this week's day: ahead when it has not come yet; "a week on
 * Friday" is the coming Friday, a week on.
 */
export const WEEKDAY_PREFIXES = new PhraseTable<'past' | 'next' | 'plain' | 'this' | 'weekOn'>([
  ['a week on', 'weekOn'],
  ['a week from', 'weekOn'],
  ['last', 'past'],
  ['on', 'plain'],
  ['this past', 'past'],
  ['this', 'this'],
  ['ce', 'plain'],
  ['next', 'next'],
]);
/** After a weekday: "mercredi de la semaine dernière", "Wednesday of next week": that week's day. */
export const WEEK_OF = new PhraseTable<-1 | 1>([
  ...[
    'de la semaine derniere',
    'de la semaine passee',
    'la semaine derniere',
    'of last week',
    'last week',
  ].map((p) => [p, -1] as [string, -1]),
  ...['de la semaine prochaine', 'la semaine prochaine', 'of next week', 'next week'].map(
    (p) => [p, 1] as [string, 1],
  ),
]);
export const DAY_PREFIXES = new PhraseTable<true>(['le', 'du', 'the', 'on the'].map((p) => [p, true]));
