/**
 * The money of the never-dropped notes (never-dropped-notes.ts), French and English: figures,
 * decimals, words, « balles », "bucks", "quid", codes and symbols before or after, a thousand
 * written with a space or a comma; each form knows its amount in cents.
 */
import { enWords, frWords, type Pick } from './note-grammar.ts';

export interface Money {
  text: string;
  cents: number;
  form: string;
}

const CENTS = [50, 99, 25, 90, 10, 5, 75, 20];

export function frMoney(pick: Pick, rnd: () => number, small: boolean): Money {
  const n = small ? 1 + Math.floor(rnd() * 9) : 1 + Math.floor(rnd() * (rnd() < 0.8 ? 99 : 900));
  const c = pick(CENTS);
  const forms: Money[] = [
    { form: 'fr:n €', text: `${n} €`, cents: n * 100 },
    { form: 'fr:n euros', text: `${n} euros`, cents: n * 100 },
    { form: 'fr:n balles', text: `${n} balles`, cents: n * 100 },
    { form: 'fr:n,cc €', text: `${n},${String(c).padStart(2, '0')} €`, cents: n * 100 + c },
    { form: 'fr:n,cc', text: `${n},${String(c).padStart(2, '0')}`, cents: n * 100 + c },
    { form: 'fr:n euros cc', text: `${n} euros ${String(c).padStart(2, '0')}`, cents: n * 100 + c },
    { form: 'fr:n€', text: `${n}€`, cents: n * 100 },
    { form: 'fr:n€cc', text: `${n}€${String(c).padStart(2, '0')}`, cents: n * 100 + c },
    { form: 'fr:n euros et cc centimes', text: `${n} euros et ${c} centimes`, cents: n * 100 + c },
    { form: 'fr:n EUR', text: `${n} EUR`, cents: n * 100 },
    { form: 'fr:n,c €', text: `${n},${Math.floor(c / 10)} €`, cents: n * 100 + Math.floor(c / 10) * 10 },
    { form: 'fr:1 nnn €', text: `1 ${String(n).padStart(3, '0')} €`, cents: (1000 + n) * 100 },
  ];
  if (n < 100) {
    forms.push({
      form: 'fr:mots euros',
      text: `${frWords(n)} ${n === 1 ? 'euro' : 'euros'}`,
      cents: n * 100,
    });
    forms.push({
      form: 'fr:mots balles',
      text: n === 1 ? 'une balle' : `${frWords(n)} balles`,
      cents: n * 100,
    });
    const cw = frWords(c);
    forms.push({ form: 'fr:mots euros mots', text: `${frWords(n)} euros ${cw}`, cents: n * 100 + c });
  }
  forms.push({ form: 'fr:n,cc€', text: `${n},${String(c).padStart(2, '0')}€`, cents: n * 100 + c });
  forms.push({ form: 'fr:€ n', text: `€ ${n}`, cents: n * 100 });
  return pick(forms);
}

export function enMoney(pick: Pick, rnd: () => number, small: boolean): Money {
  const n = small ? 1 + Math.floor(rnd() * 9) : 1 + Math.floor(rnd() * (rnd() < 0.8 ? 99 : 900));
  const c = pick(CENTS);
  const cc = String(c).padStart(2, '0');
  const forms: Money[] = [
    { form: 'en:n dollars', text: `${n} dollars`, cents: n * 100 },
    { form: 'en:$n', text: `$${n}`, cents: n * 100 },
    { form: 'en:n bucks', text: `${n} bucks`, cents: n * 100 },
    { form: 'en:n euros', text: `${n} euros`, cents: n * 100 },
    { form: 'en:€n', text: `€${n}`, cents: n * 100 },
    { form: 'en:$n.cc', text: `$${n}.${cc}`, cents: n * 100 + c },
    { form: 'en:n.cc', text: `${n}.${cc}`, cents: n * 100 + c },
    { form: 'en:£n', text: `£${n}`, cents: n * 100 },
    { form: 'en:€n.cc', text: `€${n}.${cc}`, cents: n * 100 + c },
    { form: 'en:n dollars and cc cents', text: `${n} dollars and ${c} cents`, cents: n * 100 + c },
    { form: 'en:n $', text: `${n} $`, cents: n * 100 },
    { form: 'en:USD n', text: `USD ${n}`, cents: n * 100 },
    { form: 'en:1,nnn dollars', text: `1,${String(n).padStart(3, '0')} dollars`, cents: (1000 + n) * 100 },
    {
      form: 'en:words bucks',
      text: `${enWords(n % 100 || 1)} ${n % 100 === 1 ? 'buck' : 'bucks'}`,
      cents: (n % 100 || 1) * 100,
    },
  ];
  if (n < 100) forms.push({ form: 'en:words quid', text: `${enWords(n)} quid`, cents: n * 100 });
  forms.push(
    { form: 'en:$ n', text: `$ ${n}`, cents: n * 100 },
    { form: 'en:n.cc€', text: `${n}.${cc}€`, cents: n * 100 + c },
  );
  if (n < 100)
    forms.push({
      form: 'en:words dollars',
      text: `${enWords(n)} ${n === 1 ? 'dollar' : 'dollars'}`,
      cents: n * 100,
    });
  return pick(forms);
}
