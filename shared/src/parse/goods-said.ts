/**
 * A thing said with « un », « une » or « des » that no table knows is most likely goods bought in a
 * shop (« un lisseur », « une gigoteuse pour le bébé », « des rosiers grimpants »): shopping, not
 * other. A service is mostly said with « le », « la » or as a verb's noun (« le parallélisme »,
 * « une réparation », « un nettoyage »), and a fine or a vague word names no goods. English the same
 * with "a" or "an" ("a hoodie", "a cordless drill"; not "a consultation", "a sympathy card", "a
 * gizmo"). category-of.ts asks this last, only when nothing else names the category.
 */
import { DETERMINERS } from './determiners.ts';
import { type AmountItem, Role, type Scan } from './scan-types.ts';
import type { Segment } from './segments.ts';
import { REFERENCE_WORDS, UNITS } from './word-sets.ts';

/** Nouns said with an indefinite article that are no goods: a fine, a vague thing. */
const NO_GOODS = new Set(
  'amende|amendes|contravention|pv|prune|truc|trucs|chose|choses|machin|machins|bidule|bidules|quinzaine|dizaine|vingtaine|centaine|fois'.split(
    '|',
  ),
);

/** A verb's noun names a service or an act: « réparation », « nettoyage », « traitement », « révision ». */
const ACT = /(tion|sion|age|ages|ment|ments)$/;

/** English nouns said with "a" or "an" that are no goods: a fine, a vague thing, a while, a visit. */
const NO_GOODS_EN = new Set(
  (
    'fine|ticket|thing|bit|couple|few|lot|load|round|trip|day|night|week|month|year|session|visit|' +
    'appointment|lesson|class|trim|cut|fee|charge|bill|deposit|top|service|full|quick|new|pitch|share|total|tip|' +
    // Vague words, as « truc », « machin »: "a gizmo", "a thingy".
    'gizmo|gizmos|thingy|thingies|whatsit|thingamajig|doodah|stuff|' +
    // A card is an occasion's, a notice a fine's paper: "a sympathy card", "a penalty charge notice".
    'card|cards|notice|letter|penalty'
  ).split('|'),
);
/** Where an English noun phrase ends: "a leg of lamb", "a gate for the stairs". */
const ENDS = new Set('of|for|at|from|in|on|with|to|and|by|but|so|or'.split('|'));
/** An English verb's noun names a service or an act: "a repair", "a consultation", "a fitting", "a carvery". */
const ACT_EN = /(tion|sion|ment|ments|ing|ance|ence|ery|ship|al)$/;

/** What a spoken note may open on before the thing: a hesitation (« euh », « bon », « alors »). */
const FILLER = /^(euh|heu|bah|ben|bon|alors|donc|enfin|voila)$/;

/**
 * A buying verb said before the thing, with its subject: « j'ai pris », « j'ai acheté », « on a
 * commandé », « je me suis acheté », « je me suis offert », with « aussi » or « encore » between.
 * Not « payé »: what is paid is as often a service or a person (« j'ai payé un plombier »).
 */
const BOUGHT =
  /^(?:(?:j'?|on|nous) (?:ai|a|avons) |je me suis )(?:(?:aussi|encore|enfin) )?(?:pris|achete|rachete|commande|offert|recupere) /;

/**
 * Whether the segment opens on « un », « une » or « des » and a noun that names goods (see above),
 * past a hesitation and a buying verb (« euh j'ai pris une cravate »), or on "a" or "an" and an
 * English noun phrase that names goods.
 */
export function goodsSaid(
  scan: Scan,
  seg: Pick<Segment, 'start' | 'end'>,
  isWord: (i: number) => boolean,
): boolean {
  if (scan.lang === 'en') return englishGoodsSaid(scan, seg, isWord);
  if (scan.lang !== 'fr') return false;
  let start = seg.start;
  while (start < seg.end && FILLER.test(wordAt(scan, start))) start++;
  const said = Array.from({ length: 7 }, (_, k) => wordAt(scan, start + k)).join(' ');
  const verb = BOUGHT.exec(`${said} `);
  if (verb) start += verb[0].trim().split(' ').length;
  for (let i = start; i < seg.end; i++) {
    const t = scan.tokens[i];
    if (t?.kind !== 'word' || !isWord(i)) continue;
    if (!/^(un|une|des)$/.test(t.norm)) return false;
    const noun = scan.tokens[i + 1];
    return noun?.kind === 'word' && !NO_GOODS.has(noun.norm) && !ACT.test(noun.norm);
  }
  return false;
}

/**
 * What an English note may say before the thing: a hesitation and the money's own frame, "paid …
 * for", "… for", "spent … on" ("paid 53 euros for a pair of earbuds", "40 euros for a toaster");
 * the amount itself is no word of the sentence. Not "bought", "got": "bought a pumpkin" says no
 * more than "a pumpkin" said after money does, and was read as other (food or a decoration).
 */
const LEAD_EN = /^(um|uh|er|so|well|i|just|also|then|paid|spent|for|on)$/;

/** "a hoodie", "a cordless drill": the phrase's first word and its last (its head) are no service, card or fine. */
function englishGoodsSaid(
  scan: Scan,
  seg: Pick<Segment, 'start' | 'end'>,
  isWord: (i: number) => boolean,
): boolean {
  for (let i = seg.start; i < seg.end; i++) {
    const t = scan.tokens[i];
    if (t?.kind !== 'word' || !isWord(i) || LEAD_EN.test(t.norm)) continue;
    if (!/^(a|an)$/.test(t.norm)) return false;
    // "a 55 inch TV", "a 10 litre watering can": the thing after its size.
    if (scan.tokens[i + 1]?.kind === 'num') i = UNITS.match(scan.tokens, i + 2)?.end ?? i + 1;
    else i++;
    // "a new door hinge": the thing after « new ».
    if (scan.tokens[i]?.norm === 'new' && scan.tokens[i + 1]?.norm !== 'one') i++;
    const noun = scan.tokens[i];
    if (noun?.kind !== 'word') return false;
    // "a sympathy card", "a penalty charge notice": an English compound is named by its last word.
    let head = i;
    while (
      scan.tokens[head + 1]?.kind === 'word' &&
      isWord(head + 1) &&
      !ENDS.has(scan.tokens[head + 1]?.norm ?? '')
    )
      head++;
    // "a changing mat", "a draining board": a word in "-ing" before the head says what the thing is
    // for; every other word of the phrase is no service ("a driving licence renewal").
    const said = scan.tokens.slice(head > i && /ing$/.test(noun.norm) ? i + 1 : i, head + 1);
    return said.every((t) => !NO_GOODS_EN.has(t.norm) && !ACT_EN.test(t.norm));
  }
  return false;
}

/**
 * Plural words said bare that name no goods: money's own words, work done, rides and dues, odds
 * and ends, draws ("repairs to the fence", "works on the kitchen", "council rates", "bits and bobs",
 * "raffles"), and
 * the words a note may open on that are no noun ("thanks", "cheers", "this", "always").
 */
const NO_GOODS_PLURAL =
  /^(repairs|works|wages|rates|taxes|dues|subs|tolls|rides|expenses|costs|extras|bobs|odds|ends|raffles|frais|honoraires|penalites|droits|dommages|arrhes|this|thanks|cheers|yes|always|perhaps|towards|its|his|hers|ours|yours|theirs|was|has|does|goes|says|lots|loads|plus|less)$/;
/** An English plural noun: "screws", "plant pots", "fairy lights"; not "glass", "bus", "chassis". */
const PLURAL = /^\p{Ll}\p{L}+[^su']s$/u;

/**
 * "wall plugs and screws", "terracotta plant pots", "floor mats for the car": an English note that
 * opens on a bare plural noun phrase no table knows (of two words or more when its words are French
 * too and the note is read as French: « attends, … » is a verb) (past a lead-in, a count, "new" or "some")
 * names goods as « des … » does in French, unless a word of it is a service, a fine or a vague word
 * (NO_GOODS_EN, singular), a verb's noun ("savings", "fittings") or money's own word. Said after an
 * article ("the toilets"), after « de » or "of" (what money was taken for), or with a capital (a
 * name: "Jones, 20 euros"), it is no bare plural.
 */
export function pluralGoodsSaid(
  scan: Scan,
  seg: Pick<Segment, 'start' | 'end'>,
  isWord: (i: number) => boolean,
): boolean {
  let i = seg.start;
  const lead = (k: number) =>
    isWord(k) && (/^(new|some)$/.test(wordAt(scan, k)) || LEAD_EN.test(wordAt(scan, k)));
  while (i < seg.end && (scan.tokens[i]?.kind !== 'word' || !isWord(i) || lead(i))) i++;
  const before = scan.tokens[i - 1];
  if (before?.kind === 'word' && !lead(i - 1)) return false;
  let head = i;
  while (scan.tokens[head + 1]?.kind === 'word' && isWord(head + 1) && !ENDS.has(wordAt(scan, head + 1)))
    head++;
  const words = scan.tokens.slice(i, head + 1);
  const last = words.at(-1);
  return (
    last !== undefined &&
    isWord(i) &&
    // Read as French (words both languages share), only a compound of two words or more, no link.
    (scan.lang === 'en' || words.length > 1) &&
    PLURAL.test(last.raw) &&
    words.every((t) => {
      const one = t.norm.replace(/s$/, '');
      return (
        /^\p{Ll}/u.test(t.raw) &&
        !DETERMINERS.has(t.norm) &&
        !/^(de|d'|du|a|au|aux|en|et|pour|sur|chez)$/.test(t.norm) &&
        !NO_GOODS_PLURAL.test(t.norm) &&
        !NO_GOODS_EN.has(one) &&
        !ACT_EN.test(one)
      );
    })
  );
}

/** The word at i as the parser compares it, or '' when it is no word. */
function wordAt(scan: Scan, i: number): string {
  const t = scan.tokens[i];
  return t?.kind === 'word' ? t.norm : '';
}

/**
 * "a 55 inch TV for 499", « un écran 27 pouces, 189 », "a hoodie, 35": after goods said with « un »,
 * « une », "a" or "an", a figure of 10 or more after « pour », "for" or a pause that ends the note
 * is the thing's price, no currency said (« une table pour 4 », "dinner for two, 60" count people).
 */
export function goodsPricedLast(scan: Scan, amount: AmountItem): boolean {
  const { tokens } = scan;
  if (tokens[amount.start]?.kind !== 'num' || (amount.int !== null && amount.int < 10)) return false;
  if (!/^(for|pour|,)$/.test(tokens[amount.start - 1]?.norm ?? '')) return false;
  // "a table for 12", « une chambre pour 2 »: what a number names or whom a room is for.
  if (REFERENCE_WORDS.has(tokens[amount.start - 2]?.norm ?? '')) return false;
  if (tokens.slice(amount.end).some((t) => t.kind !== 'punct')) return false;
  return goodsSaid(scan, { start: 0, end: amount.start }, (i) => scan.roles[i] === Role.Free);
}
