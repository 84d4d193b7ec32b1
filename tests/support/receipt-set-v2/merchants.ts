import type { Merchant } from './model.ts';

const FR = (street: string, town: string): string[] => [street, town, 'SIRET 512 887 309 00021'];
const BE = (street: string, town: string): string[] => [street, town, 'TVA BE 0712.345.981'];
const CH = (street: string, town: string): string[] => [street, town, 'TVA CHE-114.572.903'];
const UK = (street: string, town: string): string[] => [street, town, 'VAT Reg No GB 284 5521 07'];
const US = (street: string, town: string): string[] => [street, town, 'Tel (503) 555-0143'];

/**
 * The merchants of the second set, one ticket each: names nobody's brand list holds, in the ways
 * tickets print them (a legal form before or after, capitals, big spaced letters), and the ways
 * tickets print their total.
 */
export const MERCHANTS: readonly Merchant[] = [
  // France
  { name: 'Boulangerie Martin', printed: 'BOULANGERIE MARTIN SARL', layout: 'supermarket', country: 'fr', lang: 'fr', address: FR('12 RUE DES LILAS', '69003 LYON'), totalWord: 'TOTAL EUR', currency: 'none' },
  { name: 'Le Petit Zinc', printed: 'SAS LE PETIT ZINC', layout: 'restaurant', country: 'fr', lang: 'fr', address: FR('4 place du Marché', '35000 Rennes'), totalWord: 'TOTAL TTC', currency: 'sign-after' },
  { name: 'Maison Pradier', printed: 'MAISON PRADIER', logo: true, layout: 'supermarket', country: 'fr', lang: 'fr', address: FR('88 avenue Jean Médecin', '06000 Nice'), totalWord: 'À PAYER', totalAt: 'next', currency: 'sign-after' },
  { name: 'La Cave des Oliviers', printed: 'La Cave des Oliviers', layout: 'supermarket', country: 'fr', lang: 'fr', address: FR('3 cours Mirabeau', '13100 Aix-en-Provence'), totalWord: 'MONTANT', currency: 'code-after' },
  { name: 'Pharmacie du Marché', printed: 'PHARMACIE DU MARCHÉ', layout: 'pharmacy', country: 'fr', lang: 'fr', address: FR('21 rue de la République', '84000 Avignon'), totalWord: 'RESTE À PAYER', currency: 'sign-after' },
  { name: 'Garage Dubreuil', printed: 'GARAGE DUBREUIL SAS', layout: 'invoice', country: 'fr', lang: 'fr', address: FR('ZA des Landes, 7 rue Ampère', '44300 Nantes'), totalWord: 'NET À PAYER', currency: 'sign-after' },
  { name: 'Relais de la Forêt', printed: 'RELAIS DE LA FORET', layout: 'fuel', country: 'fr', lang: 'fr', address: FR('RN 10', '37250 Montbazon'), totalWord: 'MONTANT', currency: 'code-after' },
  { name: 'Fromagerie Lenoir', printed: 'FROMAGERIE LENOIR', logo: true, layout: 'supermarket', country: 'fr', lang: 'fr', address: FR('9 rue Mouffetard', '75005 Paris'), totalWord: 'TOTAL', totalAt: 'colon', currency: 'sign-after' },
  { name: 'Librairie Les Mots Passants', printed: 'Librairie Les Mots Passants', layout: 'supermarket', country: 'fr', lang: 'fr', address: FR('2 rue Gambetta', '31000 Toulouse'), totalWord: 'À PAYER', currency: 'sign-after' },
  { name: 'Bistrot Chez Paulette', printed: 'BISTROT CHEZ PAULETTE', layout: 'restaurant', country: 'fr', lang: 'fr', address: FR('17 quai de la Fosse', '44000 Nantes'), totalWord: 'TOTAL', currency: 'sign-after', tipByHand: true },
  { name: 'Électricité Moreau', printed: 'ÉLECTRICITÉ MOREAU EURL', layout: 'invoice', country: 'fr', lang: 'fr', address: FR('5 impasse des Tilleuls', '21000 Dijon'), totalWord: 'TOTAL TTC', currency: 'code-after' },
  { name: 'Café de la Gare', printed: 'CAFE DE LA GARE', layout: 'terminal', country: 'fr', lang: 'fr', address: ['59000 LILLE'], totalWord: 'MONTANT', currency: 'code-after' },
  { name: 'Primeur Saint-Roch', printed: 'PRIMEUR SAINT-ROCH', layout: 'supermarket', country: 'fr', lang: 'fr', address: FR('Marché couvert', '34000 Montpellier'), totalWord: 'TOTAL', totalAt: 'next', currency: 'none' },
  { name: 'Optique Vue Claire', printed: 'OPTIQUE VUE CLAIRE SARL', layout: 'invoice', country: 'fr', lang: 'fr', address: FR('40 Grande Rue', '25000 Besançon'), totalWord: 'RESTE À PAYER', currency: 'sign-after' },
  { name: 'Tabac de la Mairie', printed: 'TABAC DE LA MAIRIE', layout: 'terminal', country: 'fr', lang: 'fr', address: ['76000 ROUEN'], totalWord: 'MONTANT', totalAt: 'colon', currency: 'code-after' },
  { name: 'Pizzeria Da Marco', printed: 'PIZZERIA DA MARCO', layout: 'restaurant', country: 'fr', lang: 'fr', address: FR('11 rue Sainte-Catherine', '33000 Bordeaux'), totalWord: 'NET À PAYER', totalAt: 'next', currency: 'sign-after' },
  { name: 'Auto-École Pilote', printed: 'AUTO-ÉCOLE PILOTE SAS', layout: 'invoice', country: 'fr', lang: 'fr', address: FR('6 boulevard Carnot', '59800 Lille'), totalWord: 'RESTE À PAYER', currency: 'sign-after' },
  { name: 'Les Jardins de Lou', printed: 'Les Jardins de Lou', logo: true, layout: 'supermarket', country: 'fr', lang: 'fr', address: FR('14 rue Nationale', '37000 Tours'), totalWord: 'TOTAL TTC', currency: 'sign-after' },
  { name: 'Hôtel des Voyageurs', printed: 'HÔTEL DES VOYAGEURS', layout: 'invoice', country: 'fr', lang: 'fr', address: FR('1 place de la Gare', '67000 Strasbourg'), totalWord: 'TOTAL TTC', currency: 'sign-after' },
  { name: 'Crêperie Ty Breiz', printed: 'CRÊPERIE TY BREIZ', layout: 'restaurant', country: 'fr', lang: 'fr', address: FR('8 rue Saint-Michel', '35000 Rennes'), totalWord: 'À PAYER', currency: 'none' },
  // Belgium
  { name: 'Friterie Bompa', printed: 'FRITERIE BOMPA', layout: 'restaurant', country: 'be', lang: 'fr', address: BE('Place Flagey 3', '1050 Ixelles'), totalWord: 'TOTAL EUR', currency: 'none' },
  { name: 'Menuiserie Peeters', printed: 'MENUISERIE PEETERS SRL', layout: 'invoice', country: 'be', lang: 'fr', address: BE('Chaussée de Louvain 212', '1030 Schaerbeek'), totalWord: 'TOTAL À PAYER', currency: 'code-after' },
  // Switzerland
  { name: 'Café du Lac', printed: 'CAFÉ DU LAC SÀRL', layout: 'restaurant', country: 'ch', lang: 'fr', address: CH('Quai du Mont-Blanc 11', '1201 Genève'), totalWord: 'TOTAL CHF', currency: 'none' },
  { name: 'Boulangerie Kaeser', printed: 'BOULANGERIE KAESER', layout: 'supermarket', country: 'ch', lang: 'fr', address: CH('Rue de Bourg 20', '1003 Lausanne'), totalWord: 'TOTAL', currency: 'none' },
  { name: 'Garage du Salève', printed: 'GARAGE DU SALÈVE SA', layout: 'invoice', country: 'ch', lang: 'fr', address: CH('Route de Saint-Julien 150', '1228 Plan-les-Ouates'), totalWord: 'MONTANT DÛ', currency: 'code' },
  { name: 'Matterhorn Ski Rental', printed: 'MATTERHORN SKI RENTAL AG', layout: 'terminal', country: 'ch', lang: 'en', address: ['Bahnhofstrasse 31', '3920 Zermatt', 'Switzerland'], totalWord: 'AMOUNT', currency: 'code' },
  // United Kingdom
  { name: 'The Crown & Anchor', printed: 'THE CROWN & ANCHOR', layout: 'restaurant', country: 'uk', lang: 'en', address: UK('22 Quay Street', 'Bristol BS1 4DJ'), totalWord: 'BALANCE DUE', currency: 'none' },
  { name: 'Harbour Books', printed: 'HARBOUR BOOKS LTD', layout: 'supermarket', country: 'uk', lang: 'en', address: UK('5 Fore Street', 'St Ives TR26 1AB'), totalWord: 'TOTAL', currency: 'none' },
  { name: 'Greenfield Pharmacy', printed: 'Greenfield Pharmacy', layout: 'pharmacy', country: 'uk', lang: 'en', address: UK('118 London Road', 'Leicester LE2 0QS'), totalWord: 'AMOUNT DUE', currency: 'sign' },
  { name: 'Marlow Plumbing', printed: 'MARLOW PLUMBING LTD', layout: 'invoice', country: 'uk', lang: 'en', address: UK('Unit 4, Riverside Park', 'Marlow SL7 1NS'), totalWord: 'BALANCE DUE', currency: 'sign' },
  { name: 'Kettle & Crumb', printed: 'KETTLE & CRUMB', logo: true, layout: 'terminal', country: 'uk', lang: 'en', address: UK('9 Bridge Street', 'York YO1 6DA'), totalWord: 'TOTAL', currency: 'sign', tipByHand: true },
  { name: 'Moorside Service Station', printed: 'MOORSIDE SERVICE STATION', layout: 'fuel', country: 'uk', lang: 'en', address: UK('A59 Skipton Road', 'Harrogate HG1 4LE'), totalWord: 'AMOUNT', currency: 'none' },
  { name: 'Corner Mini Mart', printed: 'CORNER MINI MART', layout: 'supermarket', country: 'uk', lang: 'en', address: UK('71 Mill Road', 'Cambridge CB1 2AW'), totalWord: 'TOTAL', totalAt: 'next', currency: 'code-after' },
  { name: 'The Old Bakehouse', printed: 'The Old Bakehouse', layout: 'restaurant', country: 'uk', lang: 'en', address: UK('3 Church Lane', 'Ludlow SY8 1AP'), totalWord: 'TO PAY', currency: 'none' },
  // United States
  { name: 'Blue Door Coffee', printed: 'BLUE DOOR COFFEE LLC', layout: 'terminal', country: 'us', lang: 'en', address: US('410 NW 10th Ave', 'Portland, OR 97209'), totalWord: 'TOTAL', currency: 'sign', tipByHand: true },
  { name: "Lucky's Diner", printed: "LUCKY'S DINER", layout: 'restaurant', country: 'us', lang: 'en', address: US('1520 Main St', 'Austin, TX 78701'), totalWord: 'AMOUNT DUE', currency: 'none' },
  { name: 'Hudson Hardware', printed: 'HUDSON HARDWARE, INC.', layout: 'supermarket', country: 'us', lang: 'en', address: US('88 Warren St', 'Hudson, NY 12534'), totalWord: 'BALANCE DUE', currency: 'sign' },
  { name: 'Riverside Pharmacy', printed: 'RIVERSIDE PHARMACY', layout: 'pharmacy', country: 'us', lang: 'en', address: US('230 River Rd', 'Edgewater, NJ 07020'), totalWord: 'TOTAL', currency: 'none' },
  { name: 'Summit Auto Repair', printed: 'Summit Auto Repair, LLC', layout: 'invoice', country: 'us', lang: 'en', address: US('1900 Colfax Ave', 'Denver, CO 80206'), totalWord: 'AMOUNT DUE', currency: 'sign' },
  { name: 'Prairie Fuel Stop', printed: 'PRAIRIE FUEL STOP', layout: 'fuel', country: 'us', lang: 'en', address: US('I-80 Exit 312', 'Lincoln, NE 68524'), totalWord: 'TOTAL SALE', currency: 'sign' },
  { name: 'Pho Saigon', printed: 'PHO SAIGON', logo: true, layout: 'restaurant', country: 'us', lang: 'en', address: US('2211 Clement St', 'San Francisco, CA 94121'), totalWord: 'TOTAL', currency: 'sign' },
  // English tickets that name no country: the person's own currency (euros here).
  { name: 'Sky Lounge Bar', printed: 'SKY LOUNGE BAR', layout: 'restaurant', country: 'none', lang: 'en', address: ['Terminal 2, Gate D', 'Thank you for flying with us'], totalWord: 'AMOUNT', currency: 'none' },
  { name: 'Urban Yoga Studio', printed: 'URBAN YOGA STUDIO', layout: 'terminal', country: 'none', lang: 'en', address: ['Studio 3, Level 1'], totalWord: 'SALE', currency: 'none' },
];
