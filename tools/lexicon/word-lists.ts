/**
 * Hand-kept word lists of the lexicon build (build.ts), each saying why a word is set apart.
 */
const words = (s: string) => new Set(s.split(/\s+/).filter((w) => w !== ''));

/**
 * One-word brands that are everyday words too: they count only when written with a capital, as a
 * transcriber writes a brand ("chez Action", "Boulanger"), never for "une action", "le boulanger".
 */
export const BRANDS_WITH_A_CAPITAL = words(`
  action boulanger boots target next casino match leader nicolas halle gifi jules celio kiabi
  norauto speedy midas feu vert picard carrefour auchan lidl aldi monoprix franprix intermarche
  decathlon darty fnac sephora zara primark uniqlo ikea conforama castorama but maxi toys
  tesco asda morrisons waitrose argos currys wilko greggs costa superdrug primark selfridges
  walmart costco kroger safeway walgreens wendys arbys chipotle
`);

/** Everyday words no one-word brand may take, beyond those the build finds (lexicons, presets, sentences). */
export const EVERYDAY_WORDS = words(`
  total free orange point bio nature pronto express office coach guess chase shell game gap
  leader monop good best first one city market marche super hyper grand petit petite bon bonne
  vert verte rouge bleu noir blanc maison home house center centre club style mode fashion
  new nouveau nouvelle plus pro max mini top star cool fun happy smart simply easy fresh
  pizza burger sushi cafe coffee tea bar pub grill kitchen bakery boulangerie
  auto car moto bike velo station parking garage service services shop store boutique magasin
`);

/** First names are people before they are brands ("resto avec Paul", "Marie m'a rendu 15 €"). */
export const FIRST_NAMES = words(`
  paul marie pierre jean jacques louis lucas leo hugo arthur jules adam nathan tom theo noah
  emma lea louise alice chloe ines lina mila jade manon camille sarah julie laura anna eva
  sophie claire julien nicolas thomas antoine alexandre maxime vincent romain marc david michel
  philippe alain patrick eric olivier christophe laurent sebastien francois isabelle nathalie
  sandrine celine valerie stephanie caroline aurelie emilie lucie charlotte margaux clara zoe
  karim mehdi sami yanis rayan amine nora yasmine sofia leila samir
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
