/**
 * The month report as text, HTML and JSON, in the user's language. Numbers come from the SQL
 * report only; formatting is done with Intl (amount strings become numbers here for display only).
 */
import {
  CATEGORY_LABELS,
  colon,
  deFr,
  formatPercentChange,
  type LabelLang,
  type MonthReport,
} from '@voicetrack/shared';

// Category names come from shared (CATEGORY_LABELS): the report calls them as the app does.
export type ReportLang = LabelLang;

// French puts a no-break space before ":" (colon('fr')), English none: the same rule as the app.
const WORDS = {
  fr: {
    title: (m: string) => `VoiceTrack — dépenses ${deFr(m)}`,
    subject: (m: string) => `VoiceTrack — vos dépenses ${deFr(m)}`,
    count: (n: number) => `${n} dépense${n > 1 ? 's' : ''}`,
    total: 'Total',
    byCategory: 'Par catégorie',
    biggest: 'Les plus grosses',
    vsPrevious: (m: string) => `par rapport à ${m}`,
    none: 'Aucune dépense ce mois-ci.',
    cost: (usd: string) => `Coût de la transcription et de l’analyse ce mois-ci${colon('fr')} ${usd}`,
    outside: (n: number) => `${n} autre${n > 1 ? 's' : ''} à compléter ou à confirmer, hors total`,
    top: 'Premier poste',
    shared: (name: string, part: string, bills: string) =>
      `dont partagé (${name})${colon('fr')} ${part}, votre part de ${bills}`,
  },
  en: {
    title: (m: string) => `VoiceTrack — spending in ${m}`,
    subject: (m: string) => `VoiceTrack — your spending in ${m}`,
    count: (n: number) => `${n} expense${n > 1 ? 's' : ''}`,
    total: 'Total',
    byCategory: 'By category',
    biggest: 'Biggest',
    vsPrevious: (m: string) => `vs ${m}`,
    none: 'No expenses this month.',
    cost: (usd: string) => `Transcription and parsing cost this month${colon('en')} ${usd}`,
    outside: (n: number) => `${n} more to complete or confirm, not in the total`,
    top: 'Biggest category',
    shared: (name: string, part: string, bills: string) =>
      `of which shared (${name}): ${part}, your share of ${bills}`,
  },
};

const locale = (lang: ReportLang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** The e-mail's subject: "VoiceTrack — vos dépenses d’octobre 2026". */
export const reportSubject = (month: string, lang: ReportLang): string =>
  WORDS[lang].subject(monthName(month, lang));

/** The expenses the totals add up (with an amount, not waiting for a confirmation): what the count says. */
export const countedIn = (report: MonthReport): number => report.totals.reduce((n, t) => n + t.count, 0);

/** "12 dépenses" and, apart, those outside the total: a count never disagrees with the total beside it. */
function countLine(report: MonthReport, lang: ReportLang): string {
  const counted = countedIn(report);
  const outside = report.count - counted;
  return `${WORDS[lang].count(counted)}${outside > 0 ? ` (${WORDS[lang].outside(outside)})` : ''}`;
}

/** The providers' cost in the locale's way: "0,0042 $US", "US$0.0042" (fractions of a cent kept). */
function formatUsd(usd: string, lang: ReportLang): string {
  return new Intl.NumberFormat(locale(lang), {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 6,
  }).format(Number(usd));
}

/** A day as the app writes it: "12 oct.", "12 Oct". */
const shortDay = (date: string, lang: ReportLang) =>
  new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );

export function formatMoney(amount: string, currency: string, lang: ReportLang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency }).format(Number(amount));
}

export function monthName(month: string, lang: ReportLang): string {
  return new Intl.DateTimeFormat(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}

/** « dont partagé (Coloc) : 24,00 €, votre part de 48,00 € »: the household lines under a currency's total. */
export function sharedLines(report: MonthReport, currency: string, lang: ReportLang): string[] {
  return (report.shared ?? [])
    .filter((s) => s.currency === currency)
    .map((s) =>
      WORDS[lang].shared(
        s.name,
        formatMoney(s.amount, s.currency, lang),
        formatMoney(s.bills, s.currency, lang),
      ),
    );
}

const signed = (amount: string, currency: string, lang: ReportLang) =>
  `${amount.startsWith('-') ? '−' : '+'}${formatMoney(amount.replace('-', ''), currency, lang)}`;

/** The comparison with the previous month, per currency: "+45,20 € (+12,5 %)". */
export function changeLines(report: MonthReport, lang: ReportLang): string[] {
  return report.changes.map((c) => {
    const pct = c.percent === null ? '' : ` (${formatPercentChange(c.percent, lang)})`;
    return `${signed(c.amount, c.currency, lang)}${pct} ${WORDS[lang].vsPrevious(monthName(report.previous.month, lang))}`;
  });
}

export function reportText(report: MonthReport, lang: ReportLang, summary: string, costUsd?: string): string {
  const w = WORDS[lang];
  const c = colon(lang);
  const lines = [w.title(monthName(report.month, lang)), '', summary, ''];
  if (costUsd !== undefined) lines.push(w.cost(formatUsd(costUsd, lang)), '');
  if (report.count === 0) return [...lines, w.none].join('\n');
  lines.push(countLine(report, lang));
  for (const t of report.totals) {
    lines.push(`${w.total} ${t.currency}${c} ${formatMoney(t.amount, t.currency, lang)}`);
    for (const line of sharedLines(report, t.currency, lang)) lines.push(`  ${line}`);
  }
  lines.push(...changeLines(report, lang), '', `${w.byCategory}${c}`);
  for (const row of report.byCategory) {
    lines.push(
      `- ${CATEGORY_LABELS[lang][row.category]}${c} ${formatMoney(row.amount, row.currency, lang)} (${row.count})`,
    );
  }
  lines.push('', `${w.biggest}${c}`);
  for (const e of report.biggest) {
    lines.push(
      `- ${shortDay(e.date, lang)}, ${e.description || CATEGORY_LABELS[lang][e.category]}${c} ${formatMoney(e.amount ?? '0', e.currency, lang)}`,
    );
  }
  return lines.join('\n');
}

const escapeHtml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export function reportHtml(report: MonthReport, lang: ReportLang, summary: string, costUsd?: string): string {
  const w = WORDS[lang];
  const title = escapeHtml(w.title(monthName(report.month, lang)));
  const rows = (cells: string[][]) =>
    cells.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('');
  const body =
    report.count === 0
      ? `<p>${escapeHtml(w.none)}</p>`
      : [
          `<p><strong>${escapeHtml(countLine(report, lang))}</strong></p>`,
          `<ul>${report.totals
            .map(
              (t) =>
                `<li>${escapeHtml(`${w.total} ${t.currency}${colon(lang)} ${formatMoney(t.amount, t.currency, lang)}`)}${sharedLines(
                  report,
                  t.currency,
                  lang,
                )
                  .map((l) => `<br>${escapeHtml(l)}`)
                  .join('')}</li>`,
            )
            .join('')}</ul>`,
          `<p>${changeLines(report, lang).map(escapeHtml).join('<br>')}</p>`,
          `<h2>${escapeHtml(w.byCategory)}</h2><table>${rows(report.byCategory.map((c) => [CATEGORY_LABELS[lang][c.category], formatMoney(c.amount, c.currency, lang), String(c.count)]))}</table>`,
          `<h2>${escapeHtml(w.biggest)}</h2><table>${rows(report.biggest.map((e) => [shortDay(e.date, lang), e.description || CATEGORY_LABELS[lang][e.category], formatMoney(e.amount ?? '0', e.currency, lang)]))}</table>`,
        ].join('\n');
  const cost = costUsd === undefined ? '' : `<p>${escapeHtml(w.cost(formatUsd(costUsd, lang)))}</p>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${escapeHtml(summary)}</p>${cost}${body}</body></html>`;
}

/** A plain written summary, used without a key or when the model's numbers do not check out. */
export function plainSummary(report: MonthReport, lang: ReportLang): string {
  const month = monthName(report.month, lang);
  if (report.count === 0) return WORDS[lang].none;
  const totals = report.totals
    .map((t) => formatMoney(t.amount, t.currency, lang))
    .join(lang === 'fr' ? ' et ' : ' and ');
  const first = report.byCategory[0];
  const topText = first
    ? `${CATEGORY_LABELS[lang][first.category]} (${formatMoney(first.amount, first.currency, lang)})`
    : '';
  const change = changeLines(report, lang)[0] ?? '';
  const count = WORDS[lang].count(countedIn(report));
  const top = topText ? ` ${WORDS[lang].top}${colon(lang)} ${topText}.` : '';
  return lang === 'fr'
    ? `En ${month}, ${count} pour ${totals}${change ? `, soit ${change}` : ''}.${top}`
    : `In ${month}, ${count} for ${totals}${change ? `, ${change}` : ''}.${top}`;
}
