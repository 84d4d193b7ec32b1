import { addDays, isIsoDate, weekday } from '../dates.ts';
import { matchCurrency } from './currencies.ts';
import {
  DAY_PHRASES,
  DAY_PREFIXES,
  MONTHS,
  WEEKDAY_PREFIXES,
  WEEKDAY_SUFFIX_PHRASES,
  WEEKDAY_SUFFIXES,
  WEEKDAYS,
} from './date-words.ts';
import { readNumberWords } from './number-words.ts';
import { EN_ORDINAL_DAYS } from './numbers-en.ts';
import { FR_ORDINAL_DAYS } from './numbers-fr.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';

/** A date the words name, with the tokens it spans. */
export interface DateMatch {
  date: string;
  end: number;
  weak: boolean;
  future: boolean;
}

export interface DateContext {
  today: string;
  lang: Lang;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** "le 28" said on the 24th is last month's 28th; a day a month lacks steps back further. */
export function pastDayOfMonth(today: string, day: number): string | null {
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  if (day > Number(today.slice(8, 10))) m -= 1;
  for (let tries = 0; tries < 12; tries++) {
    if (m < 1) {
      m = 12;
      y -= 1;
    }
    const candidate = ymd(y, m, day);
    if (isIsoDate(candidate)) return candidate;
    m -= 1;
  }
  return null;
}

/** "3 novembre" said in January is last year's; an explicit year is kept as said. */
export function pastMonthDay(
  today: string,
  month: number,
  day: number,
  year: number | null,
): DateMatch['date'] | null {
  if (year !== null) return isIsoDate(ymd(year, month, day)) ? ymd(year, month, day) : null;
  const y = Number(today.slice(0, 4));
  for (const candidate of [ymd(y, month, day), ymd(y - 1, month, day), ymd(y - 2, month, day)]) {
    if (isIsoDate(candidate) && candidate <= today) return candidate;
  }
  return null;
}

function mostRecentWeekday(today: string, wd: number): string {
  const back = (weekday(today) - wd + 7) % 7 || 7;
  return addDays(today, -back);
}

function lastMonthSameDay(today: string): string {
  const day = Number(today.slice(8, 10));
  const first = addDays(`${today.slice(0, 8)}01`, -1); // last day of the previous month
  return Number(first.slice(8, 10)) < day ? first : `${first.slice(0, 8)}${pad(day)}`;
}

type DayForm = 'digits' | 'ordinal' | 'words';

/** A day number at tokens[i]: "3", "1er", "3rd", "premier", "twenty-first", "trois". */
function readDay(
  tokens: readonly Token[],
  i: number,
  lang: Lang,
): { day: number; end: number; form: DayForm } | null {
  const t = tokens[i];
  if (!t) return null;
  if ((t.kind === 'num' || t.kind === 'ordinal') && /^\d{1,2}$/.test(t.norm)) {
    const day = Number(t.norm);
    return day >= 1 && day <= 31 ? { day, end: i + 1, form: t.kind === 'num' ? 'digits' : 'ordinal' } : null;
  }
  if (t.kind !== 'word') return null;
  const ordinal = FR_ORDINAL_DAYS.get(t.norm) ?? EN_ORDINAL_DAYS.get(t.norm);
  if (ordinal !== undefined) return { day: ordinal, end: i + 1, form: 'ordinal' };
  if (t.norm === 'twenty' || t.norm === 'thirty') {
    const unit = EN_ORDINAL_DAYS.get(tokens[i + 1]?.norm ?? '');
    if (unit !== undefined && unit < 10)
      return { day: (t.norm === 'twenty' ? 20 : 30) + unit, end: i + 2, form: 'ordinal' };
  }
  const n = readNumberWords(tokens, i, lang);
  return n && n.value >= 1 && n.value <= 31 ? { day: n.value, end: n.end, form: 'words' } : null;
}

function readYear(tokens: readonly Token[], i: number): number | null {
  const t = tokens[i];
  if (t?.kind !== 'num' || !/^(19|20)\d{2}$/.test(t.norm)) return null;
  return Number(t.norm);
}

/** What follows "le 3" when it is money or a quantity, not a day: "le 3 €", "le 3 k", "le 3 %". */
function moneyFollows(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  return t.norm === 'k' || t.raw === '%' || matchCurrency(tokens, j) !== null;
}

/** "le 3", "3 novembre 2025", "November 3rd", "the 3rd of November", "le trois novembre". */
function matchDayOfMonth(tokens: readonly Token[], i: number, ctx: DateContext): DateMatch | null {
  const prefix = DAY_PREFIXES.match(tokens, i);
  let j = prefix ? prefix.end : i;
  let month = MONTHS.get(tokens[j]?.norm ?? '');
  const monthFirst = month !== undefined;
  if (monthFirst) j += tokens[j + 1]?.norm === 'the' ? 2 : 1;
  const day = readDay(tokens, j, ctx.lang);
  if (!day || moneyFollows(tokens, day.end)) return null;
  j = day.end;
  if (!monthFirst) {
    const of = tokens[j]?.norm === 'of' ? 1 : 0;
    month = MONTHS.get(tokens[j + of]?.norm ?? '');
    if (month !== undefined) j += of + 1;
  }
  if (month === undefined) {
    // Without a month, a number is a day only after "le"/"the" or as an ordinal ("3rd", "1er").
    if (day.form === 'words' || (day.form === 'digits' && !prefix)) return null;
    const date = pastDayOfMonth(ctx.today, day.day);
    return date ? { date, end: j, weak: false, future: false } : null;
  }
  const year = readYear(tokens, j);
  if (year !== null) j += 1;
  const date = pastMonthDay(ctx.today, month, day.day, year);
  return date ? { date, end: j, weak: false, future: date > ctx.today } : null;
}

function matchWeekday(tokens: readonly Token[], i: number, ctx: DateContext): DateMatch | null {
  const prefix = WEEKDAY_PREFIXES.match(tokens, i);
  const at = prefix ? prefix.end : i;
  const wd = WEEKDAYS.get(tokens[at]?.norm ?? '');
  if (wd === undefined) return null;
  // "lundi 23 novembre": the day number is more precise than the weekday.
  const precise = matchDayOfMonth(tokens, at + 1, ctx);
  if (precise) return precise;
  let end = at + 1;
  let future = prefix?.value === 'next';
  const next = tokens[end]?.norm ?? '';
  if (next === 'prochain' || next === 'prochaine') future = true;
  while (end < tokens.length) {
    const suffix = tokens[end]?.norm ?? '';
    if (WEEKDAY_SUFFIXES.has(suffix) || suffix === 'prochain' || suffix === 'prochaine') end += 1;
    else {
      const phrase = WEEKDAY_SUFFIX_PHRASES.match(tokens, end);
      if (!phrase) break;
      end = phrase.end;
    }
  }
  const past = mostRecentWeekday(ctx.today, wd);
  return { date: future ? addDays(past, 7) : past, end, weak: false, future };
}

/** "il y a 3 jours", "3 days ago", "two weeks ago". */
function matchAgo(tokens: readonly Token[], i: number, ctx: DateContext): DateMatch | null {
  const ilya = tokens[i]?.norm === 'il' && tokens[i + 1]?.norm === 'y' && tokens[i + 2]?.norm === 'a';
  const at = ilya ? i + 3 : i;
  const t = tokens[at];
  let n: number | null = null;
  let j = at;
  if (t?.kind === 'num' && /^\d{1,3}$/.test(t.norm)) {
    n = Number(t.norm);
    j = at + 1;
  } else {
    const w = readNumberWords(tokens, at, ctx.lang);
    if (w) {
      n = w.value;
      j = w.end;
    }
  }
  if (n === null) return null;
  const unit = tokens[j]?.norm ?? '';
  const days = /^(jours?|days?)$/.test(unit) ? 1 : /^(semaines?|weeks?)$/.test(unit) ? 7 : 0;
  if (days === 0) return null;
  j += 1;
  if (!ilya) {
    if (tokens[j]?.norm !== 'ago') return null;
    j += 1;
  }
  return { date: addDays(ctx.today, -n * days), end: j, weak: false, future: false };
}

function matchWrittenDate(t: Token, ctx: DateContext): string | null {
  if (t.kind === 'isoDate') return isIsoDate(t.norm) ? t.norm : null;
  const [d, m, y] = t.norm.split('/').map(Number);
  if (d === undefined || m === undefined || m < 1 || m > 12) return null;
  const year = y === undefined ? null : y < 100 ? 2000 + y : y;
  return pastMonthDay(ctx.today, m, d, year);
}

/** The date named at tokens[i], if any. Tried before numbers, so "le 3" is not three euros. */
export function matchDate(tokens: readonly Token[], i: number, ctx: DateContext): DateMatch | null {
  const t = tokens[i];
  if (!t || t.kind === 'punct' || t.kind === 'sym' || t.kind === 'time') return null;
  if (t.kind === 'isoDate' || t.kind === 'slashDate') {
    const date = matchWrittenDate(t, ctx);
    return date ? { date, end: i + 1, weak: false, future: date > ctx.today } : null;
  }
  const phrase = DAY_PHRASES.match(tokens, i);
  if (phrase) {
    const p = phrase.value;
    let date = addDays(ctx.today, p.days);
    if (p.special === 'weekend') {
      const wd = weekday(ctx.today);
      date = wd === 6 || wd === 0 ? addDays(ctx.today, wd === 6 ? 0 : -1) : mostRecentWeekday(ctx.today, 6);
    } else if (p.special === 'lastMonth') date = lastMonthSameDay(ctx.today);
    return { date, end: phrase.end, weak: p.weak === true, future: p.future === true };
  }
  return matchAgo(tokens, i, ctx) ?? matchWeekday(tokens, i, ctx) ?? matchDayOfMonth(tokens, i, ctx);
}
