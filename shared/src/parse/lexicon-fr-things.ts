import type { LexiconEntry } from './types.ts';

/**
 * French things no open data here names (issue 29, helper catfr17): no French wordnet, food
 * taxonomy or French–English dictionary under a permissive licence is packaged for npm or Debian
 * (README, « How it understands »), and iD's presets name shops, not what they sell. So the market's
 * cheeses, cuts, fish and produce, the DIY shop's and the garden's supplies, the home's fixtures,
 * heating fuels, a car's and a bike's parts, care and funerals are listed by hand, by kind, not for
 * one sentence. Accent-free; plurals are added by the builder. Left out, as ambiguous: words with
 * another everyday meaning (« lentilles » lenses, « navet » a bad film, « kaki » a colour, « store »
 * the English shop, « vis » a verb, « plâtre » a cast, « joint », « lapin » a pet, « pastilles » for
 * the dishwasher, « huîtres » as often eaten out, « gant », « rouleau », « brouette » in « et des brouettes », « oreiller » in « oreiller de voyage », « granulés » of homeopathy): those stay for the model.
 */
export const FR_THINGS: readonly LexiconEntry[] = [
  // Cheeses and dairy, by name (the AOP cheeses and the counter's usual ones).
  [
    'groceries',
    2,
    "camembert|brie|roquefort|comte|reblochon|beaufort|morbier|munster|maroilles|livarot|pont l' eveque|" +
      "epoisses|mont d' or|vacherin|tomme|tomme de brebis|saint nectaire|saint marcellin|chaource|ossau iraty|" +
      "brocciu|fourme d' ambert|bleu d' auvergne|bleu de gex|bleu des causses|crottin de chavignol|crottin|" +
      'chabichou|pelardon|picodon|mimolette|emmental|gruyere|mozzarella|feta|ricotta|mascarpone|' +
      'gorgonzola|cheddar|burrata|parmesan|coulommiers|cancoillotte|tete de moine|fromage de chevre|' +
      'fromage de brebis|faisselle|petit suisse|petits suisses|creme fraiche|beurre demi sel',
  ],
  // Charcuterie and the butcher's cuts.
  [
    'groceries',
    2,
    'andouille|andouillette|boudin noir|boudin blanc|rillettes|rillons|terrine de campagne|terrine de pate|' +
      'saucisson|saucisson sec|chorizo|jambon cru|jambon blanc|lardons|merguez|chipolata|diot|cervelas|' +
      'coppa|pancetta|bresaola|magret|magret de canard|confit de canard|cuisses de canard|foie gras|' +
      "gesiers|rognons|ris de veau|joue de boeuf|paleron|faux filet|rumsteck|gigot|gigot d' agneau|" +
      'cotelettes|escalope|filet mignon|roti de porc|roti de veau|tournedos|langue de boeuf|tripes|' +
      'poulet fermier|pintade|caille|canette|dinde',
  ],
  // The fishmonger's.
  [
    'groceries',
    2,
    'cabillaud|merlu|merlan|lieu noir|dorade|daurade|maquereau|sardines|truite|saumon fume|lotte|rouget|' +
      'limande|haddock|hareng|anchois|encornets|calamars|seiches|langoustines|gambas|crevettes|tourteau|' +
      'homard|bulots|bigorneaux|palourdes|oursins|noix de saint jacques|coquilles saint jacques',
  ],
  // Fruit, vegetables, herbs, pulses and nuts (the long-tail list's common ones are in lexicon-long-tail.ts).
  [
    'groceries',
    2,
    'figue|nectarine|brugnon|quetsche|mirabelle|reine claude|reines claudes|groseilles|cassis|myrtilles|' +
      'airelles|coing|litchis|pamplemousse|dattes|rhubarbe|potimarron|butternut|courge|panais|topinambour|' +
      'rutabaga|navets|radis|cebette|ciboulette|persil|coriandre|basilic|estragon|cerfeuil|aneth|' +
      "echalote|gousse d' ail|ail des ours|asperge|artichaut|cardon|fenouil|celeri|celeri rave|blettes|" +
      'bettes|betterave|salsifis|mache|roquette|cresson|laitue|scarole|patate douce|rattes|' +
      'haricots blancs|petits pois|feves|lentilles vertes|lentilles corail|pois chiches|' +
      'pois casses|flageolets|haricots tarbais|cepes|girolles|morilles|pleurotes|olives|cornichons|capres|' +
      'gingembre|noisettes|amandes|noix de pecan|noix de cajou|chataignes|pruneaux|abricots secs|raisins secs',
  ],
  // The pantry.
  [
    'groceries',
    2,
    'farine de sarrasin|semoule|boulgour|quinoa|polenta|levure|levure boulangere|sucre glace|' +
      "sucre roux|cassonade|miel|confiture|pate feuilletee|pate brisee|moutarde|vinaigre|huile d' olive|" +
      "huile de tournesol|pain d' epices|madeleines|cacao|cannelle|muscade|cumin|herbes de provence|" +
      'bouillon cube|creme de marrons|lait concentre|compote',
  ],
  // The DIY shop's and the garden's supplies, the home's fixtures.
  [
    'housing',
    2,
    'parpaing|mortier|ciment|sac de platre|plaque de platre|enduit|gravillons|gravier|dalles|carrelage|' +
      'faience|plinthes|lambris|parquet|lames de parquet|stratifie|moquette|papier peint|joint silicone|' +
      'mastic|pistolet a mastic|chevilles|des vis|boite de vis|clous|boulons|visseuse|ponceuse|scie|' +
      'marteau|tournevis|escabeau|echelle|rateau|beche|binette|secateur|taille haie|' +
      "debroussailleuse|tondeuse a gazon|tuyau d' arrosage|arrosoir|terreau|engrais|bulbes|rosier|gazon|" +
      'portillon|portail|panneau de cloture|cloture de jardin|grillage|abri de jardin|serre de jardin|' +
      "composteur|mitigeur|robinet|lavabo|evier|chasse d' eau|cuvette|abattant|cumulus|" +
      'radiateur|thermostat|interrupteur|prise electrique|disjoncteur|plafonnier|' +
      'lampadaire|visiophone|interphone|serrure|verrou|poignee de porte|boite aux lettres|store banne|' +
      'volets|moustiquaire|tringle|voilage|tuiles|pot en terre cuite|bache',
  ],
  // The home's linen and kitchen things (housing or shopping, as the labels allow either).
  [
    'housing',
    2,
    'paillasson|tapis de bain|couette|draps|housse de couette|couvre lit|torchons|egouttoir|' +
      'passoire|louche|econome|planche a decouper|casserole|cocotte|saladier|moule a gateau|fouet|spatule|' +
      'ouvre boite|tire bouchon|poubelle|balai|serpilliere|seau|eponges|cintres|pinceau|table de chevet|' +
      'portemanteau',
  ],
  // Heating and cooking fuels.
  [
    'utilities',
    2,
    'mazout|propane|butane|bonbonne de gaz|bouteille de gaz|granules de bois|pellets|' +
      "bois d' allumage|allume feu|charbon de bois",
  ],
  // A car's and a two-wheeler's parts.
  [
    'transport',
    2,
    "pot catalytique|catalyseur|pot d' echappement|mobylette|cyclomoteur|rustines|crevaison|chambre a air|" +
      'plaquettes de frein|disques de frein|cable de frein|amortisseurs|embrayage|alternateur|demarreur|' +
      "bougies d' allumage|liquide de frein|lave glace|antigel|balais d' essuie glace|retroviseur|pare choc|" +
      'jantes|enjoliveurs|barres de toit|coffre de toit',
  ],
  // Care: practitioners by their trade and what the chemist sells.
  [
    'health',
    2,
    'etiopathe|psychomotricien|psychomotricienne|ergotherapeute|gelules|orthese|minerve|attelle|' +
      'tensiometre|inhalateur|compresses|probiotiques|magnesium',
  ],
  // Clothes and accessories (not « short », « slip », « body », « sweat », « tongs »: English words too; « gilet », the car's yellow one too).
  [
    'shopping',
    2,
    'chemisier|cardigan|blouson|parka|doudoune|impermeable|debardeur|collant|culotte|' +
      'calecon|soutien gorge|maillot de bain|pantoufles|bottines|escarpins|sandales|' +
      'mocassins|casquette|echarpe|foulard|gants|moufles|cravate|noeud papillon|cabas|portefeuille|' +
      // « un déguisement de pirate »: a costume, bought as clothes are (older sets: shopping or leisure).
      'deguisement|smoking|' +
      "porte monnaie|bague|boucles d' oreilles",
  ],
  // Toiletries and make-up.
  [
    'shopping',
    2,
    'shampoing|apres shampoing|gel douche|savon|brosse a dents|rasoir|lames de rasoir|mousse a raser|' +
      'coton tiges|cotons demaquillants|serviettes hygieniques|lingettes|creme hydratante|fond de teint|' +
      'vernis a ongles|dissolvant|rouge a levres|brosse a cheveux|peigne|pince a epiler|lime a ongles|' +
      'lisseur|fer a friser|tondeuse a barbe',
  ],
  // Toys, games, crafts, sports and music gear (not « volant », « crosse », « batterie », « jumelles »,
  // « enceinte », « tente », « disque », « feutres », « bottes », « laisse », « machine à coudre », « chaussons » of a sport or a pastry, « patins » of brakes: each names another thing as often).
  [
    'leisure',
    2,
    'poupee|peluche|puzzle|jeu de societe|draisienne|toboggan|balancoire|pate a modeler|' +
      'chevalet|aiguilles a tricoter|pelotes de laine|raquette|' +
      'balles de tennis|rollers|planche de surf|palmes|canne a peche|moulinet|sac de couchage|' +
      'rechaud|boussole|guitare|violon|partitions|platine vinyle',
  ],
  // A baby's things (a child's seat « pour la voiture » first, the car's word after it); a pet's gear
  // (its care is other: category-purposes.ts).
  [
    'shopping',
    2,
    'biberon|tetine|poussette|siege auto|rehausseur|lit parapluie|grenouillere|turbulette|chauffe biberon|babyphone|' +
      "tapis d' eveil|porte bebe|gamelle|harnais|griffoir|arbre a chat",
  ],
  ['groceries', 2, 'lait infantile|petits pots'],
  // Funerals.
  ['other', 2, 'urne funeraire|pierre tombale|marbrier|concession funeraire|caveau|cercueil'],
  // A bank card by its network (« la carte Visa »): its fee is the bank's, not a travel visa.
  ['other', 2, 'carte visa|carte mastercard|carte american express|cotisation carte|cotisation de la carte'],
  // Places that serve food, said the old ways.
  ['dining', 2, 'guinguette|bouchon lyonnais|buvette|estaminet'],
  // The fair's and the beach's sweets, eaten where they are bought.
  ['dining', 2, 'churros|chichis|barbe a papa'],
  // Boats hired or sailed for pleasure (« kayak » is also a travel site's name); a crossing is a journey.
  ['leisure', 2, 'voilier|pedalo|catamaran|stand up paddle'],
  ['travel', 2, 'traversee'],
  ['education', 2, 'annales|calculatrice|compas|equerre'],
];
