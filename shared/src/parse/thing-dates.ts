import { WEEKDAYS } from './date-words.ts';
import type { Token } from './tokenize.ts';

/** Words of booking ahead: what they pay for happens later, the payment is today's. */
// "put down 20 euros to hold the table for Saturday": money that holds a thing books it.
// A registration is booked too: « l'inscription au trail du 8 mars », "registration for the race on May 3rd".
const BOOKING =
  /^(booked|book|booking|reserved|reserve|reservee|reserves|reservees|reservation|deposit|acompte|arrhes|hold|inscription|inscrit|inscrite|registration|registered)$/;
/** Said inside a date, these keep it the day of the payment: "last Friday", « samedi dernier », "two days ago". */
const PAST_WORDS = /^(dernier|derniere|passe|passee|last|ago|hier|yesterday|il)$/;

/** A delivery or a start said right before a day: « livraison vendredi », "arriving on Saturday". */
const THING_HAPPENS =
  /^(livraison|delivered|delivery|arriving|arrives|commence|commencent|demarre|demarrent|debute|debutent|starts|begins|starting)$/;
/** « livré(e)s » is « livre(s) », a book, unless said in the passive: « elle sera livrée samedi ». */
const DELIVERED = /^(livre|livree|livres|livrees)$/;
const PASSIVE = /^(est|sont|sera|seront|ete|etre|etait|serait|seraient)$/;
/** A payment told as done: « j'ai payé », « réglé », "paid", "bought". */
const PAID_DONE =
  /^(paye|payee|payes|payees|regle|reglee|reglees|achete|achetee|commande|commandee|verse|paid|bought|ordered)$/;

/**
 * « livraison vendredi », « le stage commence le 2, j'ai réglé 150 € », "a rug, arriving on
 * Saturday": a day said of a delivery or of a start, in a sentence that tells of a payment done,
 * is the thing's; "starts on the 1st, I will pay" keeps the payment on the day.
 */
export function paidBeforeTheThing(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]?.norm ?? '';
  const delivered = DELIVERED.test(before) && PASSIVE.test(tokens[start - 2]?.norm ?? '');
  // « le voyage est le 12 décembre », "the gig is on Friday": the day a thing is (not « c'est samedi que »).
  const thing = tokens[start - 2];
  const itIs =
    /^(est|is)$/.test(before) &&
    thing?.kind === 'word' &&
    !/^(c'|ce|it|that|this|which|qui)$/.test(thing.norm);
  if (!THING_HAPPENS.test(before) && !delivered && !itIs) return false;
  // « j'ai payé la livraison samedi », "paid for the delivery on Friday": the payment's day.
  for (let k = Math.max(0, start - 4); k < start - 1; k++)
    if (PAID_DONE.test(tokens[k]?.norm ?? '')) return false;
  for (let k = start; k < end; k++) if (PAST_WORDS.test(tokens[k]?.norm ?? '')) return false;
  return tokens.some((t) => PAID_DONE.test(t.norm));
}

/**
 * Whether the date at tokens[start, end) is the day of the thing bought, not of the payment:
 * "un billet pour le 15 décembre", "billet pour Marseille le 18" (a trip), "I booked a concert on
 * Friday", "paid the deposit for the wedding venue on the 12th of June" (booked: a thing named
 * between the booking and "on"/"for", or a day still to come); a bare weekday or a month said
 * after the thing booked is the thing's too (« j'ai réservé un concert samedi », « acompte pour le
 * traiteur du mariage en juin »): one booked on that day would say « samedi dernier ».
 */
export function datesTheThing(
  tokens: readonly Token[],
  start: number,
  end: number,
  future: boolean,
): boolean {
  if (paidBeforeTheThing(tokens, start, end)) return true;
  const forWord = (k: number) => /^(pour|for)$/.test(tokens[k]?.norm ?? '');
  // « pour le mariage du 12 juin », « pour le concert du 5 »: the day of the thing paid for.
  if (tokens[start]?.norm === 'du' && (forWord(start - 2) || forWord(start - 3))) return true;
  // « pour la garde de mercredi », « pour le resto d'hier »: the day of the thing paid for, too.
  if (/^(de|d')$/.test(tokens[start - 1]?.norm ?? '') && (forWord(start - 3) || forWord(start - 4)))
    return true;
  const place = /^\p{Lu}/u.test(tokens[start - 1]?.raw ?? '') && tokens[start - 1]?.kind === 'word';
  // « billet pour Paris en janvier »: a month after the trip's place is the trip's, even one gone by.
  const month = /^(en|in)$/.test(tokens[start]?.norm ?? '');
  // « pour le Black Friday je prendrai la console »: a day of sales is when things are bought.
  const sales = tokens[end - 2]?.norm === 'black';
  if (!sales && (forWord(start - 1) || (place && forWord(start - 2) && (future || month)))) return true;
  let booking = -1;
  for (let k = 0; k < start - 1; k++) if (BOOKING.test(tokens[k]?.norm ?? '')) booking = k;
  // "booked on Friday" says when it was booked: a thing must be named in between.
  if (booking < 0 || booking >= start - 1) return false;
  for (let k = start; k < end; k++) if (PAST_WORDS.test(tokens[k]?.norm ?? '')) return false;
  const bareWeekday = end === start + 1 && WEEKDAYS.has(tokens[start]?.norm ?? '');
  // « l'inscription au trail du 8 mars »: the day of the thing booked, named before it.
  const linked = (k: number) => /^(on|for|pour|en|in|du)$/.test(tokens[k]?.norm ?? '');
  return future || bareWeekday || linked(start) || linked(start - 1);
}
