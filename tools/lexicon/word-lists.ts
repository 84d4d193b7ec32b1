/**
 * Hand-kept word lists of the lexicon build (build.ts), each saying why a word is set apart.
 */
const words = (s: string) => new Set(s.split(/\s+/).filter((w) => w !== ''));
const phrases = (s: string) =>
  s
    .split(/\s*,\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/**
 * One-word brands that are everyday words too: they count only when written with a capital, as a
 * transcriber writes a brand ("chez Action", "Boulanger"), never for "une action", "le boulanger".
 * A brand is listed by its words without an article ("halle" is La Halle); each word must name a
 * brand the build keeps (it fails otherwise: "wendys" never matched the index's "Wendy's", nor
 * "nicolas" its "Maison Nicolas"). Names of several everyday words ("Feu Vert", "Maxi Toys") need no
 * line here: build.ts keeps every such name only written with a capital.
 * The last line: French brands of Metropolitan France ("fx") that are words too, found when the build
 * first read that code: « le voisin », « entendre », « romans », the Breton « fest-noz », a pitaya
 * (the fruit), a Darjeeling tea.
 */
export const BRANDS_WITH_A_CAPITAL = words(`
  action boulanger boots target next casino match halle gifi jules celio kiabi
  norauto speedy midas picard carrefour auchan lidl aldi monoprix franprix intermarche
  decathlon darty fnac sephora zara primark uniqlo ikea conforama castorama but maxi
  tesco asda morrisons waitrose argos currys wilko greggs costa superdrug primark range
  walmart costco kroger safeway walgreens chipotle
  voisin aigle entendre romans select bocage noz pitaya darjeeling sherpa memphis
`);

/**
 * Everyday words no one-word brand may take, beyond those the build finds (lexicons, presets,
 * sentences). "olympia": a concert at l'Olympia is the Paris music hall, not the shop of that name.
 */
export const EVERYDAY_WORDS = words(`
  total free orange point bio nature pronto express office coach guess chase shell game gap
  leader monop good best first one city market marche super hyper grand petit petite bon bonne
  vert verte rouge bleu noir blanc maison home house center centre club style mode fashion
  new nouveau nouvelle plus pro max mini top star cool fun happy smart simply easy fresh
  pizza burger sushi cafe coffee tea bar pub grill kitchen bakery boulangerie
  auto car moto bike velo station parking garage service services shop store boutique magasin
  olympia
`);

/** First names are people before they are brands ("resto avec Paul", "Marie m'a rendu 15 €"). */
export const FIRST_NAMES = words(`
  paul marie pierre jean jacques louis lucas leo hugo arthur jules adam nathan tom theo noah
  emma lea louise alice chloe ines lina mila jade manon camille sarah julie laura anna eva
  sophie claire julien nicolas thomas antoine alexandre maxime vincent romain marc david michel
  philippe alain patrick eric olivier christophe laurent sebastien francois isabelle nathalie
  sandrine celine valerie stephanie caroline aurelie emilie lucie charlotte margaux clara zoe
  karim mehdi sami yanis rayan amine nora yasmine sofia leila samir augustin mariette edwin
  john james robert michael william richard joseph charles daniel matthew anthony mark steven
  andrew joshua kevin brian george edward ronald timothy jason jeffrey ryan jacob gary eric
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
  margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
  stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela
  nicole samantha katherine emma ruth christine catherine debra rachel carolyn janet virginia
  maria heather diane julie joyce victoria kelly christina lauren joan evelyn olivia judith
  megan cheryl martha andrea frances hannah jacqueline ann gloria jean kathryn alice teresa
  sara janice doris madison julia grace judy abigail marie denise beverly amber theresa marilyn
  danielle diana brittany natalie sophia rose isabella alexis kayla charlotte jake sam max
  ben dan jim joe tim tony nick alex chris matt mike pat ted ray roy harry henry jack leo
  oscar oliver felix otto hans peter frank fred karl carl lou mia ella ava lily ruby bella
  luna nina rita vera dora eve ivy june may paula
`);

/** Preset names and terms too vague to say what was bought. */
export const NOT_A_PURCHASE = words(`
  shop store magasin boutique commerce service services centre center point place lieu site
  office bureau atelier workshop salon club maison house home building batiment local
  chat chien cat dog animal animaux table food nourriture public prive private free gratuit
  entree exit complex radio chai aire zone rue sortie souterrain chaussee block bloque interieur
  entreprise societe paiement louer maintenance industriel naturel produits usine groupe detente
  orientale generale medical systemique etablissement collecte soin soins sante main tete pied nez cou
  back leg legs ear eye eyes foot feet hair mind pain sick sound gift beauty card video phone
  boots camping fitness used old play show hall screen water spring nature outdoor sea wood
  fair history science technology ultimate links frank china canton japan drink eat dine net
  still sweet produce market rolls slice frozen check bill letter mail package parcel estate
  exchange currency tickets travel youth storage suite reading book school repair refill hire
  tank vessel inspection charger bike car auto cab garage
`);

/**
 * WordNet nouns (wordnet-words.ts) that a note says as something else far more often than as the
 * thing WordNet files them under, read from the built list: a word of the sentence around the
 * purchase, a verb, a name, or another thing than the category says.
 */
export const NOT_PLAINLY_A_THING = new Set([
  ...words(`
  charlotte collins rickey mulligan porcupines poilu sidecar bullshot refection viand
  linkup stopping throne altar monolith keystone cornerstone capstone coping impost gravestone
  headstone tombstone stela stele limelight wheelchair crapper cottar credence fount booth
  taillight streetlight hydrant barrette hairpin hatpin
  accessory bars bbs chatroom website circuitry mainframe multiprocessor workstation sender
  reproducer maser sawmill sledge weeds threads slops silks mending ironing washables flats getup
  mufti regalia trappings phone telephone radiophone pearl ruby trunk wrapper weekender jigsaw
  maul smoother jock unmentionable wedgie dixie manta
  bones bombard ducking mound pavilion pipework praetorium pretorium pricket rings shooter
  squirter vibes tumbling jumping cabana playhouse beano
  bleu boeuf veau porc mouton murphy eater organs perishable spoilable vintage fixings spirits
  potion philter philtre nipa criollo cupper drinkable potable sage herbal
  napalm loaner recap tandem tipper pickup coupe hearse
  spunk firebrand tinder touchwood
  blocker downer depressant douche hypo physic restorative curative shades glasses specs
  polygraph wrapping goggles placebo glove
  grill khan imaret fleabag buttery
  doc extern interne probationer quack counsel controller pleader serjeant drugging
`),
  ...phrases(`
  old fashioned, tailor made, slip on, parking meter, coffee break, tea break, bull's eye, lie detector,
  chat room, web site, internet site, portal site, file server, relay station, booster station,
  pay station, remote station, remote terminal, box seat, council board, council table, operating table,
  douche bag, roach clip, cannibal mound, atomic cocktail, red fire, pine knot, second base, third base,
  home plate, big top, round top, night game, number cruncher, widow's weeds, wing tip, garden truck,
  bucket shop, self analysis, behavior modification, crisis intervention, depth psychology
`),
]);
