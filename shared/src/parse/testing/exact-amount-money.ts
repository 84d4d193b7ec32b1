/**
 * One price said one way, for the exact-amount notes (exact-amount-notes.ts): a price drawn
 * (pickPrice), then one of its spoken forms (exact-amount-forms.ts) picked, knowing its amount in
 * cents and its currency: euros when none is said, as the labelled sets read it.
 */
import { enForms, frForms } from './exact-amount-forms.ts';
import type { Pick } from './note-grammar.ts';

export interface SpokenMoney {
  text: string;
  cents: number;
  currency: string;
  /** The same amount in bare figures (« 16 », « 16,50 »), for a correction that keeps the currency said before. */
  figure: string;
  form: string;
}

/** A price: mostly under 100, some in the hundreds, a few in the thousands; cents about half the time. */
export function pickPrice(rnd: () => number, pick: Pick): { units: number; cents: number } {
  const r = rnd();
  const units =
    r < 0.7
      ? 1 + Math.floor(rnd() * 99)
      : r < 0.95
        ? 100 + Math.floor(rnd() * 900)
        : 1000 + Math.floor(rnd() * 2000);
  const cents =
    units < 1000 && rnd() < 0.5 ? pick([10, 20, 25, 30, 40, 45, 50, 60, 75, 80, 90, 95, 99, 5]) : 0;
  return { units, cents };
}

/** One price in one spoken form; `currency`, when given, keeps to the forms of that money. */
export function spokenMoney(
  lang: 'fr' | 'en',
  price: { units: number; cents: number },
  pick: Pick,
  currency?: string,
): SpokenMoney {
  const all = (lang === 'fr' ? frForms : enForms)(price.units, price.cents);
  const fitting = currency ? all.filter(([, , cur = 'EUR']) => cur === currency) : all;
  const [form, text, cur = 'EUR'] = pick(fitting.length > 0 ? fitting : all);
  const sep = lang === 'fr' ? ',' : '.';
  const figure =
    price.cents === 0 ? `${price.units}` : `${price.units}${sep}${String(price.cents).padStart(2, '0')}`;
  return { text, cents: price.units * 100 + price.cents, currency: cur, figure, form };
}
