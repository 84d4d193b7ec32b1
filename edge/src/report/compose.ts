/**
 * The month report as text, HTML and JSON, in the user's language. Numbers come from the SQL
 * report only; formatting is done with Intl (amount strings become numbers here for display only).
 */
import { CATEGORY_LABELS, type LabelLang, type MonthReport } from '@voicetrack/shared';

// Category names come from shared (CATEGORY_LABELS): the report calls them as the app does.
export type ReportLang = LabelLang;

const WORDS = {
  fr: {
    title: (m: string) => `VoiceTrack — dépenses de ${m}`,
    count: (n: number) => `${n} dépense${n > 1 ? 's' : ''}`,
    total: 'Total',
    byCategory: 'Par catégorie',
    biggest: 'Les plus grosses',
    vsPrevious: (m: string) => `par rapport à ${m}`,
    none: 'Aucune dépense ce mois-ci.',
    cost: (usd: string) => `Coût de la transcription et de l’analyse ce mois-ci : ${usd} $`,
    review: (n: number) => `${n} à vérifier`,
  },
  en: {
    title: (m: string) => `VoiceTrack — spending in ${m}`,
    count: (n: number) => `${n} expense${n > 1 ? 's' : ''}`,
    total: 'Total',
    byCategory: 'By category',
    biggest: 'Biggest',
    vsPrevious: (m: string) => `vs ${m}`,
    none: 'No expenses this month.',
    cost: (usd: string) => `Transcription and parsing cost this month: $${usd}`,
    review: (n: number) => `${n} to review`,
  },
};

const locale = (lang: ReportLang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

export function formatMoney(amount: string, currency: string, lang: ReportLang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency }).format(Number(amount));
}

export function monthName(month: string, lang: ReportLang): string {
  return new Intl.DateTimeFormat(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );
}

const signed = (amount: string, currency: string, lang: ReportLang) =>
  `${amount.startsWith('-') ? '−' : '+'}${formatMoney(amount.replace('-', ''), currency, lang)}`;

/** The comparison with the previous month, per currency: "+45,20 € (+12,5 %)". */
export function changeLines(report: MonthReport, lang: ReportLang): string[] {
  return report.changes.map((c) => {
    const pct =
      c.percent === null ? '' : ` (${c.percent > 0 ? '+' : ''}${c.percent.toLocaleString(locale(lang))} %)`;
    return `${signed(c.amount, c.currency, lang)}${pct} ${WORDS[lang].vsPrevious(monthName(report.previous.month, lang))}`;
  });
}

export function reportText(report: MonthReport, lang: ReportLang, summary: string, costUsd?: string): string {
  const w = WORDS[lang];
  const lines = [w.title(monthName(report.month, lang)), '', summary, ''];
  if (costUsd !== undefined) lines.push(w.cost(costUsd), '');
  if (report.count === 0) return [...lines, w.none].join('\n');
  lines.push(`${w.count(report.count)}${report.needsReview ? ` (${w.review(report.needsReview)})` : ''}`);
  for (const t of report.totals)
    lines.push(`${w.total} ${t.currency}: ${formatMoney(t.amount, t.currency, lang)}`);
  lines.push(...changeLines(report, lang), '', `${w.byCategory}:`);
  for (const c of report.byCategory) {
    lines.push(
      `- ${CATEGORY_LABELS[lang][c.category]}: ${formatMoney(c.amount, c.currency, lang)} (${c.count})`,
    );
  }
  lines.push('', `${w.biggest}:`);
  for (const e of report.biggest) {
    lines.push(
      `- ${e.date} ${e.description || CATEGORY_LABELS[lang][e.category]}: ${formatMoney(e.amount ?? '0', e.currency, lang)}`,
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
          `<p><strong>${escapeHtml(w.count(report.count))}</strong></p>`,
          `<ul>${report.totals.map((t) => `<li>${escapeHtml(`${w.total} ${t.currency}: ${formatMoney(t.amount, t.currency, lang)}`)}</li>`).join('')}</ul>`,
          `<p>${changeLines(report, lang).map(escapeHtml).join('<br>')}</p>`,
          `<h2>${escapeHtml(w.byCategory)}</h2><table>${rows(report.byCategory.map((c) => [CATEGORY_LABELS[lang][c.category], formatMoney(c.amount, c.currency, lang), String(c.count)]))}</table>`,
          `<h2>${escapeHtml(w.biggest)}</h2><table>${rows(report.biggest.map((e) => [e.date, e.description || CATEGORY_LABELS[lang][e.category], formatMoney(e.amount ?? '0', e.currency, lang)]))}</table>`,
        ].join('\n');
  const cost = costUsd === undefined ? '' : `<p>${escapeHtml(w.cost(costUsd))}</p>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${escapeHtml(summary)}</p>${cost}${body}</body></html>`;
}

/** A plain written summary, used without a key or when the model's numbers do not check out. */
export function plainSummary(report: MonthReport, lang: ReportLang): string {
  const month = monthName(report.month, lang);
  if (report.count === 0) return WORDS[lang].none;
  const totals = report.totals
    .map((t) => formatMoney(t.amount, t.currency, lang))
    .join(lang === 'fr' ? ' et ' : ' and ');
  const top = report.byCategory[0];
  const topText = top
    ? `${CATEGORY_LABELS[lang][top.category]} (${formatMoney(top.amount, top.currency, lang)})`
    : '';
  const change = changeLines(report, lang)[0] ?? '';
  return lang === 'fr'
    ? `En ${month}, ${WORDS.fr.count(report.count)} pour ${totals}${change ? `, soit ${change}` : ''}. Premier poste : ${topText}.`
    : `In ${month}, ${WORDS.en.count(report.count)} for ${totals}${change ? `, ${change}` : ''}. Biggest category: ${topText}.`;
}
