import { describe, expect, it } from 'vitest';
import { agentOfService } from './category-forms.ts';
import { parseExpenseText } from './parse-expense-text.ts';
import { TEST_OPTS } from './testing/test-parse.ts';

const first = (text: string) => parseExpenseText(text, TEST_OPTS).expenses[0];

describe('a French phrase read by its head (category-heads.ts)', () => {
  it('reads a rental, a fee or a pass by its object, past « un », « une », « ma »', () => {
    expect(first("la location d'un kayak de mer, 30 €")?.category).toBe('leisure');
    expect(first("la location d'une camionnette, 70 €")?.category).toBe('transport');
    expect(first('la mensualité de ma voiture, 200 €')?.category).toBe('transport');
  });

  it('is not sure of a frame word whose object no table knows', () => {
    // « le permis de chasse » is no driving licence, « la carte de pêcheur » no phone card.
    expect(first('le permis de chasse, 160 €')?.categorySure).toBe(false);
    expect(first('le permis de conduire, 1200 €')).toMatchObject({
      category: 'education',
      categorySure: true,
    });
  });

  it('is not sure of a ride, a bill or a stay said for someone: it may be a present', () => {
    expect(first('une trottinette pour les huit ans de ma nièce, 80 €')?.categorySure).toBe(false);
    expect(first('une trottinette électrique, 300 €')?.categorySure).toBe(true);
  });

  it('reads a drink counted by its crate, its pack or its bottle as bought to drink at home', () => {
    expect(first('un carton de bières, 16 €')?.category).toBe('groceries');
    expect(first('un pack de 12 bières, 9 €')?.category).toBe('groceries');
    expect(first('une bouteille de pastis, 22 €')?.category).toBe('groceries');
    // Served where it was bought, it is a drink out.
    expect(first('une bière au bar, 5 €')?.category).toBe('dining');
    expect(first('un pastis au bar de la plage, 4 €')?.category).toBe('dining');
  });

  it('reads a meal said after « pour » as what the food is for, not a meal out', () => {
    expect(first("des cacahuètes pour l'apéro, 3 €")?.category).toBe('groceries');
    expect(first('des brioches pour le petit-déjeuner, 5 €')).toMatchObject({
      category: 'groceries',
      categorySure: false,
    });
    expect(first('un dîner au restaurant, 40 €')?.category).toBe('dining');
  });
});

describe("a service's agent read through its service (category-forms.ts)", () => {
  it.each([
    ['ramonage', 'ramoneur'],
    ['elagage', 'elagueur'],
    ['deratisation', 'deratiseur'],
    ['demenagement', 'demenageur'],
  ])('%s → %s', (service, agent) => {
    expect(agentOfService(service)).toBe(agent);
  });

  it('derives no agent of a short stem, nor « chauffeur » of « chauffage »', () => {
    expect(agentOfService('garage')).toBeNull();
    expect(agentOfService('chauffage')).toBeNull();
  });

  it('reads an agent no table lists by its service, unsure', () => {
    expect(first('le désinsectiseur pour les cafards, 120 €')).toMatchObject({
      category: 'housing',
      categorySure: false,
    });
  });
});

describe('everyday French nouns and their regional names (lexicon-fr-everyday.ts)', () => {
  it.each([
    ['des patates et des chicons, 6 €', 'groceries'],
    ['une tondeuse, 250 €', 'housing'],
    ['le dérailleur du vélo, 35 €', 'transport'],
    ['une semaine en demi-pension, 700 €', 'travel'],
    ['un appareil auditif, 1200 €', 'health'],
  ])('« %s » is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it("reads a kayak as a boat, not the travel site, and a pet's training as its care", () => {
    expect(first('un kayak gonflable, 300 €')?.category).toBe('leisure');
    expect(first('le dressage du chien, 50 €')?.category).toBe('other');
  });
});

describe("a vehicle's repair or shop is the vehicle's (cats32)", () => {
  it.each([
    ['the bike repair shop fixed my gears, 30 euros', 'transport'],
    ['the car repair shop, 200 euros', 'transport'],
    ['a car repair, 300 euros', 'transport'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // Another English compound keeps its head.
    ['a bike helmet, 40 euros', 'shopping'],
    ['the phone repair shop, a new screen, 90 euros', 'shopping'],
    ['coffee beans, 9 euros', 'groceries'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe('phones said in the plural are the devices or their lines, as in the singular (cats32)', () => {
  it.each([
    ["le réparateur de téléphones pour l'écran, 80 €", 'shopping'],
    ['des coques de téléphones, 20 €', 'shopping'],
    // A line's word in the plural keeps the line's.
    ['deux forfaits de téléphone, 40 €', 'utilities'],
    ['les abonnements de téléphones, 40 €', 'utilities'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});

describe("a thing's head read with what it is for or made of (category-heads.ts)", () => {
  it.each([
    // A thing of the home for a pet is the pet's, bought.
    ['a dog bed, 45 euros', 'shopping'],
    ['a blanket for the cat, 20 euros', 'shopping'],
    ['un lit pour le chien, 40 €', 'shopping'],
    // A thing of the home for a baby is the baby's, bought.
    ['a cot for the baby, 100 euros', 'shopping'],
    ['un lit pour bébé, 100 €', 'shopping'],
    // A treat for a pet is its care, no meal out.
    ['des friandises pour le chien, 6 €', 'other'],
    ['des friandises pour mon chat, 5 €', 'other'],
    // A word of food or drink made of a material is the thing.
    ['des verres en cristal, 40 €', 'shopping'],
    ['un verre en plastique, 1 €', 'shopping'],
    // A thing no table knows, said with « une », "a", for a vehicle or a care: the thing, bought.
    ['une glacière pour le coffre, 40 €', 'shopping'],
    ['a pet carrier for the vet, 30 euros', 'shopping'],
  ])('"%s" is %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });

  it.each([
    // No pet: the home's; a pet's care stays other.
    ['a bed for the spare room, 300 euros', 'housing'],
    ['un lit pour le petit, 200 €', 'housing'],
    ['la pension du chien, 100 €', 'other'],
    // A treat for a child, or at a restaurant, stays a meal's.
    ['des friandises pour les enfants, 6 €', 'dining'],
    ['un menu au resto pour le chien, 6 €', 'dining'],
    // « en » and no material: the drink or the food.
    ['un verre de vin, 5 €', 'dining'],
    ['du café en grains, 9 €', 'groceries'],
    ['du chocolat en poudre, 4 €', 'groceries'],
    // A meeting, a deposit or a quote is no thing; a known thing keeps its word; a stay is no vehicle.
    ['un rendez-vous pour le dentiste, 60 €', 'health'],
    ['un devis pour la voiture, 50 €', 'transport'],
    ['a deposit for the car, 500 euros', 'transport'],
    ['des pneus pour la voiture, 300 €', 'transport'],
    ['a room for the night, 90 euros', 'travel'],
  ])('"%s" stays %s', (text, category) => {
    expect(first(text)?.category).toBe(category);
  });
});
