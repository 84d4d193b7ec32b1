import type { Country } from './model.ts';
import type { Rng } from './random.ts';

/** [name, lowest price, highest price in cents, VAT rate in basis points]. */
type Item = readonly [string, number, number, number];

const GROCERIES_FR: readonly Item[] = [
  ['BAGUETTE TRADITION', 110, 140, 550],
  ['LAIT DEMI ECREME 1L', 95, 129, 550],
  ['OEUFS PLEIN AIR X6', 219, 289, 550],
  ['BEURRE DOUX 250G', 239, 319, 550],
  ['COMTE AOP 200G', 389, 529, 550],
  ['YAOURT NATURE X4', 129, 189, 550],
  ['POMMES GOLDEN 1KG', 199, 279, 550],
  ['BANANES BIO', 189, 259, 550],
  ['TOMATES GRAPPE', 249, 349, 550],
  ['PATES FUSILLI 500G', 99, 169, 550],
  ['RIZ BASMATI 1KG', 259, 349, 550],
  ['HUILE OLIVE VIERGE 75CL', 689, 949, 550],
  ['CAFE MOULU 250G', 329, 499, 550],
  ['JAMBON BLANC X4', 289, 399, 550],
  ['POULET FERMIER LABEL', 899, 1290, 550],
  ['EAU MINERALE 6X1,5L', 219, 329, 550],
  ['JUS ORANGE 1L', 199, 299, 550],
  ['LESSIVE LIQUIDE 2L', 799, 1190, 2000],
  ['PAPIER TOILETTE X12', 459, 649, 2000],
  ['SHAMPOOING DOUX', 249, 449, 2000],
  ['VIN ROUGE BORDEAUX', 549, 1290, 2000],
  ['BIERE BLONDE 6X25CL', 399, 599, 2000],
];

const GROCERIES_EN: readonly Item[] = [
  ['SEMI SKIMMED MILK 2PT', 115, 165, 0],
  ['FREE RANGE EGGS X6', 189, 279, 0],
  ['SOURDOUGH LOAF', 180, 320, 0],
  ['MATURE CHEDDAR 400G', 299, 450, 0],
  ['BANANAS LOOSE', 79, 129, 0],
  ['BROCCOLI', 59, 99, 0],
  ['CHICKEN BREAST FILLETS', 399, 629, 0],
  ['PENNE PASTA 500G', 75, 145, 0],
  ['BASMATI RICE 1KG', 199, 299, 0],
  ['ORANGE JUICE 1L', 149, 249, 0],
  ['GREEK YOGURT 500G', 135, 225, 0],
  ['COFFEE BEANS 227G', 399, 599, 0],
  ['WASHING UP LIQUID', 99, 199, 2000],
  ['TOILET TISSUE 9PK', 399, 599, 2000],
  ['SPARKLING WATER 6PK', 199, 349, 2000],
  ['RED WINE MERLOT', 599, 999, 2000],
];

const DISHES_FR: readonly Item[] = [
  ['FORMULE MIDI', 1450, 1890, 1000],
  ['ENTRECOTE FRITES', 2200, 2690, 1000],
  ['SALADE CESAR', 1350, 1590, 1000],
  ['CROQUE MONSIEUR', 990, 1290, 1000],
  ['TARTARE DE BOEUF', 1790, 2190, 1000],
  ['CAFE GOURMAND', 790, 950, 1000],
  ['CAFE EXPRESSO', 190, 280, 1000],
  ['VERRE COTES DU RHONE', 550, 750, 2000],
  ['CARAFE D EAU', 0, 0, 1000],
  ['PICHET ROSE 50CL', 1400, 1900, 2000],
  ['TIRAMISU MAISON', 750, 900, 1000],
];

const DISHES_EN: readonly Item[] = [
  ['CHEESEBURGER', 1295, 1650, 0],
  ['FISH AND CHIPS', 1395, 1795, 0],
  ['CAESAR SALAD', 1095, 1395, 0],
  ['CLUB SANDWICH', 1195, 1495, 0],
  ['FRIES', 395, 595, 0],
  ['PINT OF LAGER', 550, 750, 0],
  ['HOUSE RED GLASS', 750, 950, 0],
  ['ICED TEA', 295, 395, 0],
  ['STICKY TOFFEE PUDDING', 650, 850, 0],
  ['AMERICANO', 280, 380, 0],
];

const MEDICINES: Record<'fr' | 'en', readonly Item[]> = {
  fr: [
    ['DOLIPRANE 1000MG 8 CPR', 218, 218, 210],
    ['SPASFON LYOC 80MG', 389, 459, 210],
    ['SERUM PHYSIO 30 UNIDOSES', 349, 549, 550],
    ['BIAFINE EMULSION 93G', 499, 699, 2000],
    ['CREME SOLAIRE SPF50', 1290, 1890, 2000],
    ['PANSEMENTS X20', 299, 449, 2000],
    ['VITAMINE C 1000MG', 599, 899, 550],
    ['STREPSILS MIEL CITRON', 459, 589, 1000],
  ],
  en: [
    ['PARACETAMOL 500MG 16 TABS', 65, 89, 0],
    ['IBUPROFEN 200MG 16 TABS', 89, 129, 0],
    ['VITAMIN D 1000IU', 499, 799, 2000],
    ['HAND CREAM 75ML', 299, 499, 2000],
    ['COUGH SYRUP 150ML', 549, 799, 0],
    ['PLASTERS ASSORTED X40', 199, 349, 2000],
    ['TOOTHPASTE 75ML', 150, 250, 2000],
    ['SUNSCREEN SPF30', 799, 1199, 2000],
  ],
};

export interface Bought {
  name: string;
  qty: number;
  unit: number;
  vat: number;
}

/** `count` distinct items of the kind, prices drawn in their range. */
export function draw(
  kind: 'groceries' | 'dishes' | 'medicines',
  country: Country,
  count: number,
  rng: Rng,
): Bought[] {
  const en = country !== 'fr';
  const pool =
    kind === 'groceries'
      ? en
        ? GROCERIES_EN
        : GROCERIES_FR
      : kind === 'dishes'
        ? en
          ? DISHES_EN
          : DISHES_FR
        : MEDICINES[en ? 'en' : 'fr'];
  const left = [...pool];
  const out: Bought[] = [];
  while (out.length < count && left.length > 0) {
    const [name, lo, hi, vat] = left.splice(rng.int(0, left.length - 1), 1)[0] ?? ['?', 100, 100, 0];
    const qty = rng.chance(0.2) ? rng.int(2, 3) : 1;
    out.push({ name, qty, unit: rng.int(lo, hi), vat });
  }
  return out;
}

export const lineCents = (b: Bought): number => b.qty * b.unit;
export const sumCents = (items: readonly Bought[]): number => items.reduce((s, b) => s + lineCents(b), 0);

/** VAT included in a price: ttc × rate / (1 + rate), rounded to the cent. */
export const vatOf = (ttc: number, basisPoints: number): number =>
  Math.round((ttc * basisPoints) / (10_000 + basisPoints));
