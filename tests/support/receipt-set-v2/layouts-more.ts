/** The restaurant bill, the fuel ticket, the card slip and the A4 invoice of the second set. */
import type { Rng } from '../receipt-set/random.ts';
import {
  dateLine,
  header,
  ITEMS,
  payment,
  price,
  RATES,
  shopTicket,
  taxLines,
  totalLines,
} from './layouts.ts';
import type { Line, Merchant, Ticket } from './model.ts';
import { addDaysIso, money, num, printedDate, printedTime } from './money.ts';

const blank: Line = { left: ' ' };

/** A tip and a total written on the slip by hand, under the printed amount. */
function handTip(m: Merchant, printed: number, rng: Rng): { lines: Line[]; total: number } {
  const tip = Math.max(100, Math.round((printed * rng.int(10, 20)) / 1000) * 10);
  const fr = m.lang === 'fr';
  return {
    total: printed + tip,
    lines: [
      { left: fr ? 'POURBOIRE' : 'TIP', right: num(tip, m.country), style: 'hand' },
      { left: fr ? 'TOTAL' : 'TOTAL', right: num(printed + tip, m.country), style: 'hand' },
      { left: fr ? 'Signature' : 'Signature', style: 'small' },
    ],
  };
}

export function restaurantTicket(m: Merchant, rng: Rng, date: string): Ticket {
  const fr = m.lang === 'fr';
  const lines = header(m, rng);
  lines.push({
    left: fr
      ? `Table ${rng.int(2, 30)}  Couverts ${rng.int(1, 4)}`
      : `Table ${rng.int(2, 30)}  Guests ${rng.int(1, 4)}`,
  });
  lines.push(dateLine(m, date, rng));
  let sum = 0;
  const pool = ITEMS.restaurant[m.lang];
  for (let i = rng.int(3, 6); i > 0; i--) {
    const item = rng.pick(pool);
    const qty = rng.chance(0.3) ? 2 : 1;
    const unit = price(rng, item);
    lines.push({
      left: `${qty} ${item[0]}`,
      right: unit === 0 ? (fr ? 'offert' : 'free') : num(qty * unit, m.country),
    });
    sum += qty * unit;
  }
  lines.push({ left: '-'.repeat(30) });
  let total = sum;
  if (m.country === 'us') {
    const tax = Math.round(sum * 0.0875);
    lines.push(
      { left: 'Subtotal', right: num(sum, m.country) },
      { left: 'Sales Tax', right: num(tax, m.country) },
    );
    total += tax;
  } else if (m.country === 'uk' && rng.chance(0.5)) {
    const service = Math.round(sum * 0.125);
    lines.push(
      { left: 'Subtotal', right: num(sum, m.country) },
      { left: 'Service charge 12.5%', right: num(service, m.country) },
    );
    total += service;
  }
  lines.push(...totalLines(m, total));
  lines.push(
    ...taxLines(m, [[RATES[m.country].includes(1000) ? 1000 : (RATES[m.country][0] ?? 0), total]]).filter(
      () => RATES[m.country].length > 0,
    ),
  );
  if (m.tipByHand) {
    const hand = handTip(m, total, rng);
    lines.push(blank, ...hand.lines);
    total = hand.total;
  } else if (m.country === 'us') {
    lines.push(blank, { left: 'Suggested gratuity', style: 'small' });
    for (const pct of [15, 18, 20])
      lines.push({
        left: `${pct}% = ${num(Math.round((total * pct) / 100), m.country)}`,
        right: `total ${num(total + Math.round((total * pct) / 100), m.country)}`,
        style: 'small',
      });
  } else {
    lines.push(...payment(m, total, rng));
    if (fr) lines.push({ left: 'Service compris', style: 'small' });
  }
  lines.push(blank, { left: fr ? 'Merci et à bientôt !' : 'Thanks, see you soon!', align: 'center' });
  return { merchant: m, lines, total, date };
}

export function fuelTicket(m: Merchant, rng: Rng, date: string): Ticket {
  const fr = m.lang === 'fr';
  const us = m.country === 'us';
  const litres = rng.int(2000, 5500);
  const unit = us ? rng.int(3199, 3899) : rng.int(1599, 1899);
  const total = Math.round((litres * unit) / 1000);
  const qty = `${(litres / 100).toFixed(2)}`;
  const lines = header(m, rng);
  lines.push(dateLine(m, date, rng));
  lines.push({
    left: fr
      ? `Pompe ${rng.int(1, 8)}  GAZOLE`
      : us
        ? `Pump ${rng.int(1, 12)}  REGULAR`
        : `Pump ${rng.int(1, 12)}  DIESEL`,
  });
  lines.push({
    left: `${fr ? qty.replace('.', ',') : qty} ${us ? 'G' : 'L'} x ${(unit / 1000).toFixed(3)} ${us ? '/G' : '/L'}`,
  });
  lines.push(...totalLines(m, total));
  lines.push(...taxLines(m, [[RATES[m.country].at(-1) ?? 0, total]]).filter(() => !us));
  lines.push(...payment(m, total, rng), blank, {
    left: fr ? 'Bonne route' : 'Drive safely',
    align: 'center',
  });
  return { merchant: m, lines, total, date };
}

export function terminalSlip(m: Merchant, rng: Rng, date: string): Ticket {
  const fr = m.lang === 'fr';
  const printed = rng.int(250, 4800);
  const lines: Line[] = [
    { left: fr ? 'CARTE BANCAIRE' : 'CARDHOLDER COPY', align: 'center' },
    { left: fr ? 'SANS CONTACT' : 'CONTACTLESS', align: 'center' },
    { left: 'A0000000041010', align: 'center', style: 'small' },
    { left: m.printed, align: 'center', style: m.logo ? 'logo' : 'title' },
    ...m.address.map((a): Line => ({ left: a, align: 'center', style: 'small' })),
    { left: `${fr ? 'LE' : 'DATE'} ${printedDate(date, m.country, rng)}  ${printedTime(rng, m.country)}` },
    { left: `TPE ${rng.int(10000, 99999)}  ${fr ? 'TRANS' : 'AUTH'} ${rng.int(100000, 999999)}` },
    { left: '************4821' },
    { left: fr ? 'DEBIT' : 'SALE', align: 'center' },
    ...totalLines(m, printed),
  ];
  let total = printed;
  if (m.tipByHand) {
    const hand = handTip(m, printed, rng);
    lines.push(...hand.lines);
    total = hand.total;
  }
  lines.push(blank, {
    left: fr ? 'TICKET CLIENT A CONSERVER' : 'PLEASE RETAIN RECEIPT',
    align: 'center',
    style: 'small',
  });
  return { merchant: m, lines, total, date };
}

export function invoiceTicket(m: Merchant, rng: Rng, date: string): Ticket {
  const fr = m.lang === 'fr';
  const c = m.country;
  const lines = header(m, rng);
  const no = `${date.slice(0, 4)}-${String(rng.int(10, 999)).padStart(4, '0')}`;
  lines.push({ left: fr ? `FACTURE N° ${no}` : `INVOICE ${no}`, style: 'bold' });
  lines.push({ left: `${fr ? 'Date de facture' : 'Invoice date'} : ${printedDate(date, c, rng)}` });
  if (m.name.startsWith('Hôtel'))
    lines.push({
      left: `Arrivée : ${printedDate(addDaysIso(date, -2), c, rng)}   Départ : ${printedDate(date, c, rng)}`,
    });
  lines.push({ left: `${fr ? 'Échéance' : 'Due date'} : ${printedDate(addDaysIso(date, 30), c, rng)}` });
  lines.push({ left: fr ? 'Client : M. Laurent Girard' : 'Bill to: Ms Sarah Collins' }, blank);
  lines.push({ left: fr ? 'Désignation' : 'Description', right: fr ? 'Montant HT' : 'Amount' });
  const rate = RATES[c].at(-1) ?? 0;
  let ht = 0;
  const pool = ITEMS.invoice[m.lang];
  for (let i = rng.int(2, 4); i > 0; i--) {
    const item = rng.pick(pool);
    const amount = price(rng, item);
    lines.push({ left: item[0], right: num(amount, c) });
    ht += amount;
  }
  const vat = c === 'us' ? Math.round(ht * 0.0725) : Math.round((ht * rate) / 10_000);
  let total = ht + vat;
  lines.push(blank, { left: fr ? 'Total HT' : 'Subtotal', right: num(ht, c) });
  lines.push({
    left: c === 'us' ? 'Sales tax 7.25%' : `${fr ? 'TVA' : 'VAT'} ${(rate / 100).toFixed(1)}%`,
    right: num(vat, c),
  });
  if (m.name.startsWith('Hôtel')) {
    const stay = 2 * rng.int(150, 330);
    lines.push({ left: 'Taxe de séjour', right: num(stay, c) });
    total += stay;
  }
  const deposit = /RESTE|BALANCE/.test(m.totalWord) ? Math.round(total * 0.3) : 0;
  if (deposit) {
    lines.push({ left: fr ? 'Total TTC' : 'Total', right: money(total, c, m.currency ?? 'none') });
    lines.push({
      left: fr ? (m.name.includes('Optique') ? 'Prise en charge mutuelle' : 'Acompte versé') : 'Deposit paid',
      right: num(-deposit, c),
    });
    total -= deposit;
  }
  lines.push(...totalLines(m, total), blank);
  lines.push({
    left: fr
      ? `Règlement à ${30} jours. IBAN FR76 3000 4000 0500 0012 3456 789`
      : 'Payment within 30 days. Sort code 20-00-00',
    style: 'small',
  });
  return { merchant: m, lines, total, date };
}

export function buildTicket(m: Merchant, rng: Rng, date: string): Ticket {
  switch (m.layout) {
    case 'restaurant':
      return restaurantTicket(m, rng, date);
    case 'fuel':
      return fuelTicket(m, rng, date);
    case 'terminal':
      return terminalSlip(m, rng, date);
    case 'invoice':
      return invoiceTicket(m, rng, date);
    default:
      return shopTicket(m, rng, date);
  }
}
