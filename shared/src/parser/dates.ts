/**
 * Dates said in words, resolved from the moment the note was recorded, in the user's zone.
 * Spending is in the past: a weekday or a day of the month that would be in the future means
 * the last one ("lundi" on a Tuesday is yesterday; "le 28" on the 24th is last month's 28th).
 */
import { addDays, weekday } from '../dates.ts';
import type { Token } from './text.ts';

const WEEKDAYS: Record<string, number> = {
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

const MONTHS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Words that fix the day relative to today, with how many days back. */
const RELATIVE: Record<string, number> = {
  "aujourd'hui": 0,
  today: 0,
  tonight: 0,
  hier: -1,
  yesterday: -1,
  'avant-hier': -2,
};

/** Words that only say when in the day ("ce midi"): today unless "hier" says otherwise. */
const TIME_OF_DAY = new Set([
  'matin',
  'midi',
  'soir',
  'aprem',
  'apres-midi',
  'morning',
  'afternoon',
  'evening',
  'lunchtime',
  'nuit',
]);

export interface DateMention {
  /** The date of the sentence: the first one said, or the one a correction gave ("hier, non, avant-hier"). */
  date: string;
  /** Every date said, with the token where it starts (several expenses can have their own). */
  mentions: { date: string; at: number }[];
  /** Token indexes the date words cover, so they are not read as amounts or description. */
  covers: Set<number>;
}

const CORRECTION_WORDS = new Set(['non', 'pardon', 'sorry', 'no', 'plutot', 'actually']);

const pad = (n: number) => String(n).padStart(2, '0');

/** The latest date on or before today with this day of month (and month, when given). */
function lastDayOfMonth(today: string, day: number, month?: number): string | null {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  for (let back = 0; back < 24; back++) {
    const total = y * 12 + (m - 1) - back;
    const yy = Math.floor(total / 12);
    const mm = (total % 12) + 1;
    if (month !== undefined && mm !== month) continue;
    const candidate = `${yy}-${pad(mm)}-${pad(day)}`;
    const valid = new Date(`${candidate}T00:00:00Z`).getUTCDate() === day;
    if (valid && candidate <= today) return candidate;
  }
  return null;
}

function lastWeekday(today: string, target: number, strictlyBefore: boolean): string {
  let diff = (weekday(today) - target + 7) % 7;
  if (diff === 0 && strictlyBefore) diff = 7;
  return addDays(today, -diff);
}

const dayNumber = (t: Token | undefined): number | null => {
  if (t?.kind !== 'num' || t.decimal || t.kilo) return null;
  const d = (t.cents ?? 0) / 100;
  return Number.isInteger(d) && d >= 1 && d <= 31 ? d : null;
};

const ordinalSuffix = (t: Token | undefined) =>
  t?.kind === 'word' && /^(?:er|ere|e|eme|st|nd|rd|th)$/.test(t.text);

/** Finds the date the words give; today when they give none. */
export function findDate(tokens: readonly Token[], today: string): DateMention {
  const covers = new Set<number>();
  const mentions: { date: string; at: number }[] = [];
  const take = (d: string | null, ...idx: number[]) => {
    if (!d) return;
    const at = Math.min(...idx);
    if (!mentions.some((m) => m.at === at)) mentions.push({ date: d, at });
    for (const i of idx) covers.add(i);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (t.kind === 'word') {
      if (t.text in RELATIVE) {
        take(addDays(today, RELATIVE[t.text] as number), i);
        if (next?.kind === 'word' && TIME_OF_DAY.has(next.text)) covers.add(i + 1);
        continue;
      }
      if (t.text === 'avant' && next?.text === 'hier') take(addDays(today, -2), i, i + 1);
      if (t.text === 'before' && next?.text === 'yesterday' && prev?.text === 'day')
        take(addDays(today, -2), i - 2, i - 1, i, i + 1);
      if (
        (t.text === 'ce' || t.text === 'cet' || t.text === 'cette' || t.text === 'this') &&
        next?.kind === 'word' &&
        TIME_OF_DAY.has(next.text)
      ) {
        take(today, i, i + 1);
        continue;
      }
      if (t.text === 'last' && next?.text === 'night') take(addDays(today, -1), i, i + 1);
      const wd = WEEKDAYS[t.text];
      if (wd !== undefined) {
        // Said on a Tuesday, "mardi" is last Tuesday: today would be "aujourd'hui".
        const dernier = true;
        const idx = [
          i,
          ...(next?.text === 'dernier' ? [i + 1] : []),
          ...(prev?.text === 'last' || prev?.text === 'on' ? [i - 1] : []),
        ];
        take(lastWeekday(today, wd, dernier), ...idx);
        if (next?.kind === 'word' && TIME_OF_DAY.has(next.text)) covers.add(i + 1);
        continue;
      }
      // "il y a 3 jours", "3 days ago"
      if (
        (t.text === 'jours' || t.text === 'jour' || t.text === 'days' || t.text === 'day') &&
        prev?.kind === 'num'
      ) {
        const n = (prev.cents ?? 0) / 100;
        const ago =
          tokens[i - 4]?.text === 'il' && tokens[i - 3]?.text === 'y' && tokens[i - 2]?.text === 'a';
        if (Number.isInteger(n) && n <= 60 && (ago || next?.text === 'ago')) {
          take(addDays(today, -n), i - 1, i, ...(ago ? [i - 4, i - 3, i - 2] : [i + 1]));
        }
      }
      // "il y a une semaine", "il y a deux semaines", "a week ago", "2 weeks ago"
      if (/^(?:semaines?|weeks?|mois|months?)$/.test(t.text)) {
        const n =
          prev?.kind === 'num'
            ? (prev.cents ?? 0) / 100
            : /^(?:un|une|a|one)$/.test(prev?.text ?? '')
              ? 1
              : 0;
        const ago =
          tokens[i - 4]?.text === 'il' && tokens[i - 3]?.text === 'y' && tokens[i - 2]?.text === 'a';
        if (n >= 1 && n <= 12 && (ago || next?.text === 'ago')) {
          const days = /^(?:mois|months?)$/.test(t.text) ? 30 * n : 7 * n;
          take(addDays(today, -days), i - 1, i, ...(ago ? [i - 4, i - 3, i - 2] : [i + 1]));
          continue;
        }
      }
      if (
        (t.text === 'semaine' && next?.text === 'derniere') ||
        (t.text === 'last' && next?.text === 'week')
      ) {
        take(addDays(today, -7), i, i + 1, ...(prev?.text === 'la' ? [i - 1] : []));
      }
      // "November 3", "November 3rd"
      const month = MONTHS[t.text];
      const d = dayNumber(next);
      if (month !== undefined && d !== null) {
        take(lastDayOfMonth(today, d, month), i, i + 1, ...(ordinalSuffix(tokens[i + 2]) ? [i + 2] : []));
        continue;
      }
    }
    if (t.kind === 'num') {
      const d = dayNumber(t);
      if (d === null) continue;
      const afterOrdinal = ordinalSuffix(next) ? 1 : 0;
      const monthWord = tokens[i + 1 + afterOrdinal];
      const month = monthWord?.kind === 'word' ? MONTHS[monthWord.text] : undefined;
      // "3 novembre", "le 3 novembre", "3rd of November"
      if (month !== undefined) {
        take(
          lastDayOfMonth(today, d, month),
          i,
          i + 1 + afterOrdinal,
          ...(prev?.text === 'le' ? [i - 1] : []),
        );
        continue;
      }
      const ofMonth = tokens[i + 2 + afterOrdinal];
      if (
        afterOrdinal &&
        tokens[i + 1 + afterOrdinal]?.text === 'of' &&
        ofMonth?.kind === 'word' &&
        MONTHS[ofMonth.text]
      ) {
        take(lastDayOfMonth(today, d, MONTHS[ofMonth.text]), i, i + 1, i + 2, i + 3);
        continue;
      }
      // "le 3/11" (day/month)
      if (next?.text === '/' && tokens[i + 2]?.kind === 'num') {
        const m = dayNumber(tokens[i + 2]);
        if (m !== null && m <= 12)
          take(lastDayOfMonth(today, d, m), i, i + 1, i + 2, ...(prev?.text === 'le' ? [i - 1] : []));
        continue;
      }
      // "le 3", "le 3e", "on the 3rd"
      if (prev?.text === 'le' || (prev?.text === 'the' && afterOrdinal)) {
        take(
          lastDayOfMonth(today, d),
          i - 1,
          i,
          ...(afterOrdinal ? [i + 1] : []),
          ...(tokens[i - 2]?.text === 'on' ? [i - 2] : []),
        );
      }
    }
  }
  mentions.sort((a, b) => a.at - b.at);
  let date = mentions[0]?.date ?? today;
  for (let k = 1; k < mentions.length; k++) {
    const between = tokens.slice((mentions[k - 1] as { at: number }).at, (mentions[k] as { at: number }).at);
    if (between.some((t) => CORRECTION_WORDS.has(t.text))) date = (mentions[k] as { date: string }).date;
  }
  return { date, mentions, covers };
}
