import { PhraseTable } from './phrase-table.ts';

/** A set of words written as one list ("a|au|aux"). */
export const wordSet = (list: string): Set<string> => new Set(list.split('|'));

/** After a number, these make it a time, a duration or a measure, not money: "2 heures", "10 km", "30 ans". */
export const UNITS = new PhraseTable<true>(
  (
    'h|heure|heures|hour|hours|hr|hrs|min|mins|minute|minutes|mn|sec|seconde|secondes|second|seconds|jour|jours|' +
    'day|days|semaine|semaines|week|weeks|mois|month|months|an|ans|annee|annees|year|years|km|kilometre|' +
    'kilometres|kilometer|kilometers|mile|miles|m|metre|metres|meter|meters|cm|mm|kg|kilo|kilos|g|gramme|' +
    'grammes|gram|grams|l|litre|litres|liter|liters|ml|cl|degre|degres|degree|degrees|%|pour cent|pourcent|' +
    "percent|fois|times|x|personne|personnes|people|person|persons|pers|etage|etages|floor|floors|pm|am|p m|a m|o'clock|" +
    'point|points|etoile|etoiles|star|stars|go|mo|gb|mb|kw|kwh|cv|calories|kcal|pas|steps|' +
    // What a thing measures: « une télé 55 pouces », "a 50 inch TV", « ampoules 60 watts », "2 gig".
    'pouce|pouces|inch|inches|watt|watts|w|gig|gigs|giga|gigas|tb|mah|mp|megapixels|' +
    // A connection's speed: "500 megabits", « la fibre 300 mégas », "100 Mbps".
    'megabit|megabits|mega|megas|mbps|mbit|mbits|gigabit|gigabits|gbps'
  )
    .split('|')
    .map((w) => [w, true]),
);

/** Before a number, these make it a name, not money: "ligne 14", "bus 38", "chambre 12". */
export const REFERENCE_WORDS = new Set(
  (
    'ligne|line|bus|numero|num|n|number|route|chambre|room|table|porte|gate|quai|platform|vol|flight|etage|' +
    'floor|tram|metro|rer|code|appartement|appart|apt|apartment|batiment|siege|seat|terminal|page|chapitre|chapter|' +
    'episode|saison|season|niveau|level|version|iphone|galaxy|pixel|ps|playstation|xbox|zone|zones|' +
    'arrondissement|rue|street|avenue|boulevard|bd|dossier|ref|reference|tel|telephone|phone|#|' +
    // A size: « taille 38 », « pointure 42 », "size 10"; a seat's row: « au rang 12 », "row 8".
    'taille|pointure|size|rang|row|' +
    // A hall, a train's car, a ship's cabin, a road's exit (« salle 3 au ciné », « voiture 12 »,
    // "cabin 12 on the ferry", "exit 14"): the lexicons name things bought, none the places numbered.
    'salle|voiture|wagon|cabin|cabine|exit|sortie|' +
    // Fuel grades: "SP95-E10", "sans plomb 98", "E85".
    'sp|e|plomb'
  ).split('|'),
);

/** Time prepositions: "à 15" with no money in the sentence is three in the afternoon. */
export const TIME_PREPOSITIONS = new Set(['a', 'at', 'vers', 'around', 'des', 'jusqu', 'until', 'till']);

/** Words a description never starts or ends with. */
export const EDGE_STOPWORDS = new Set(
  (
    "de|d'|du|des|le|la|les|l'|un|une|a|au|aux|pour|en|et|avec|chez|par|sur|dans|ce|cet|cette|ces|mon|ma|mes|" +
    'ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs|the|an|of|for|at|on|in|to|and|with|from|my|some|by|' +
    "c'|est|etait|it|its|it's|was|that|this|ca|y|me|m'|moi|s'|qu'|que|qui|ou|or|just|juste|encore|" +
    "j'|je|ai|i|i've|nous|we|vous|you|il|elle|ils|elles|avons|avait|had|have|has|is|are|were|be|been|" +
    "t'|te|tu|se|sont|fait|faire|did|do|made|una|n'|pas|not|deja|already|aussi|also|then|puis|only|" +
    'dernier|derniere|last|ago|mine|his|her|their|our|your|all|tout|tous|toute|pendant|durant|during'
  ).split('|'),
);

/**
 * Words no count of things comes before: a number just before them is money, not a count of them
 * (« 35€30 quoi », "37 euros 60 basically", « 16 euros 80 partagé », "63 pounds 80 as usual",
 * « non, 94 quoi », « 12 euros 40 chambre 204 », "no wait, 36 basically").
 */
export const NOT_COUNTED = new Set(
  // "40 instead of 60": a price compared; "the 50 he owed": a subject after it. No thing counted.
  (
    'quoi|hein|ouais|basically|yeah|as|after|apres|comme|plus|partage|partagee|partages|divise|divisee|split|shared|chambre|porte|quai|room|gate|platform|' +
    'instead|rather|he|she|they|we|you|' +
    // "took 80 out of the hole in the wall": money taken out of a place, no "outs" counted.
    'out|' +
    // "tucked 90 away", "put 50 aside", "knocked 20 off", "lent him 40 until Friday": a phrasal verb's
    // particle or a preposition after the figure, no thing counted.
    'away|aside|off|until|till|via|through|cash|' +
    // "dinner 90 minus a 15 euro gift card": a sum worked out, « plus » as « moins ». Read as
    // "90 minuses", the 90 was a count that multiplied the 15 (1,350 €).
    'minus|moins|less|' +
    // « genre 70 euros, 72 exactement »: the figure said to be exact is the amount, not 72 things.
    'exactement|precisement|pile|exactly|precisely'
  ).split('|'),
);

/**
 * How a bill was shared (« on a partagé équitablement », "we split it evenly"): the manner, never
 * the thing bought (describe.ts) nor the count (shares.ts reads past it: "split evenly between four").
 */
export const SHARING_MANNERS = wordSet('evenly|equally|fairly|equitablement|egalement');

/** Context that makes a bare number a price: "à 1,10", "pour 30", "for 12", "at 3". */
export const PRICE_PREPOSITIONS = new Set(['a', 'pour', 'for', 'at', 'de', 'of', 'contre']);
export const UNIT_PRICE_PREPOSITIONS = new Set(['a', 'at']);

/** Words for a banknote: "un billet de 20", "a 20 note", "a tenner"; its number is money. */
export const BANKNOTES = new Set('billet billets bifton biffeton note bill tenner twenty'.split(' '));

const PACKS = wordSet(
  'lot|pack|paquet|boite|sachet|carton|coffret|set|box|bag|packet|bundle|case|' +
    // « une caisse de 6 bouteilles », « un carnet de 10 tickets », « une barquette de 6 œufs ».
    'caisse|carnet|barquette|filet|cagette|crate|book|' +
    // « une carte de 10 séances », « une ramette de 500 feuilles », « un sac de 5 kilos », "a roll of 6".
    'carte|ramette|rouleau|sac|plaquette|pochette|roll|tub|tin|sleeve',
);
/** A pack's word (« 2 lots de 3 t-shirts »: in the plural too): the count after its « de » sizes one pack. */
export const packAt = (w: string): boolean =>
  PACKS.has(w) || (/s$/.test(w) && PACKS.has(w.slice(0, -1))) || /^(boxes|boites)$/.test(w);
/** « le paquet de 8 à 6,99 », "a pack of 4": the number at tokens[k] is the size of the pack named before it. */
export const packSizeAt = (tokens: readonly { norm: string }[], k: number): boolean =>
  /^(de|d'|of)$/.test(tokens[k - 1]?.norm ?? '') && packAt(tokens[k - 2]?.norm ?? '');
