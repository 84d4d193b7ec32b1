import { SYSTEM_MARKS } from './markers-system.ts';
import { MOVEMENT_MARKS } from './movement-words.ts';
import { PhraseTable } from './phrase-table.ts';
import type { Mark } from './types.ts';

/**
 * Words that steer the parse without being the expense itself (see Mark in types.ts).
 * - correction: the amount after it replaces the one before ("15 euros, non pardon, 18").
 * - hedge: the speaker is unsure; the server should let the LLM look.
 * - verb: "j'ai payé", "spent": an expense context for a bare number.
 * - movements (movements.ts): money that moved without being spent (pay, refunds, a person paying
 *   back, loans, transfers, cash taken out) or is only owed; no expense comes out of their clause.
 * - reminder: money that has not left yet ("rappelle-moi", "je vais payer"): an expense only with a future day.
 * - each: the amount is a unit price ("deux cafés à 2 euros chacun").
 * - period, total, dont: "par mois", "en tout", "dont 5 € de pourboire" (a part, not another expense).
 * Orders to the system and asides ("je me ferai rembourser") are in markers-system.ts.
 */
const list = (mark: Mark, phrases: string): [string, Mark][] =>
  phrases.split('|').map((p) => [p.trim(), mark] as [string, Mark]);

export const MARKERS = new PhraseTable<Mark>([
  ...list(
    'correction',
    'non|non pardon|pardon|non non|euh non|heu non|ah non|oh non|enfin non|non enfin|enfin|je veux dire|plutot|ou plutot|' +
      'correction|je corrige|oups|attends|non attends|je me suis trompe|je me suis trompee|je me trompe|my bad|my mistake|' +
      'no|no wait|wait|sorry|no sorry|i mean|hang on|hold on|' +
      'or rather|rather|make that|make it|scratch that|oops|actually|en fait|non en fait|' +
      // Said between two amounts these take back the first; they are not orders to the system.
      'oublie ca|ignore ca|laisse tomber|forget that|ignore that|' +
      // A price brought down: « le jean à 70, remisé à 49 », "marked down to 30" is paid instead.
      'remise a|soldee a|solde a|brade a|reduced to|marked down to|knocked down to',
  ),
  ...list(
    'hedge',
    'je crois|je pense|genre|environ|a peu pres|disons|peut etre|il me semble|approximativement|quelque chose comme|' +
      'dans les|a vue de nez|je sais plus|je ne sais plus|je sais pas|je ne sais pas|probablement|presque|pas loin de|' +
      'a priori|si je me souviens bien|entre|between|about|around|roughly|approximately|maybe|i think|i guess|i believe|' +
      'something like|or so|probably|almost|like|give or take|not sure|i dont know|i do not know|' +
      // Said around a number: « autour de 100 € », « plus ou moins 35 € », "15-ish", "or thereabouts".
      'autour de|aux alentours de|plus ou moins|grosso modo|a la louche|ish|or thereabouts|ballpark|approx|circa|' +
      // A round sum and a little more: « 22 euros et des poussières », "20 euros and change".
      'et des poussieres|et quelques poussieres|et des brouettes|and change|' +
      // A bound, not the amount: « un peu moins de 30 € », "just under 20 quid", "at least 40".
      'un peu moins de|un peu plus de|a peine plus de|a peine moins de|au maximum|au moins|tout au plus|' +
      'a bit over|a bit under|a bit more than|a bit less than|just under|just over|a little over|' +
      'a little under|a little more than|a little less than|at least|at most|at the most',
  ),
  ...list(
    'filler',
    'euh|heu|hum|bah|ben|bon|alors|donc|voila|hmm|uh|um|erm|so|well|okay|ok|oh|ah|bref|enfin bref|du coup|' +
      'tu vois|tu sais|you know|basically',
  ),
  ...list(
    'verb',
    "j'ai paye|paye|payee|payes|j'ai depense|depense|depenses|j'ai achete|achete|achetee|achetes|j'ai pris|pris|" +
      "j'ai mis|j'ai claque|claque|coute|preleve|a preleve|debite|m'a coute|ca m'a coute|a coute|ca a coute|regle|j'ai regle|" +
      'i paid|paid|i spent|spent|i bought|bought|i got|got|grabbed|i grabbed|' +
      'cost|it cost|cost me|charged|paying|payer|je paie|je paye|on paie|on paye|tu paies|je le paie|je la paie|je les paie|' +
      // « je l'ai eue à 40 »: got it, for a price (« j'ai eu 30 ans » has no object).
      "l'ai eu|l'ai eue|les ai eus|les ai eues|l'a eu|l'a eue|l'avons eu|l'avons eue|" +
      // Someone cashed the speaker's money (« le traiteur a encaissé mon acompte »): paid, not received.
      'a encaisse mon|a encaisse ma|a encaisse mes|ont encaisse mon|ont encaisse ma|ont encaisse mes|cashed my',
  ),
  ...MOVEMENT_MARKS,
  ...list(
    'reminder',
    "rappelle moi|rappelle toi|rappelle|fais moi penser|pense a|n'oublie pas|noublie pas|oublie pas|il faut que je|" +
      // « il faut que je paie le garagiste »: the verb, not a pay packet (« ma paie »).
      'faut que je|faut que je paie|faut que je paye|il faut que je paie|il faut que je paye|' +
      'je vais payer|je vais acheter|je vais depenser|je paierai|je payerai|il faudra|il faut payer|il faut regler|je devrai|' +
      "remind me|don't forget|dont forget|do not forget|i need to|need to|i have to|have to|gotta|i'll|i will|" +
      "i'm going to|going to|i plan to|todo|a faire|liste de courses|shopping list|" +
      // A bill to pay, not a debt to a person ("je dois régler la cantine"): "je dois" alone is one.
      'je dois regler|je dois payer|je dois acheter|je dois verser|on doit payer|on doit regler',
  ),
  ...list(
    'question',
    "combien|how much|how many|est ce que|qu'est ce que|quel|quelle|quels|quelles|what|what's|pourquoi|why|ou est|" +
      'should i|should we|shall i|do i|can i|is it worth|dois je|devrais je|faut il',
  ),
  ...list('sep', 'et|and|puis|et puis|then|and then|plus|ensuite|aussi|also|et aussi|and also|+|,|;|.|!|?|:'),
  ...list(
    'each',
    // « 3 euros chaque » is how « chacun » is often said.
    "chacun|chacune|chaque|piece|la piece|l'unite|each|apiece|a piece|par personne|per person|par nuit|per night|" +
      'a night|la nuit|the night|le ticket|par tete|a head',
  ),
  ...list(
    'period',
    'par mois|par an|par semaine|par jour|a month|per month|a year|per year|a week|per week|a day|per day|' +
      'mensuel|mensuelle|monthly|annuel|yearly|weekly',
  ),
  ...list('total', 'en tout|au total|in total|in all|all told|total|le tout|tout compris|all in|altogether'),
  ...list('dont', 'dont|including|y compris|incl'),
  ...SYSTEM_MARKS,
]);

/** Questions are only questions when "combien"/"how much" is there, or a "?" ends a question word. */
export const ALWAYS_QUESTION = new Set(['combien', 'how much', 'how many']);
