/**
 * Words, shops and brands onto 12 categories, French and English. Keys are folded (lower
 * case, no accents); plurals are matched by their singular. A brand or shop outweighs a thing
 * ("café chez Monoprix" is groceries), a thing outweighs a generic word.
 */
import type { Category } from '../categories.ts';

type Entry = [Category, number];
const BRAND = 3;
const THING = 2;
const HINT = 1;

const groups: [Category, number, string][] = [
  [
    'groceries',
    BRAND,
    'monoprix carrefour lidl aldi leclerc auchan intermarche franprix picard casino biocoop naturalia ' +
      'superu super-u u-express grand-frais netto leader-price g20 spar tesco sainsbury sainsburys asda waitrose ' +
      'walmart costco kroger safeway trader-joes whole-foods wholefoods coop migros supermarche supermarket epicerie ' +
      'boulangerie primeur boucherie fromagerie marche hypermarche ',
  ],
  [
    'groceries',
    THING,
    'courses pain baguette baguettes croissant croissants fromage lait oeufs oeuf legumes fruits fruit ' +
      'pommes viande poulet poisson pates riz farine beurre yaourt yaourts cereales chocolat eau epicerie provisions ' +
      'grocery groceries bread milk cheese eggs vegetables meat chicken fish pasta rice butter food apples bananas ' +
      'vin biere bieres-pack alimentation',
  ],
  [
    'dining',
    BRAND,
    'mcdo mcdonald mcdonalds burger-king kfc subway starbucks deliveroo uber-eats ubereats just-eat doordash ' +
      'grubhub quick five-guys pizza-hut dominos brasserie bistrot bistro restaurant resto restau cantine ' +
      'creperie pizzeria kebab sushi food-court foodcourt',
  ],
  [
    'dining',
    THING,
    'dejeuner diner petit-dejeuner dej brunch repas cafe cafes burger burgers pizza pizzas sandwich ' +
      'sandwichs frites apero aperitif biere bieres verre verres cocktail cocktails addition menu plat dessert ' +
      'glace glaces kebab tacos lunch dinner breakfast meal coffee tea drinks drink beer beers wine takeaway ' +
      'takeout snack snacks fondue raclette ramen poke croque cookie cookies muffin',
  ],
  [
    'transport',
    BRAND,
    'uber bolt heetch taxi g7 sncf ratp navigo tgv ouigo ter transilien blablacar velib tier dott ' +
      ' totalenergies esso shell bp station-service parking peage autoroute lyft metro tube oyster',
  ],
  [
    'transport',
    THING,
    'essence carburant plein gasoil diesel bus   train trains tram tramway rer metro ' +
      'trottinette velo taxi vtc peage stationnement parking pneus garage vidange parcmetre passe pass ' +
      'gas petrol fuel fare subway ride cab toll car-wash carte-navigo assurance-auto billet-de-train',
  ],
  [
    'housing',
    THING,
    'loyer loyers charges copropriete syndic hypotheque credit-immobilier pret-immobilier caution ' +
      'rent mortgage landlord demenagement plombier serrurier menage femme-de-menage housing apartment appartement',
  ],
  [
    'utilities',
    BRAND,
    'edf engie totalenergies-electricite sfr bouygues sosh red-by-sfr veolia suez ' +
      'ovh comcast verizon at&t att',
  ],
  [
    'utilities',
    THING,
    'electricite gaz eau-chaude facture factures internet box forfait abonnement-telephone telephone ' +
      'mobile fibre assurance assurances mutuelle-habitation electricity water-bill bill bills phone-bill ' +
      'broadband wifi insurance',
  ],
  [
    'health',
    BRAND,
    'doctolib pharmacie parapharmacie doliprane dafalgan ibuprofene hopital clinique laboratoire ' +
      'pharmacy drugstore cvs walgreens boots',
  ],
  [
    'health',
    THING,
    'medecin docteur generaliste dentiste kine kinesitherapeute osteo osteopathe ophtalmo ophtalmologue ' +
      'psy psychologue infirmiere medicaments medicament ordonnance consultation lunettes lentilles vaccin ' +
      'analyses radio mutuelle doctor dentist medicine medication prescription physio therapist pills glasses ' +
      'sante health',
  ],
  [
    'shopping',
    BRAND,
    'amazon fnac darty decathlon ikea zara h&m hm uniqlo primark kiabi sephora nocibe leroy-merlin ' +
      'castorama boulanger-electromenager apple-store gifi la-redoute vinted cdiscount aliexpress shein ' +
      'target ebay etsy best-buy',
  ],
  [
    'shopping',
    THING,
    'vetements vetement chaussures chaussure baskets pull jean jeans robe manteau veste tshirt t-shirt ' +
      'chemise sac montre telephone-portable ordinateur ecouteurs cable chargeur meuble meubles lampe ' +
      'coiffeur cosmetiques maquillage parfum shampoing clothes shoes jacket dress shirt sneakers laptop ' +
      'headphones charger furniture haircut makeup perfume bricolage outils',
  ],
  [
    'leisure',
    BRAND,
    'netflix spotify disney disney+ deezer canal canal+ prime-video youtube-premium playstation xbox ' +
      'nintendo steam twitch ugc pathe gaumont mk2 fnac-spectacles ticketmaster hbo apple-music',
  ],
  [
    'leisure',
    THING,
    'cinema cine film concert concerts theatre spectacle musee expo exposition piscine salle-de-sport ' +
      'sport gym foot tennis bowling escape-game jeu jeux jeu-video livre livres bd manga magazine ' +
      'sortie soiree boite  club karaoke parc zoo movie movies show museum game games book books ' +
      'streaming abonnement places place',
  ],
  [
    'travel',
    BRAND,
    'airbnb booking hotel hotels air-france easyjet ryanair transavia vueling lufthansa expedia ' +
      'gite camping auberge hostel trivago',
  ],
  [
    'travel',
    THING,
    'vol avion billet-d-avion vacances voyage sejour nuit-d-hotel location-de-voiture valise visa ' +
      'flight flights trip holiday holidays vacation luggage',
  ],
  [
    'education',
    THING,
    'ecole scolarite cantine-scolaire fournitures cahier cahiers manuel manuels cours lecon lecons ' +
      'formation universite fac inscription frais-de-scolarite creche nounou babysitter baby-sitting ' +
      'school tuition textbook textbooks lessons class classes training university daycare udemy coursera',
  ],
  [
    'gifts',
    THING,
    'cadeau cadeaux anniversaire noel don dons fleurs bouquet cagnotte mariage naissance offrande ' +
      'gift gifts present presents birthday christmas donation donations flowers charity wedding',
  ],
  ['groceries', THING, 'courses-alimentaires legumes-du-marche'],
  ['dining', THING, 'pourboire bar pub pubs brasserie traiteur cafe-croissant tip tips bistro'],
  [
    'transport',
    THING,
    'garagiste garage mecanicien voiture auto reparation-de-voiture revision controle-technique permis ' +
      'car mechanic uber-ride scooter moto',
  ],
  ['transport', HINT, 'ticket tickets billet billets'],
  [
    'housing',
    THING,
    'chaudiere plombier plomberie travaux renovation electricien serrurier peinture canape-lit ' +
      'assurance-habitation taxe-fonciere taxe-d-habitation plumber repairs renovation boiler home-insurance',
  ],
  [
    'shopping',
    THING,
    'souk canape sofa couch table chaise lit matelas tapis rideaux vaisselle deco decoration cadeau-pour-moi ' +
      'electromenager frigo lave-linge aspirateur telephone-neuf smartphone tablette console',
  ],
  [
    'leisure',
    THING,
    'ski skis forfait-de-ski remontees pop-corn popcorn bowling patinoire karting piscine-municipale ' +
      'museum gallery theater theatre festival',
  ],
  ['other', HINT, 'divers truc trucs chose choses misc stuff'],
];

const LEXICON = new Map<string, Entry>();
for (const [category, weight, words] of groups) {
  for (const w of words.split(/\s+/)) {
    const key = w.replaceAll('-', ' ');
    const known = LEXICON.get(key);
    if (!known || known[1] < weight) LEXICON.set(key, [category, weight]);
  }
}

const singular = (w: string) => (w.length > 3 && /[sx]$/.test(w) ? w.slice(0, -1) : w);

/** The category words point to, with weight of strongest match (0 when none). */
export function categorize(words: readonly string[]): { category: Category; weight: number } {
  let best: Entry | undefined;
  const consider = (key: string) => {
    const hit = LEXICON.get(key) ?? LEXICON.get(singular(key));
    if (hit && (!best || hit[1] > best[1])) best = hit;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const parts = w.split('-');
    if (parts.length > 1) consider(parts.join(' '));
    const next = words[i + 1];
    const third = words[i + 2];
    if (next) consider(`${w} ${next}`);
    if (next && third) consider(`${w} ${next} ${third}`);
    consider(w);
    for (const p of parts) if (parts.length > 1) consider(p);
  }
  return best ? { category: best[0], weight: best[1] } : { category: 'other', weight: 0 };
}
