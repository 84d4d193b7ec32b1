import type { LexiconEntry } from './types.ts';

/**
 * The everyday long tail, French: trades, personal care, laundry, pets, pharmacy shelves,
 * parking and tolls, the newsagent, subscriptions. Accent-free; plurals are added by the builder.
 */
export const FR_LONG_TAIL: readonly LexiconEntry[] = [
  [
    'housing',
    2,
    'plomberie|serrurerie|chauffagiste|ramoneur|ramonage|vitrier|jardinier|paysagiste|elagage|elagueur|' +
      'menuisier|carreleur|macon|couvreur|peintre en batiment|artisan|depannage plomberie|homme a tout faire|' +
      'entretien chaudiere|entretien de la chaudiere|desinsectisation|deratisation|aide a domicile|' +
      'repassage|debouchage|fuite|double de cles|double des cles|cles minute',
  ],
  [
    'shopping',
    2,
    'coupe homme|coupe femme|brushing|coupe et brushing|couleur chez le coiffeur|salon de coiffure|' +
      'epilation|institut de beaute|esthetique|soin du visage|tatouage|tatoueur|piercing|' +
      'teinturerie|nettoyage a sec|blanchisserie|retouche|' +
      'couturiere|couturier|cordonnerie|ressemelage|animalerie|toilettage|toiletteur|jouet pour chat|' +
      'jouet pour chien|accessoires pour chien|collier pour chien|buraliste|tabac presse',
  ],
  // Spoken forms the open data (lexicon-open-data.ts) names otherwise ("Poissonnerie", "Magasin de bricolage").
  ['groceries', 2, 'poissonnier|poissonniere|fromager|fromagere|volailler|traiteur asiatique'],
  ['housing', 2, 'quincaillerie|quincaillier|droguerie quincaillerie|magasin de bricolage'],
  // « billet de car », « en car »: after an article or a preposition, « car » is the coach, never "because".
  ['transport', 2, 'de car|en car|le car|du car|un car'],
  // « canne à pêche », « permis de pêche »: after « à » or « de », pêche is fishing; alone, the fruit.
  ['leisure', 2, 'a peche|de peche|d peche'],
  // Fruit and vegetables by name (the market's produce), beyond the few of lexicon-fr.ts.
  [
    'groceries',
    2,
    'clementine|mandarine|poire|raisin|fraise|framboise|cerise|peche|abricot|prune|kiwi|citron|melon|' +
      'pasteque|ananas|mangue|carotte|courgette|oignon|poireau|champignon|haricots verts|aubergine|poivron|' +
      'concombre|brocoli|chou|potiron|endive|epinards',
  ],
  // Devices by their product names: what was bought, wherever.
  [
    'shopping',
    2,
    'iphone|ipad|macbook|imac|airpods|kindle|playstation 5|pc portable|' +
      'ordinateur portable|telephone reconditionne|smartphone reconditionne',
  ],
  // The post office's counter.
  ['other', 2, 'timbre|carnet de timbres|lettre recommandee|recommande|envoi de colis|affranchissement'],
  ['other', 2, 'laverie|laverie automatique|lavomatic'],
  // Driving lessons are lessons: "leçon de conduite", "heures de conduite".
  ['education', 2, 'lecon|lecon de conduite|heure de conduite|heures de conduite|code de la route'],
  ['leisure', 2, "patinoire|parc de trampoline|accrobranche|paintball|salle d'escalade"],
  [
    'groceries',
    2,
    'croquettes|patee|litiere|nourriture pour chat|nourriture pour chien|friandises pour chien',
  ],
  [
    'health',
    2,
    'parapharmacie|dafalgan|efferalgan|spasfon|smecta|ibuprofene|advil|nurofen|paracetamol|vitamines|' +
      'preservatifs|test de grossesse|pilule|homeopathie|collyre|pommade|thermometre|gel hydroalcoolique|' +
      'lentilles de contact|appareil dentaire|bas de contention|semelles orthopediques|creme solaire|' +
      'mutuelle animaux|mutuelle chien|mutuelle chat|vaccin du chat|vaccin du chien',
  ],
  [
    'transport',
    2,
    'parcmetre|parking souterrain|fourriere|telepeage|badge telepeage|bip autoroute|vignette crit air|' +
      'crit air|pont a peage|station de lavage|lavage voiture|depanneuse|remorquage|assurance auto|' +
      'assurance voiture|recharge electrique|ticket de parking|ticket de stationnement|abonnement parking',
  ],
  [
    'leisure',
    2,
    'kiosque|presse|marchand de journaux|maison de la presse|quotidien|hebdo|revue|' +
      'le figaro|liberation|le parisien|ouest france|le canard enchaine|telerama|' +
      'paris match|mots croises|jeu a gratter|ticket a gratter|grattage|euromillions|massage|hammam|' +
      'jeu en ligne|abonnement jeux|librairie|bouquiniste',
  ],
  ['utilities', 2, 'stockage en ligne|abonnement cloud|antivirus'],
  // Spoken forms of v5 (utterances-v5.md): the trade said for its shop, the roof, the tree, the club.
  ['groceries', 2, 'le boulanger|du boulanger|au boulanger|mon boulanger|la boulangere'],
  ['housing', 2, 'toiture|toit|gouttiere|refaire le toit|charpente|isolation des combles'],
  ['shopping', 2, 'sapin|sapin de noel|guirlandes|boules de noel'],
  [
    'leisure',
    2,
    'licence de foot|licence de sport|licence sportive|club de foot|club de sport|cotisation du club',
  ],
  [
    'other',
    3,
    "chez l' avocat|l' avocat|mon avocat|honoraires d' avocat|huissier|frais d' huissier|agios|frais de tenue de compte",
  ],
  // Spoken forms of v5b: pastries, the wine cellar, mulled wine, insurance by what it covers.
  ['groceries', 2, 'chouquette|sachet de chouquettes|la cave|a la cave|cave a vin|cave a bieres'],
  ['dining', 2, 'tapas|vin chaud'],
  [
    'other',
    2,
    'assurance pour le chien|assurance chien|assurance animaux|assurance pour le chat|mutuelle animale',
  ],
  ['shopping', 2, 'ecran de telephone|reparation de telephone|telephone repare|reparation d ecran|lampe'],
  ['education', 2, 'assurance scolaire|etude du soir'],
  ['leisure', 3, 'cours de surf|cours de ski|cours de tennis|cours de golf|lecon de surf|lecon de ski'],
  ['transport', 2, 'carnet de tickets|tickets de tram|tickets de bus|tickets de metro'],
  ['gifts', 2, 'pour mon neveu|pour ma niece|pour mon filleul|pour ma filleule'],
  // Spoken forms of v5c.
  ['health', 2, 'orthoptiste|infirmiere a domicile|analyses de sang'],
  ['leisure', 2, 'imax|centre de loisirs|marathon|semi-marathon|semi marathon|poterie'],
  ['dining', 2, 'bruncher|aller bruncher'],
  ['gifts', 2, 'depart a la retraite|cadeau de depart'],
  // Looking after a pet, and the everyday things the open data has no preset for (v6).
  [
    'other',
    2,
    'petsitter|garde de chien|garde du chien|garde de chat|garde du chat|' +
      'pension pour chat|pension pour le chat|pension pour chien|pension pour le chien|pension canine|' +
      'pension feline|promeneur de chien|promenade du chien|assurance chat',
  ],
  [
    'housing',
    2,
    "chauffe eau|ballon d' eau chaude|cuisine equipee|cuisiniste|encadreur|encadrement|marchand de couleurs|" +
      'bois de chauffage|stere de bois|remorque',
  ],
  ['groceries', 2, "bouteille d' eau|bouteilles d' eau|pack d' eau|packs d' eau|eau gazeuse"],
  [
    'health',
    2,
    'sophrologie|sophrologue|naturopathe|naturopathie|hypnotherapeute|hypnose|reflexologie|reflexologue|' +
      'acupuncteur|acupuncture|pedicure podologue|pedicure|dieteticien|nutritionniste|toubib',
  ],
  [
    'leisure',
    2,
    'cirque|colo|colonie|colonie de vacances|centre aere|luthier|cordes de guitare|disquaire|' +
      'puy du fou|futuroscope|parc asterix|disneyland|marche de noel',
  ],
];

/** The everyday long tail, English. */
export const EN_LONG_TAIL: readonly LexiconEntry[] = [
  [
    'housing',
    2,
    'handyman|gardener|landscaper|lawn care|lawn mowing|pest control|exterminator|roofer|carpenter|' +
      'painter|chimney sweep|boiler service|key cutting|spare key|sink repair',
  ],
  [
    'shopping',
    2,
    'hair salon|nail salon|nail bar|garden centre|waxing|facial|tattoo|beard trim|trim|blow dry|dry cleaner|' +
      'tailor|alterations|shoe repair|cobbler|pet store|pet shop|pet supplies|groomer|grooming|' +
      'dog grooming|dog toy|cat toy',
  ],
  ['groceries', 2, 'dog food|cat food|pet food|cat litter|litter|kibble'],
  ['shopping', 2, 'apple watch|kindle|nintendo switch|gopro|refurbished phone'],
  ['other', 2, 'stamps|postage|registered letter|post office'],
  // Coffee by its names, and the office's collection for a leaving colleague.
  ['dining', 2, 'flat white|mocha|macchiato|cortado|americano|chai latte|iced coffee|hot chocolate'],
  ['gifts', 2, 'leaving collection|collection for|whip round|leaving gift|leaving present|office collection'],
  [
    'health',
    2,
    'cough syrup|cough medicine|cold medicine|tylenol|sunscreen|bandages|band aids|allergy pills|' +
      'antihistamine|contact solution|condoms|pregnancy test|eye drops|vet bill',
  ],
  [
    'transport',
    2,
    'parking meter|parking garage|parking lot|car park|toll road|bridge toll|congestion charge|' +
      'tow|towing|tow truck|tire pressure|ev charging|parking permit|tire shop|tyre shop|tire place|' +
      'tire change|new tyres|wheel alignment|brake pads|muffler',
  ],
  [
    'leisure',
    2,
    'newspaper|newsstand|newsagent|news agent|crossword|scratch card|' +
      'lottery ticket|spa|sauna|in game|in app purchase|game credits|bookshop|bookstore|ice rink|' +
      'skating rink|roller rink|trampoline park|climbing gym|laser tag',
  ],
  ['utilities', 2, 'cloud storage|vpn'],
  ['dining', 2, 'tipped the waiter|tip for the waiter'],
  // Spoken forms of v5: the fish and chip shop, a round, the tank, the lawyer.
  ['transport', 2, 'cabbie|cabby|cab driver'],
  ['dining', 2, 'chippy|chip shop|fish and chips|whole round|a round|round of drinks|my round'],
  [
    'transport',
    2,
    'filled up the tank|filled the tank|fill up the tank|full tank|tank of gas|tank of petrol',
  ],
  ['leisure', 2, 'bouldering|climbing wall|bouldering gym'],
  ['gifts', 2, 'donated|donate|i donated|food bank'],
  ['shopping', 2, 'printer|ink cartridges|printer ink'],
  [
    'other',
    3,
    "solicitor|solicitor's fee|solicitor fees|lawyer|attorney|legal fees|notary|bank fees|bank charges|overdraft fee",
  ],
  // Spoken forms of v5b.
  ['dining', 2, 'mulled wine'],
  ['shopping', 2, 'screen repair|phone repair|phone screen|suitcase|luggage|lamp|carrier bag'],
  ['health', 2, 'xray|x-ray|mri|mri scan|scan at the hospital'],
  ['transport', 2, 'book of tram tickets|book of tickets|metro tickets|tram ticket'],
  ['travel', 2, 'campsite|camp site|campground'],
  ['leisure', 3, 'surf lesson|ski lesson|tennis lesson|golf lesson|surfing lesson|skiing lesson'],
  ['education', 2, 'uni|after school club'],
  ['gifts', 2, 'for my nephew|for my niece|for my godson|for my goddaughter|lego'],
  ['other', 2, 'photographer|wedding photographer|cleaner|window cleaner|laundromat|launderette|laundrette'],
  // Spoken forms of v5c.
  ['health', 2, 'nurse|home nurse|nurse visit'],
  ['groceries', 2, 'baby formula|formula milk|nappies|wipes|baby wipes|big shop|weekly shop|food shop'],
  ['leisure', 2, 'go-karting|marathon|half marathon|pottery|ceramics'],
  // Sponsoring someone's race or walk gives to their cause: over the race ("sponsored my friend's marathon").
  ['gifts', 3, 'sponsored|sponsorship|sponsoring'],
  ['gifts', 2, 'retirement gift|retirement present|leaving do'],
  // Looking after a pet is a service of its own, not shopping (grooming, a service to it, stays there).
  [
    'other',
    2,
    'dog walker|dog walking|dog sitter|cat sitter|pet sitter|pet sitting|house sitter|kennel|' +
      'cattery|pet insurance|doggy daycare|dog daycare|pet boarding',
  ],
  // Everyday things the open data has no preset for (v6).
  ['transport', 2, 'mot|mot test|car service|tyre change'],
  ['housing', 2, 'skip hire|skip|boiler repair|gutter cleaning|gutters|water heater'],
  ['shopping', 2, 'flea market|car boot sale|car boot|jumble sale|chewing gum|gum|christmas tree'],
  ['dining', 2, 'street food|food stall|meal deal'],
  ['leisure', 2, 'vinyl|vinyl record|record shop|circus|summer camp|guitar strings'],
  // A child's seat is the child's, not a part "for the car" (category-said-around.ts reads those up
  // to weight 2); below 3, which names a shop.
  ['shopping', 2.5, 'car seat|booster seat|child seat'],
];
