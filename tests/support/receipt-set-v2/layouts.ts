/**
 * The ticket of each layout for one merchant: its lines and what it means (the total paid and
 * the sale's date). Subtotals, VAT at several rates, discounts, deposits, the insurer's share,
 * suggested tips, cash and change, due dates and validity dates are printed as traps.
 */
import type { Rng } from '../receipt-set/random.ts';
import type { Layout, Line, Merchant, Ticket } from './model.ts';
import { addDaysIso, type Country, money, num, printedDate, printedTime, vatIn } from './money.ts';

type Item = readonly [string, number, number];
const ITEMS: Record<Layout, { fr: readonly Item[]; en: readonly Item[] }> = {
  supermarket: {
    fr: [
      ['PAIN DE CAMPAGNE', 280, 450],
      ['CROISSANT X4', 380, 520],
      ['COMTE 18 MOIS', 690, 1290],
      ['CONFITURE ABRICOT', 390, 620],
      ['VIN BLANC SANCERRE', 1450, 2390],
      ['CAHIER A4', 250, 490],
      ['ROMAN POCHE', 790, 990],
      ['BOUQUET PIVOINES', 1500, 3200],
      ['TOMATES COEUR', 320, 590],
      ['MIEL DE LAVANDE', 690, 1190],
    ],
    en: [
      ['SOURDOUGH LOAF', 320, 480],
      ['PAPERBACK NOVEL', 899, 1299],
      ['MILK 2 PINT', 125, 165],
      ['SCREWDRIVER SET', 1299, 2499],
      ['LIGHT BULB LED', 399, 799],
      ['ORANGE JUICE 1L', 199, 349],
      ['CHOCOLATE BAR', 99, 189],
      ['BIN BAGS X20', 249, 399],
      ['NOTEBOOK', 299, 599],
      ['COFFEE BEANS 250G', 599, 899],
    ],
  },
  restaurant: {
    fr: [
      ['Plat du jour', 1350, 1690],
      ['Galette complète', 950, 1250],
      ['Pizza regina', 1200, 1500],
      ['Café gourmand', 750, 890],
      ['Verre de vin', 500, 750],
      ['Carafe d eau', 0, 0],
      ['Frites sauce', 350, 550],
      ['Tarte tatin', 650, 850],
      ['Bière pression', 550, 750],
    ],
    en: [
      ['Fish and chips', 1295, 1695],
      ['Burger deluxe', 1350, 1750],
      ['Pho tai', 1295, 1595],
      ['Pint of ale', 495, 695],
      ['Caesar salad', 995, 1395],
      ['Latte', 350, 495],
      ['Pancakes', 895, 1195],
      ['Iced tea', 295, 395],
      ['Apple pie', 595, 795],
    ],
  },
  pharmacy: {
    fr: [
      ['DOLIPRANE 1000MG', 195, 260],
      ['SERUM PHYSIO X40', 390, 590],
      ['CREME SOLAIRE SPF50', 1290, 1990],
      ['VITAMINE C', 590, 890],
    ],
    en: [
      ['IBUPROFEN 200MG', 299, 599],
      ['VITAMIN D3', 699, 1299],
      ['PLASTERS X20', 249, 449],
      ['COUGH SYRUP', 599, 899],
    ],
  },
  fuel: { fr: [], en: [] },
  terminal: { fr: [], en: [] },
  invoice: {
    fr: [
      ["Main d'oeuvre (2,5 h)", 12000, 22000],
      ['Pièces détachées', 8000, 65000],
      ['Forfait déplacement', 3500, 6000],
      ['Nuitée chambre double', 8900, 14900],
      ['Leçon de conduite (x5)', 22000, 27500],
      ['Monture et verres', 18000, 42000],
    ],
    en: [
      ['Labour (3 hrs)', 18000, 27000],
      ['Parts and materials', 9500, 78000],
      ['Call-out charge', 4500, 8500],
      ['Brake pads front', 8900, 16900],
    ],
  },
};

const price = (rng: Rng, [, lo, hi]: Item): number => rng.int(lo, hi);
const blank: Line = { left: ' ' };

function header(m: Merchant, rng: Rng): Line[] {
  const lines: Line[] = [];
  if (m.layout !== 'terminal' && rng.chance(0.2))
    lines.push({ left: m.lang === 'fr' ? 'Bienvenue' : 'Welcome to', align: 'center', style: 'small' });
  lines.push({ left: m.printed, align: 'center', style: m.logo ? 'logo' : 'title' });
  for (const a of m.address) lines.push({ left: a, align: 'center', style: 'small' });
  return [...lines, blank];
}

/** The total's line(s), placed as the merchant prints it. */
function totalLines(m: Merchant, total: number): Line[] {
  const amount = money(total, m.country, m.currency ?? 'none');
  if (m.totalAt === 'next')
    return [
      { left: m.totalWord, style: 'bold' },
      { left: ' ', right: amount, style: 'bold' },
    ];
  if (m.totalAt === 'colon') return [{ left: `${m.totalWord}: ${amount}`, style: 'bold' }];
  return [{ left: m.totalWord, right: amount, style: 'bold' }];
}

function dateLine(m: Merchant, date: string, rng: Rng): Line {
  const d = `${printedDate(date, m.country, rng)} ${printedTime(rng, m.country)}`;
  return rng.pick(
    m.lang === 'fr'
      ? [{ left: `Le ${d}` }, { left: d, right: 'Caisse 2' }, { left: `Date : ${d}` }]
      : [{ left: d }, { left: `Date: ${d}` }, { left: d, right: 'Till 1' }],
  );
}

/** VAT rows at each rate (French 5,5/10/20 %, Swiss 2,6/8,1 %, British 20 %, US sales tax). */
function taxLines(m: Merchant, parts: readonly [number, number][]): Line[] {
  const c = m.country;
  if (c === 'us') return [];
  return parts.map(([bp, ttc]) => {
    const rate = (bp / 100).toFixed(1).replace('.', c === 'fr' || c === 'be' ? ',' : '.');
    const word = m.lang === 'fr' ? (c === 'ch' ? 'TVA' : 'dont TVA') : 'VAT';
    return { left: `${word} ${rate}%`, right: num(vatIn(ttc, bp), c), style: 'small' };
  });
}

const RATES: Record<Country, readonly number[]> = {
  fr: [550, 1000, 2000],
  be: [600, 2100],
  ch: [260, 810],
  uk: [2000],
  us: [],
  none: [],
};

function payment(m: Merchant, total: number, rng: Rng): Line[] {
  const fr = m.lang === 'fr';
  if (rng.chance(0.3)) {
    const given = Math.ceil(total / 1000) * 1000 + (rng.chance(0.5) ? 1000 : 0);
    return [
      { left: fr ? 'ESPECES' : 'CASH', right: num(given, m.country) },
      { left: fr ? 'RENDU' : 'CHANGE', right: num(given - total, m.country) },
    ];
  }
  return [
    {
      left: fr
        ? rng.pick(['CB', 'CARTE BANCAIRE', 'CB SANS CONTACT'])
        : rng.pick(['VISA', 'CARD', 'CONTACTLESS']),
      right: num(total, m.country),
    },
  ];
}

function shopTicket(m: Merchant, rng: Rng, date: string): Ticket {
  const pool = ITEMS[m.layout][m.lang].length ? ITEMS[m.layout][m.lang] : ITEMS.supermarket[m.lang];
  const fr = m.lang === 'fr';
  const lines = header(m, rng);
  const rates = RATES[m.country];
  const byRate = new Map<number, number>();
  let sum = 0;
  for (let i = rng.int(3, 7); i > 0; i--) {
    const item = rng.pick(pool);
    const qty = rng.chance(0.25) ? rng.int(2, 3) : 1;
    const unit = price(rng, item);
    if (unit === 0) continue;
    if (qty > 1)
      lines.push(
        { left: item[0] },
        { left: `  ${qty} x ${num(unit, m.country)}`, right: num(qty * unit, m.country) },
      );
    else lines.push({ left: item[0], right: num(unit, m.country) });
    sum += qty * unit;
    const bp = rates.length ? rng.pick(rates) : 0;
    byRate.set(bp, (byRate.get(bp) ?? 0) + qty * unit);
  }
  let total = sum;
  lines.push({ left: '-'.repeat(30) });
  if (rng.chance(0.4) || m.layout === 'pharmacy') {
    lines.push({ left: fr ? 'SOUS-TOTAL' : 'SUBTOTAL', right: num(sum, m.country) });
    if (m.layout === 'pharmacy') {
      const insurer = Math.round(sum * 0.6);
      lines.push({
        left: fr ? 'PART MUTUELLE' : m.country === 'us' ? 'INSURANCE PAID' : 'NHS EXEMPT',
        right: num(-insurer, m.country),
      });
      total -= insurer;
    } else {
      const off = rng.int(100, Math.min(900, Math.round(sum / 4)));
      lines.push({ left: fr ? 'REMISE FIDELITE' : 'DISCOUNT', right: num(-off, m.country) });
      total -= off;
    }
  }
  if (m.country === 'us') {
    const tax = Math.round(total * 0.0825);
    lines.push({ left: 'SALES TAX 8.25%', right: num(tax, m.country) });
    total += tax;
  }
  lines.push(...totalLines(m, total), ...payment(m, total, rng), blank);
  lines.push(
    ...taxLines(
      m,
      [...byRate].filter(([bp]) => bp > 0),
    ),
  );
  lines.push(dateLine(m, date, rng));
  if (fr && rng.chance(0.5))
    lines.push({
      left: `Avoir valable jusqu'au ${printedDate(addDaysIso(date, 30), m.country, rng)}`,
      style: 'small',
    });
  if (!fr && rng.chance(0.5))
    lines.push({
      left: `Returns accepted until ${printedDate(addDaysIso(date, 28), m.country, rng)}`,
      style: 'small',
    });
  lines.push({ left: fr ? 'Merci de votre visite' : 'Thank you', align: 'center' });
  return { merchant: m, lines, total, date };
}

export { dateLine, header, ITEMS, payment, price, RATES, shopTicket, taxLines, totalLines };
