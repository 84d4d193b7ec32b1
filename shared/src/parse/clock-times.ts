import { matchCurrency } from './currencies.ts';
import { readNumberWords } from './number-words.ts';
import type { Token } from './tokenize.ts';
import type { Lang } from './types.ts';

/** The hour at tokens[i] (1–23 in figures, 1–12 in words), and where it ends; null if none. */
function hourAt(tokens: readonly Token[], i: number, lang: Lang): { hour: number; end: number } | null {
  const t = tokens[i];
  if (t?.kind === 'num' && /^\d{1,2}$/.test(t.norm)) {
    const hour = Number(t.norm);
    return hour >= 1 && hour <= 23 ? { hour, end: i + 1 } : null;
  }
  const w = readNumberWords(tokens, i, lang);
  return w && Number.isInteger(w.value) && w.value >= 1 && w.value <= 12
    ? { hour: w.value, end: w.end }
    : null;
}

/** "half past six", "quarter to eight", "a quarter past 9": a clock time, neither a day nor money; its end, or i. */
export function clockPhraseEnd(tokens: readonly Token[], i: number, lang: Lang): number {
  const k = tokens[i]?.norm === 'a' && tokens[i + 1]?.norm === 'quarter' ? i + 1 : i;
  if (!/^(half|quarter)$/.test(tokens[k]?.norm ?? '')) return i;
  if (!/^(past|to|after)$/.test(tokens[k + 1]?.norm ?? '')) return i;
  const hour = hourAt(tokens, k + 2, lang);
  return hour && hour.hour <= 12 ? hour.end : i;
}

/** Words that may follow an hour and belong to it: « à 7 heures », "at 8 pm", "at 7 o'clock". */
const HOUR_WORDS = /^(h|heure|heures|hours|o'clock|oclock|pm|am|p\.m\.|a\.m\.)$/;

/**
 * "yesterday at 7", "Saturday around 8", « hier vers 7 », « samedi à 8 »: an hour said right after a
 * day is a time, not money; its end, or i. Money right after it keeps it money (« hier à 20 € »).
 */
export function hourAfterDay(tokens: readonly Token[], i: number, lang: Lang): number {
  const word = tokens[i]?.norm ?? '';
  const french = lang === 'fr' && /^(a|vers)$/.test(word);
  if (!french && !/^(at|around|about|towards)$/.test(word)) return i;
  const clock = clockPhraseEnd(tokens, i + 1, lang);
  const hour = clock > i + 1 ? { end: clock } : hourAt(tokens, i + 1, lang);
  if (!hour) return i;
  let end = hour.end;
  if (HOUR_WORDS.test(tokens[end]?.norm ?? '')) end += 1;
  const next = tokens[end];
  if (
    next &&
    (next.kind === 'num' || next.norm === 'k' || next.raw === '%' || matchCurrency(tokens, end) !== null)
  )
    return i;
  return end;
}
