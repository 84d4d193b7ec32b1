/**
 * The month in pictures, hand-drawn SVG loaded with the month view: per currency, a bar per
 * category with its budget's mark (over budget in the alert colour), and the last six months'
 * totals. Each chart is one image (role="img") named by its title and described in words by its
 * <desc>, so a screen reader hears the same figures; colours come from the page's light or dark
 * theme (month-chart.css).
 */
import type { Expense } from '@voicetrack/shared';
import { CATEGORY_ICONS } from '../i18n/capture-screen.ts';
import { formatAmount } from '../i18n/format.ts';
import type { Strings } from '../i18n/index.ts';
import { type Lang, localeOf } from '../i18n/lang.ts';
import { MONEY_STRINGS } from '../i18n/money.ts';
import { type CategoryChart, categoryCharts, lastSixMonths } from './chart-data.ts';
import type { MoneyRow } from './money-rows.ts';
import './month-chart.css';

const W = 320;
const LABEL = 112;
const BAR = W - LABEL - 8;
const ROW = 26;

function CategoryChartView({ chart, t, lang }: { chart: CategoryChart; t: Strings; lang: Lang }) {
  const m = MONEY_STRINGS[lang];
  const money = (amount: string) => formatAmount(amount, chart.currency, lang);
  const name = (c: CategoryChart['bars'][number]['category']) => (c === 'total' ? t.total : t.categories[c]);
  const id = `chart-categories-${chart.currency}`;
  const height = chart.bars.length * ROW + 4;
  return (
    <svg
      class="chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${W} ${height}`}
      width="100%"
    >
      <title id={`${id}-title`}>{m.chartCategories(chart.currency)}</title>
      <desc id={`${id}-desc`}>
        {chart.bars
          .map((b) =>
            b.budgetAmount
              ? m.chartOfBudget(name(b.category), money(b.amount), money(b.budgetAmount))
              : m.chartSpent(name(b.category), money(b.amount)),
          )
          .join(' ; ')}
      </desc>
      {chart.bars.map((b, i) => (
        <g key={b.category} transform={`translate(0 ${i * ROW})`}>
          <text x="0" y="18" class="chart-label">
            {b.category === 'total' ? '' : `${CATEGORY_ICONS[b.category]} `}
            {name(b.category)}
          </text>
          <rect class="chart-track" x={LABEL} y="7" width={BAR} height="14" rx="3" />
          <rect
            class={b.over ? 'chart-bar over' : 'chart-bar'}
            x={LABEL}
            y="7"
            width={Math.max(2, b.spent * BAR)}
            height="14"
            rx="3"
          />
          {b.budget !== null && (
            <line
              class="chart-budget"
              x1={LABEL + b.budget * BAR}
              x2={LABEL + b.budget * BAR}
              y1="3"
              y2="25"
            />
          )}
        </g>
      ))}
    </svg>
  );
}

const shortMonths = new Map<Lang, Intl.DateTimeFormat>();
const shortMonth = (month: string, lang: Lang) => {
  let f = shortMonths.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(lang), { month: 'short', timeZone: 'UTC' });
    shortMonths.set(lang, f);
  }
  return f.format(new Date(`${month}-15T12:00:00Z`));
};

function HistoryChart(props: {
  currency: string;
  months: ReturnType<typeof lastSixMonths>[number]['months'];
  lang: Lang;
}) {
  const { currency, months, lang } = props;
  const m = MONEY_STRINGS[lang];
  const id = `chart-history-${currency}`;
  const H = 110;
  const TOP = 16;
  const BASE = H - 20;
  const step = W / months.length;
  return (
    <svg
      class="chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
    >
      <title id={`${id}-title`}>{m.chartHistory(currency)}</title>
      <desc id={`${id}-desc`}>
        {months
          .map((b) => m.chartSpent(shortMonth(b.month, lang), formatAmount(b.amount, currency, lang)))
          .join(' ; ')}
      </desc>
      {months.map((b, i) => {
        const h = b.height * (BASE - TOP);
        const last = i === months.length - 1;
        return (
          <g key={b.month}>
            <rect
              class={last ? 'chart-bar' : 'chart-bar past'}
              x={i * step + 8}
              y={BASE - Math.max(1, h)}
              width={step - 16}
              height={Math.max(1, h)}
              rx="3"
            />
            <text x={i * step + step / 2} y={H - 4} class="chart-label" text-anchor="middle">
              {shortMonth(b.month, lang)}
            </text>
            {last && (
              <text
                x={i * step + step / 2}
                y={Math.max(11, BASE - h - 4)}
                class="chart-value"
                text-anchor="middle"
              >
                {formatAmount(b.amount, currency, lang)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** The month's charts, shown whenever it has an expense (its categories, its six months). */
export function MonthCharts(props: {
  t: Strings;
  lang: Lang;
  month: string;
  rows: readonly MoneyRow[];
  expenses: readonly Expense[];
}) {
  const { t, lang, month, rows, expenses } = props;
  const charts = categoryCharts(rows);
  if (charts.length === 0) return null;
  return (
    <div class="charts">
      {charts.map((c) => (
        <CategoryChartView key={c.currency} chart={c} t={t} lang={lang} />
      ))}
      {lastSixMonths(expenses, month).map((h) => (
        <HistoryChart key={h.currency} currency={h.currency} months={h.months} lang={lang} />
      ))}
    </div>
  );
}
