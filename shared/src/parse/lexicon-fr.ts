import type { LexiconEntry } from './types.ts';

/** French words for what was bought, accent-free; plurals are added by the table builder. */
export const FR_LEXICON: readonly LexiconEntry[] = [
  [
    'groceries',
    2,
    'courses|les courses|supermarche|hypermarche|superette|epicerie|epicier|marche|primeur|maraicher|' +
      'boulangerie|boulanger patissier|patisserie|boucherie|boucher|charcuterie|poissonnerie|fromagerie|' +
      'pain|baguette|pain au chocolat|chocolatine|croissant|brioche|fromage|lait|oeuf|beurre|yaourt|' +
      'fruit|legume|viande|poulet|poisson|pates|riz|farine|sucre|cafe en grain|cafe moulu|paquet de cafe|quiche|flan|' +
      'eau minerale|bouteille d eau|pack d eau|pomme|bananes|tomates|salade|pommes de terre|jambon|' +
      'vin|bouteille de vin|biere en pack|pack de bieres|cereales|conserves|surgeles|provisions|bouffe|pinard|rouquin|' +
      'jus d orange|jus de fruit|chocolat|gateau|biscuits|couches|lessive|produits menagers|' +
      'papier toilette|sopalin|epicerie fine|amap|drive|courses en ligne',
  ],
  [
    'dining',
    2,
    'resto|restau|brasserie|bistrot|cafe|un cafe|petit cafe|expresso|' +
      'kawa|caoua|un the|the vert|chocolat chaud|pub irlandais|biere|pinte|verre|un verre|apero|aperitif|cocktail|' +
      'dejeuner|dejeuner au|dej|diner|souper|petit dejeuner|petit dej|brunch|gouter|kebab|pizzeria|' +
      'burger|hamburger|tacos|sandwich|sandwicherie|panini|crepe|creperie|galette|menu|menu du jour|' +
      'plat du jour|traiteur|livraison|livraison repas|repas|addition|snack|' +
      'mcdonald|boulangerie sandwich|terrasse|restaurant japonais|chinois|indien|thai|libanais|ramen|pho|bo bun|' +
      'poke|salon de the|glace|frites|vin au resto|resto u|ticket resto|boite de nuit conso|' +
      'pop corn|popcorn|friandises|viennoiserie|cafe croissant|pique nique',
  ],
  [
    'transport',
    2,
    'vtc|tram|tramway|rer|train|billet de train|ticket de metro|ticket de bus|' +
      'navette|essence|carburant|gasoil|gazole|diesel|sans plomb|plein|plein d essence|le plein|' +
      'borne de recharge|peage|autoroute|parking|stationnement|horodateur|amende de stationnement|pv|' +
      'velo|trottinette|scooter|moto|voiture|garage|garagiste|mecanicien|vidange|pneus|pneu|controle technique|' +
      'carte grise|permis|auto ecole|lavage auto|station service|covoiturage|course de taxi|abonnement transport|' +
      'carte de transport|passe navigo|reparation voiture|reparation de voiture|reparation sur la voiture|liquide de refroidissement|freins|pare brise|echappement',
  ],
  [
    'housing',
    2,
    'loyer|proprio|proprietaire|charges|charges locatives|caution|depot de garantie|syndic|copropriete|assurance habitation|' +
      'assurance maison|taxe fonciere|taxe d habitation|credit immobilier|pret immobilier|travaux|' +
      'plombier|serrurier|electricien|peintre|menage|femme de menage|aide menagere|meuble|canape|lit|' +
      'matelas|etagere|armoire|table basse|deco|decoration|bricolage|peinture|outils|jardinage|jardin|' +
      'demenagement|demenageurs|garde meuble|appart|appartement|logement|chaudiere|reparation de la chaudiere|' +
      'electromenager|frigo|machine a laver|aspirateur|rideaux|vaisselle|ampoules|agence immobiliere|frais d agence',
  ],
  [
    'utilities',
    2,
    'electricite|facture d electricite|gaz|facture de gaz|eau|facture d eau|internet|box internet|fibre|' +
      'forfait|forfait mobile|forfait telephone|telephone|abonnement telephone|portable|' +
      'chauffage|fioul|abonnement internet|redevance|ordures menageres|decodeur',
  ],
  [
    'health',
    2,
    'pharmacie|pharmacien|medecin|docteur|generaliste|specialiste|dentiste|orthodontiste|kine|' +
      'kinesitherapeute|osteo|osteopathe|ophtalmo|ophtalmologue|opticien|lunettes|lentilles|dermato|' +
      'dermatologue|gyneco|gynecologue|pediatre|psy|psychologue|psychiatre|therapeute|infirmier|infirmiere|' +
      'hopital|clinique|urgences|analyses|prise de sang|laboratoire|labo|radio|irm|scanner|echographie|vaccin|' +
      'medicament|doliprane|ordonnance|consultation|mutuelle|complementaire sante|orthophoniste|' +
      'podologue|sage femme|dentaire|veterinaire|veto|pansements|sirop|antibiotiques',
  ],
  [
    'shopping',
    2,
    'vetement|habits|fringues|chaussures|basket|jean|pantalon|tee shirt|chemise|' +
      'pull|veste|manteau|robe|jupe|sous vetements|chaussettes|sac|sac a main|montre|bijou|bijoux|maquillage|' +
      'parfum|cosmetiques|coiffeur|coiffeuse|coupe de cheveux|barbier|manucure|estheticienne|onglerie|' +
      'smartphone|ordinateur|ordi|tablette|ecouteurs|casque|chargeur|cable|' +
      'console|electronique|appli|application|shopping|soldes|' +
      'papeterie|lunettes de soleil|valise|parapluie|clopes|cigarettes|tabac|bureau de tabac|pressing|cordonnier|marche aux puces',
  ],
  [
    'leisure',
    2,
    'cine|film|pour la peche|place de cinema|places de cinema|concert|spectacle|theatre|opera|musee|' +
      'expo|exposition|festival|match|stade|bowling|escape game|laser game|karting|piscine|salle de sport|' +
      'sport|abonnement salle|fitness|zumba|danse|boite|boite de nuit|soiree|fete|jeux|jeu video|' +
      'jeux video|livre|bd|bandes dessinees|manga|magazine|journal|streaming|musique|vinyle|' +
      'parc d attractions|aquarium|ski|forfait de ski|randonnee|golf|tennis|equitation|peche|billard|' +
      'loisirs|squash|visite guidee|tournoi|poker|loto|pmu|paris sportifs|netflix',
  ],
  [
    'travel',
    2,
    'hotel|auberge|auberge de jeunesse|gite|chambre d hote|camping|location de vacances|' +
      'nuit d hotel|nuits d hotel|avion|billet d avion|billets d avion|vol|compagnie aerienne|aeroport|' +
      'bagage|valise en soute|passeport|vacances|voyage|sejour|croisiere|location de voiture|' +
      'voiture de location|excursion|office de tourisme|souvenirs|week end a|city trip|bateau|ferry|' +
      'taxe de sejour|bureau de change|airbnb',
  ],
  [
    'education',
    2,
    'ecole|college|lycee|fac|universite|cours|cours d anglais|formation|frais de scolarite|' +
      'scolarite|inscription|frais d inscription|inscription a la fac|manuel|fournitures|' +
      'fournitures scolaires|cahiers|cartable|cantine|creche|nounou|garderie|baby sitting|babysitter|' +
      'assistante maternelle|assistant maternel|assistantes maternelles|' +
      'soutien scolaire|cours particuliers|prof particulier|examen|concours|permis de conduire|' +
      'conference|seminaire|certification|diplome|bibliotheque|mediatheque|classe verte|sortie scolaire',
  ],
  // The words of a present itself are in the last row, at weight 4 (a later row wins a word).
  [
    'gifts',
    2,
    'anniversaire|noel|fete des meres|fete des peres|' +
      'saint valentin|mariage|naissance|bapteme|fleurs|bouquet|bouquet de fleurs|don|' +
      'association|croix rouge|restos du coeur|secours populaire|quete|offrande|pot de depart|etrennes|' +
      'liste de naissance|liste de mariage|faire part|offert a|pour maman|pour papa',
  ],
  // Weak words: they name the kind of payment more than what was bought.
  ['transport', 1, 'ticket|recharge|pass|course'],
  ['utilities', 1, 'facture|mobile|energie|box'],
  // Insurance said alone: what it covers is unknown (home, car, health), so not a utility bill.
  ['other', 1, 'assurance'],
  // « de l'huile pour la voiture », « huile de massage »: oil is what it is for; cooking oil alone.
  ['groceries', 1.5, 'huile'],
  ['shopping', 1, 'commande|achat|colis|magasin|boutique'],
  ['leisure', 1, 'abonnement|salle|sortie|parc|jeu|visite'],
  // "cours de yoga" is yoga: the subject of a class names it when the lexicon knows it.
  // « le prof de gratte »: a teacher is paid for lessons, of what follows when a table knows it.
  ['education', 1, 'stage|atelier|rentree|cours de|prof|professeur'],
  ['travel', 1, 'change|nuit|nuitee'],
  ['health', 1, 'soins|test|sante'],
  // « pourboire » alone is a meal's; beside a trade tipped (« au coiffeur »), the trade's.
  ['dining', 1, 'conso|plat|pourboire'],
  ['utilities', 3, 'orange|free|sfr|bouygues'],
  // A present bought at Fnac is a present: these beat shop names.
  ['gifts', 4, 'cadeau|carte cadeau|bon cadeau|cadeau d anniversaire|cadeau de noel|cadeau de mariage'],
];
