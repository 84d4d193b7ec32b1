import type { Clause } from './clauses.ts';
import { DETERMINERS, SPEAKERS_OWN } from './determiners.ts';
import { isGivenName } from './given-names.ts';
import {
  agreeing,
  DEBT_WORDS,
  type Debt,
  debtSaid,
  type Party,
  SPEAKER,
  TO_THEM_FR,
} from './movement-debts.ts';
import { forOwnThings } from './movement-givers.ts';
import { BODIES, isPersonWord } from './movement-parties.ts';
import type { Purpose } from './movement-purposes.ts';
import { personAt } from './person-or-body.ts';
import type { Scan } from './scan-types.ts';
import { word } from './scan-word.ts';
import { ownShareFor } from './speaker-pays-back.ts';
import { wordSet } from './word-sets.ts';

/*
 * One frame of direction and roles for money that settles a debt (issue 29, round 20): who gave
 * (the speaker, a person, a body), who received, and whether a debt between them was said — who
 * owed whom, or who had lent to whom. « Karim me devait 25 €, il me les a virés », « Mehdi m'avait
 * dépanné de 20 €, je les lui ai rendus », "I paid back 35 euros to Marcus", "Ollie owed me 20 quid
 * and finally sent it", « j'ai réglé ma dette à Julien ». The kind is derived from the frame in one
 * place (`kindOfFrame`, movement-kind-of-frame.ts); movements.ts asks it before reading the
 * movement words one by one. Round 21 adds the frame's third part, what the money was for
 * (movement-purposes.ts): earned, a purchase undone, one's own money kept, a share owed back,
 * borrowed; `kindOfFrame` turns it into the kind too.
 */
/** Who gave and who received the money said, when a giving verb says it. */
export interface Giving {
  giver: Party;
  receiver: Party | undefined;
  /** The giving verb: "back" said with it, or a verb of giving back (« rendu », "repaid"), settles a debt by itself. */
  back: boolean;
  /** Where the one given to is named, when after the verb. */
  receiverAt?: number;
  /** A person gave back to no one named (« Nico a rendu les 25 € »): the speaker, who notes it. */
  toNoteTaker?: true;
}
export interface MovementFrame {
  giving: Giving | undefined;
  /** Who owed the other, said beside the giving; `now`: still owed once it was given (« il me doit ça »). */
  debt: Debt | undefined;
  /** The speaker's own share of a thing (« ma part », "my share"): given to a person, it is spent. */
  ownShare?: boolean;
  /** What the money was for, when where it went says it (movement-purposes.ts). */
  purpose?: Purpose;
}

/** Verbs of giving money, as participles after « a / ont / ai »: the act is done. */
const GAVE_FR = agreeing(
  'vire|rendu|rembourse|envoye|paye|regle|solde|donne|file|transfere|verse|renvoye|restitue|remis|rendue|lydia|wero',
);
const BACK_FR = agreeing('rendu|rembourse|renvoye|restitue');
const JUST = wordSet('viens|vient|venons|venez|viennent');
const JUST_GIVEN = wordSet('rembourser|rendre|virer|envoyer|payer|regler|verser|transferer');
const JUST_BACK = wordSet('rembourser|rendre');
const GAVE_EN = wordSet(
  'sent|paid|gave|transferred|wired|returned|handed|repaid|settled|venmoed|revoluted|paypalled|squared',
);
const BACK_EN = wordSet('repaid|returned|squared');
const AUX_FR = wordSet('a|ont|ai|avait|avaient|avons');
const OBJECT = wordSet("les|le|la|l'|en");
const ADVERB = wordSet('enfin|bien|finalement|deja|tout|toute|tous|direct|aussi');
export const NOT = wordSet("pas|jamais|ne|n'|not|never|didn't|didnt|hasn't|hasnt|haven't|havent|yet|still");
/** The speaker as a subject, and the one given to as a pronoun. */
const THEM_EN = wordSet('him|her|them');

/** A body (an employer, a bank, an insurer, a shop, the state) or a person named at tokens[i]. */
function partyAt(scan: Scan, i: number, isKeyword: (i: number) => boolean): Party | undefined {
  const w = word(scan, i);
  if (isPersonWord(w) || THEM_EN.has(w)) return 'person';
  if (BODIES.has(w) || isKeyword(i)) return 'body';
  if (personAt(scan, i)) return 'person';
  return undefined;
}

/** The party that opens the clause, a determiner or two passed: « Karim », « mon coloc », « la banque ». */
function subjectOf(
  scan: Scan,
  clause: Clause,
  at: number,
  isKeyword: (i: number) => boolean,
): Party | undefined {
  for (let i = clause[0]; i < at; i++) {
    const w = word(scan, i);
    if (SPEAKER.has(w)) return 'speaker';
    if (/^(il|elle|ils|elles|he|she|they)$/.test(w)) return 'person';
    if (DETERMINERS.has(w)) continue;
    const party = partyAt(scan, i, isKeyword);
    if (party) return party;
  }
  return undefined;
}

/**
 * The one given to after the verb: « à Clara », "to Marcus", "Ana", "my brother". A shop or a body
 * only after « à », "to" (« j'ai renvoyé le pull » sends a thing back); a given name with no article
 * is a person, even one a shop bears (« remboursé Léon »: Léon de Bruxelles).
 */
function receiverAfter(scan: Scan, from: number, to: number, isKeyword: (i: number) => boolean) {
  let toSaid = false;
  for (let i = from; i < Math.min(to, from + 6); i++) {
    const w = word(scan, i);
    if (TO.has(w)) toSaid = true;
    if (TO.has(w) || DETERMINERS.has(w) || scan.tokens[i]?.kind !== 'word') continue;
    const named =
      /^\p{Lu}/u.test(scan.tokens[i]?.raw ?? '') && isGivenName(w) && !DETERMINERS.has(word(scan, i - 1));
    const party = named ? 'person' : partyAt(scan, i, isKeyword);
    if (party === 'person' || (party === 'body' && (toSaid || from === i))) return { party, at: i };
  }
  return undefined;
}
const TO = wordSet('a|au|aux|to|envers|with');
const givenTo = (scan: Scan, v: number, clause: Clause, isKeyword: (i: number) => boolean) => {
  const r = receiverAfter(scan, v + 1, clause[1], isKeyword);
  return { receiver: r?.party, receiverAt: r?.at };
};

const denied = (scan: Scan, at: number, from: number) =>
  [1, 2, 3, 4].some((k) => at - k >= from && NOT.has(word(scan, at - k)));

/** The French giving: « il me les a virés », « je les lui ai rendus », « j'ai viré à Clara », « remboursé Léon ». */
function givingFr(scan: Scan, clause: Clause, isKeyword: (i: number) => boolean): Giving | undefined {
  for (let v = clause[0]; v < clause[1]; v++) {
    // « je viens de rembourser mon frangin »: the recent past, an act done.
    if (JUST_GIVEN.has(word(scan, v)) && word(scan, v - 1) === 'de' && JUST.has(word(scan, v - 2))) {
      if (SPEAKER.has(word(scan, v - 3)))
        return {
          giver: 'speaker',
          back: JUST_BACK.has(word(scan, v)),
          ...givenTo(scan, v, clause, isKeyword),
        };
      continue;
    }
    if (!GAVE_FR.has(word(scan, v)) || denied(scan, v, clause[0])) continue;
    const back = BACK_FR.has(word(scan, v));
    let k = v - 1;
    while (k > clause[0] && ADVERB.has(word(scan, k))) k--;
    if (!AUX_FR.has(word(scan, k))) {
      // « remboursé Léon par Wero »: a note that opens on the participle is the speaker's
      // (« remboursé par Ameli » is a passive, the speaker paid).
      if (v !== clause[0] || !back || /^(par|by|de)$/.test(word(scan, v + 1))) continue;
      return { giver: 'speaker', back, ...givenTo(scan, v, clause, isKeyword) };
    }
    k--;
    const toThem = TO_THEM_FR.has(word(scan, k));
    if (toThem) k--;
    if (OBJECT.has(word(scan, k))) k--;
    // « il m'a viré », « Karim me les a rendus »: given to the speaker.
    if (word(scan, k) === 'me' || word(scan, k) === "m'") {
      const giver = subjectOf(scan, clause, k, isKeyword);
      if (giver === 'speaker' || giver === undefined) continue;
      return { giver, receiver: 'speaker', back };
    }
    if (toThem && (word(scan, k) === 'je' || word(scan, k) === "j'"))
      return { giver: 'speaker', receiver: 'person', back };
    if (word(scan, k) === "j'" || word(scan, k) === 'je')
      return { giver: 'speaker', back, ...givenTo(scan, v, clause, isKeyword) };
    // « Julien a rendu les 50 balles qu'il me devait »: a person gave, to whom the debt says; « Nico a
    // rendu les 25 € du taxi »: given back to no one named, to the speaker who notes it.
    if (!toThem && partyAt(scan, k, isKeyword) === 'person') {
      const to = givenTo(scan, v, clause, isKeyword).receiver;
      return back && !to
        ? { giver: 'person', receiver: 'speaker', back, toNoteTaker: true }
        : { giver: 'person', receiver: to, back };
    }
  }
  return undefined;
}

/** The English giving: "X sent me", "I paid back 35 euros to Marcus", "gave Ana her 40 euros back". */
function givingEn(scan: Scan, clause: Clause, isKeyword: (i: number) => boolean): Giving | undefined {
  for (let v = clause[0]; v < clause[1]; v++) {
    if (!GAVE_EN.has(word(scan, v)) || denied(scan, v, clause[0])) continue;
    const backSaid = scan.tokens.slice(v + 1, clause[1]).some((t) => t.norm === 'back');
    const back = backSaid || BACK_EN.has(word(scan, v));
    if (word(scan, v + 1) === 'me' || (word(scan, v + 1) === 'back' && word(scan, v + 2) === 'me')) {
      const giver = subjectOf(scan, clause, v, isKeyword);
      if (giver === 'speaker' || giver === undefined) continue;
      return { giver, receiver: 'speaker', back };
    }
    // "was paid back by my flatmate": given to the speaker, the giver after "by".
    if (/^(was|got|been)$/.test(word(scan, v - 1)) && word(scan, v - 2) !== 'it') {
      const by = scan.tokens.findIndex((t, i) => i > v && i < clause[1] && t.norm === 'by');
      const giver = by > 0 ? receiverAfter(scan, by + 1, clause[1], isKeyword)?.party : undefined;
      if (giver) return { giver, receiver: 'speaker', back };
      continue;
    }
    const opens = v === clause[0] || SPEAKER.has(word(scan, v - 1));
    if (opens) return { giver: 'speaker', back, ...givenTo(scan, v, clause, isKeyword) };
  }
  return undefined;
}

/** "got my 50 back from Ben": the speaker's money came back from a person. */
function gotBackFrom(scan: Scan, clause: Clause, isKeyword: (i: number) => boolean): Giving | undefined {
  for (let i = clause[0]; i < clause[1] - 2; i++) {
    if (word(scan, i) !== 'got' || !scan.tokens.slice(i, clause[1]).some((t) => t.norm === 'back')) continue;
    const from = scan.tokens.findIndex((t, j) => j > i && j < clause[1] && t.norm === 'from');
    const giver = from > 0 ? receiverAfter(scan, from + 1, clause[1], isKeyword)?.party : undefined;
    return giver ? { giver, receiver: 'speaker', back: true } : undefined;
  }
  return undefined;
}

const SHARES = wordSet('part|share|moitie|half|portion');
/** « ma part de l'Airbnb », "my share of the cabin": the speaker's own share named. */
function ownShareIn(scan: Scan, range: Clause): boolean {
  for (let i = range[0] + 1; i < range[1]; i++)
    if (SHARES.has(word(scan, i)) && /^(ma|my)$/.test(word(scan, i - 1))) return true;
  return false;
}

/** The words without one of which no frame is read: most segments say none. */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...GAVE_FR,
  ...GAVE_EN,
  ...JUST_GIVEN,
  ...DEBT_WORDS,
  'got',
]);

/** The frame of the money said in `range` (an amount's segment). */
export function movementFrame(
  scan: Scan,
  range: Clause,
  clauses: readonly Clause[],
  pays: (from: number, to: number) => boolean,
  isKeyword: (i: number) => boolean,
): MovementFrame {
  let giving: Giving | undefined;
  let after = range[1];
  for (const c of clauses) {
    if (c[1] <= range[0] || c[0] >= range[1] || giving) continue;
    const clause: Clause = [Math.max(c[0], range[0]), Math.min(c[1], range[1])];
    after = clause[1];
    giving =
      scan.lang === 'fr'
        ? givingFr(scan, clause, isKeyword)
        : (givingEn(scan, clause, isKeyword) ?? gotBackFrom(scan, clause, isKeyword));
  }
  // The speaker giving for a thing named (« … 30 € à Julie pour le resto », « je lui devais ma place
  // de concert ») is read by the words of the movement (a share, a thing bought: spent).
  if (giving?.giver === 'speaker') {
    const at = giving.receiverAt;
    const forThing =
      at === undefined ? pays(range[0], range[1]) : pays(range[0], at) || pays(at + 1, range[1]);
    // "paid Freya back for the festival tickets", « rendu 15 € à ma coloc pour les courses »: a
    // person paid back for a thing of theirs settles their outlay, as speaker-pays-back.ts reads it.
    const settles = giving.back && giving.receiver === 'person' && !ownShareFor(scan, range, at);
    // « j'ai viré 18 €, je lui devais le ciné »: the speaker's debt told in a clause after the money
    // is what it settles, the thing its story (« je lui devais ma place »: the speaker's own, spent;
    // "the vet bill I owed", a bill owed inside the clause of the giving, stays spent).
    const owed =
      debtSaid(scan, [after, range[1]])?.debtor === 'speaker' &&
      !scan.tokens.slice(...range).some((t) => SPEAKERS_OWN.has(t.norm));
    // « remboursé Paul pour mon billet »: for a thing of the speaker's, known or not, it is spent.
    if ((forThing || forOwnThings(scan, range[0], range[1])) && !settles && !owed) giving = undefined;
  }
  return { giving, debt: debtSaid(scan, range), ownShare: ownShareIn(scan, range) };
}
