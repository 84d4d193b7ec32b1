import { type Country, centre, type Layout, type Line } from './model.ts';
import type { Rng } from './random.ts';

/** A merchant: `name` is the label (what a person calls it), `printed` its name on the ticket. */
export interface Shop {
  name: string;
  printed: string;
  country: Country;
  /** Printed under the name: what that shop's tickets say before the address (often a slogan). */
  tagline?: string;
}

const shop = (name: string, printed: string, country: Country, tagline?: string): Shop => ({
  name,
  printed,
  country,
  tagline,
});

/** The shops of each layout; `make.ts` walks these lists in order, so each is used. */
export const SHOPS: Record<Layout, readonly Shop[]> = {
  supermarket: [
    shop('Monoprix', 'MONOPRIX', 'fr'),
    shop('Carrefour City', 'carrefour city', 'fr'),
    shop('Franprix', 'FRANPRIX', 'fr', 'Bienvenue chez vous'),
    shop('Lidl', 'LIDL', 'fr'),
    shop('Intermarché', 'INTERMARCHÉ', 'fr', 'Tous unis contre la vie chère'),
    shop('Super U', 'SUPER U', 'fr'),
    shop('Biocoop', 'BIOCOOP', 'fr'),
    shop('Auchan', 'AUCHAN', 'fr'),
    shop('Tesco', 'TESCO', 'uk', 'Every little helps'),
    shop("Sainsbury's", "Sainsbury's", 'uk'),
    shop('Waitrose', 'WAITROSE', 'uk'),
    shop('Co-op Food', 'CO-OP FOOD', 'uk'),
    shop('Whole Foods Market', 'WHOLE FOODS MARKET', 'us'),
    shop("Trader Joe's", "TRADER JOE'S", 'us'),
    shop('Kroger', 'KROGER', 'us'),
    shop('Safeway', 'SAFEWAY', 'us'),
  ],
  restaurant: [
    shop('Le Bistrot du Coin', 'LE BISTROT DU COIN', 'fr'),
    shop('Chez Marcel', 'CHEZ MARCEL', 'fr', 'Cuisine de bistrot'),
    shop('Brasserie des Arts', 'BRASSERIE DES ARTS', 'fr'),
    shop('Hippopotamus', 'HIPPOPOTAMUS', 'fr'),
    shop('La Table de Léa', 'LA TABLE DE LÉA', 'fr'),
    shop('The Red Lion', 'THE RED LION', 'uk'),
    shop('Pret A Manger', 'PRET A MANGER', 'uk'),
    shop("Joe's Diner", "JOE'S DINER", 'us'),
    shop('Blue Door Cafe', 'BLUE DOOR CAFE', 'us'),
    shop('Five Guys', 'FIVE GUYS', 'us'),
    shop('Pizzeria Napoli', 'PIZZERIA NAPOLI', 'us'),
  ],
  pharmacy: [
    shop('Pharmacie du Marché', 'PHARMACIE DU MARCHÉ', 'fr'),
    shop('Pharmacie Centrale', 'PHARMACIE CENTRALE', 'fr'),
    shop('Pharmacie Lafayette', 'PHARMACIE LAFAYETTE', 'fr'),
    shop('Pharmacie de la Gare', 'Pharmacie de la Gare', 'fr'),
    shop('Boots', 'BOOTS', 'uk'),
    shop('Walgreens', 'WALGREENS', 'us'),
    shop('CVS Pharmacy', 'CVS pharmacy', 'us'),
  ],
  fuel: [
    shop('TotalEnergies', 'TOTALENERGIES', 'fr', 'Relais de la Porte'),
    shop('Esso', 'ESSO', 'fr', 'Station Express'),
    shop('Intermarché', 'INTERMARCHE', 'fr', 'Station service'),
    shop('Shell', 'SHELL', 'uk'),
    shop('BP', 'BP', 'uk'),
    shop('Chevron', 'CHEVRON', 'us'),
  ],
  terminal: [
    shop('Boulangerie Dupont', 'BOULANGERIE DUPONT', 'fr'),
    shop('Fnac', 'FNAC', 'fr'),
    shop('Decathlon', 'DECATHLON', 'fr'),
    shop('Tabac de la Gare', 'TABAC DE LA GARE', 'fr'),
    shop('Monoprix', 'MONOPRIX', 'fr'),
    shop('Costa Coffee', 'COSTA COFFEE', 'uk'),
    shop('Greggs', 'GREGGS', 'uk'),
    shop('Starbucks', 'STARBUCKS', 'us'),
  ],
};

const STREETS: Record<Country, readonly string[]> = {
  fr: [
    '12 RUE DE LA ROQUETTE',
    '48 BD VOLTAIRE',
    '3 PLACE DE LA MAIRIE',
    '105 AV JEAN JAURES',
    '7 RUE NATIONALE',
  ],
  uk: ['14 HIGH STREET', '221 KINGS ROAD', '3 MARKET SQUARE', '56 STATION ROAD'],
  us: ['1200 MARKET ST', '450 BROADWAY', '88 MAIN STREET', '3021 SUNSET BLVD'],
};
const TOWNS: Record<Country, readonly string[]> = {
  fr: ['75011 PARIS', '69002 LYON', '33000 BORDEAUX', '44000 NANTES', '13001 MARSEILLE'],
  uk: ['LONDON SW3 5EL', 'BRISTOL BS1 4DJ', 'LEEDS LS1 6HW', 'OXFORD OX1 2HQ'],
  us: ['SAN FRANCISCO CA 94103', 'NEW YORK NY 10013', 'AUSTIN TX 78701', 'PORTLAND OR 97205'],
};

export function headerLines(s: Shop, rng: Rng): Line[] {
  const lines: Line[] = [centre(s.printed, 'title')];
  if (s.tagline) lines.push(centre(s.tagline, 'small'));
  lines.push(centre(rng.pick(STREETS[s.country]), 'small'), centre(rng.pick(TOWNS[s.country]), 'small'));
  if (s.country === 'fr') {
    lines.push(
      centre(
        `TEL 0${rng.int(1, 5)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
        'small',
      ),
    );
    if (rng.chance(0.5))
      lines.push(
        centre(
          `SIRET ${rng.int(100, 999)} ${rng.int(100, 999)} ${rng.int(100, 999)} 000${rng.int(10, 99)}`,
          'small',
        ),
      );
  } else if (s.country === 'uk') {
    lines.push(centre(`VAT NO. GB ${rng.int(100, 999)} ${rng.int(1000, 9999)} ${rng.int(10, 99)}`, 'small'));
  } else {
    lines.push(centre(`(${rng.int(200, 999)}) ${rng.int(200, 999)}-${rng.int(1000, 9999)}`, 'small'));
  }
  return lines;
}

export function footerLines(c: Country, rng: Rng): Line[] {
  if (c === 'fr')
    return [centre(rng.pick(['MERCI DE VOTRE VISITE', 'A BIENTOT', 'Merci et à bientôt !']), 'small')];
  return [
    centre(
      rng.pick(['THANK YOU FOR SHOPPING WITH US', 'Thank you, come again!', 'HAVE A NICE DAY']),
      'small',
    ),
  ];
}
