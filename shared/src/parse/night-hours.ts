import type { Token } from './tokenize.ts';

/** Hours from 1 to 5 in words: "half past one", « vers trois heures ». */
const SMALL_HOUR_WORDS = /^(one|two|three|four|five|une|deux|trois|quatre|cinq)$/;

/** An hour from 1 to 5 at tokens[k], in figures or words ("1h", "2", "one", « trois »); the index after it, or -1. */
function smallHourAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (t?.kind === 'time') return /^0?[1-5]h/.test(t.norm) ? k + 1 : -1;
  if (t?.kind === 'num') return /^0?[1-5]$/.test(t.norm) ? k + 1 : -1;
  return SMALL_HOUR_WORDS.test(t?.norm ?? '') ? k + 1 : -1;
}

/** "half past one", "quarter to two", "one": the index after an hour from 1 to 5, or -1. */
function clockAt(tokens: readonly Token[], k: number): number {
  const first = tokens[k]?.norm ?? '';
  const second = tokens[k + 1]?.norm ?? '';
  if ((first === 'half' || first === 'quarter') && (second === 'past' || second === 'to'))
    return smallHourAt(tokens, k + 2);
  return smallHourAt(tokens, k);
}

/** Said after an hour, it is the evening's or the afternoon's, not the small hours'. */
const afternoon = (tokens: readonly Token[], k: number) =>
  /^(pm|soir|p)$/.test(tokens[k]?.norm ?? '') ||
  tokens[k + 1]?.norm === 'soir' ||
  /^(de l' )?(apres midi|aprem)/.test(
    tokens
      .slice(k, k + 4)
      .map((t) => t.norm)
      .join(' '),
  );

/**
 * « vers 2h du matin », "at 1 am", "around half past one", "after midnight": an hour from 1 to 5
 * said right after a night, not in the afternoon or the evening (« vers minuit » is still the evening's).
 */
export function smallHoursAfter(tokens: readonly Token[], i: number): boolean {
  // "after midnight", « après minuit »: the small hours too.
  if (/^(after|apres)$/.test(tokens[i]?.norm ?? '') && /^(midnight|minuit)$/.test(tokens[i + 1]?.norm ?? ''))
    return true;
  if (!/^(a|vers|at|around|about|towards)$/.test(tokens[i]?.norm ?? '')) return false;
  const end = clockAt(tokens, i + 1);
  return end > 0 && !afternoon(tokens, end);
}

/** An hour said as the morning's: « 3h du matin », "2 am", "at 1 in the morning"; the index after it, or -1. */
function morningHourAt(tokens: readonly Token[], k: number): number {
  const end = clockAt(tokens, k);
  if (end < 0) return -1;
  const next = tokens[end]?.norm ?? '';
  if (next === 'am') return end + 1;
  if (next === 'du' && /^(matin|mat)$/.test(tokens[end + 1]?.norm ?? '')) return end + 2;
  return next === 'in' && tokens[end + 1]?.norm === 'the' && tokens[end + 2]?.norm === 'morning'
    ? end + 3
    : -1;
}

/** Words that make a day said its evening or its night (« samedi soir », "Friday night", « hier soir »). */
const EVENING = /^(soir|soiree|nuit|night|evening|tonight)$/;

/**
 * An evening or a night (tokens from..to) whose payment is told a few words on in the small hours
 * (« samedi soir on est rentrés à 3h du matin, le taxi », "Friday night, at 2 am, a kebab"): the
 * day after it. Only an hour said as the morning's ("am", « du matin ») or in figures after « vers »,
 * « à », "at" counts there, and only in the same clause.
 */
export function eveningThenSmallHours(tokens: readonly Token[], from: number, to: number): boolean {
  let evening = false;
  for (let k = from; k < to; k++) if (EVENING.test(tokens[k]?.norm ?? '')) evening = true;
  if (!evening) return false;
  for (let k = to; k < Math.min(tokens.length, to + 8); k++) {
    const norm = tokens[k]?.norm ?? '';
    if (norm === '.' || norm === ';') return false;
    if (morningHourAt(tokens, k) > 0) return true;
    // « samedi soir, le taxi du retour vers 2h »: an hour from 1 to 5 in figures after an evening
    // is the small hours', said as such or not (« vers 2h de l'après-midi » is not).
    if (tokens[k + 1]?.kind === 'time' && smallHoursAfter(tokens, k)) return true;
  }
  return false;
}
