import type { Token } from './tokenize.ts';

/** Words of booking ahead: what they pay for happens later, the payment is today's. */
const BOOKING =
  /^(booked|book|booking|reserved|reserve|reservee|reserves|reservees|reservation|deposit|acompte|arrhes)$/;
/** Said inside a date, these keep it the day of the payment: "last Friday", « samedi dernier », "two days ago". */
const PAST_WORDS = /^(dernier|derniere|passe|passee|last|ago|hier|yesterday|il)$/;

/**
 * Whether the date at tokens[start, end) is the day of the thing bought, not of the payment:
 * "un billet pour le 15 décembre", "billet pour Marseille le 18" (a trip), "I booked a concert on
 * Friday", "paid the deposit for the wedding venue on the 12th of June" (booked: a thing named
 * between the booking and "on"/"for", or a day still to come).
 */
export function datesTheThing(
  tokens: readonly Token[],
  start: number,
  end: number,
  future: boolean,
): boolean {
  const forWord = (k: number) => /^(pour|for)$/.test(tokens[k]?.norm ?? '');
  const place = /^\p{Lu}/u.test(tokens[start - 1]?.raw ?? '') && tokens[start - 1]?.kind === 'word';
  if (forWord(start - 1) || (place && forWord(start - 2) && future)) return true;
  let booking = -1;
  for (let k = 0; k < start - 1; k++) if (BOOKING.test(tokens[k]?.norm ?? '')) booking = k;
  // "booked on Friday" says when it was booked: a thing must be named in between.
  if (booking < 0 || booking >= start - 1) return false;
  for (let k = start; k < end; k++) if (PAST_WORDS.test(tokens[k]?.norm ?? '')) return false;
  return future || /^(on|for|pour)$/.test(tokens[start]?.norm ?? '');
}
