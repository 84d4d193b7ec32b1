/**
 * A short summary of the month written by the Groq model from the numbers only. Every number in
 * its text must be one of the report's own; otherwise (or without a key) the plain summary.
 */
import type { MonthReport } from '@voicetrack/shared';
import Groq from 'groq-sdk';
import { countedIn, plainSummary, type ReportLang } from './compose.ts';

export interface Summarizer {
  summarize(report: MonthReport, lang: ReportLang): Promise<string>;
}

/** The numbers a summary may mention: amounts, differences, percents, counts, the year. */
export function allowedNumbers(report: MonthReport): Set<string> {
  const values: number[] = [
    report.count,
    countedIn(report),
    report.needsReview,
    report.previous.count,
    Number(report.month.slice(0, 4)),
  ];
  for (const t of [...report.totals, ...report.previous.totals]) values.push(Number(t.amount), t.count);
  for (const c of report.byCategory) values.push(Number(c.amount), c.count);
  for (const e of report.biggest) if (e.amount) values.push(Number(e.amount));
  for (const c of report.changes) {
    values.push(Math.abs(Number(c.amount)));
    if (c.percent !== null) values.push(Math.abs(c.percent), Math.round(Math.abs(c.percent)));
  }
  return new Set(values.map((v) => v.toFixed(2)));
}

/** Numbers as written in fr or en text: "1 234,50", "1,234.50", "12,5", "45". */
export function numbersIn(text: string): string[] {
  // A space inside a number only before a group of three digits ("1 234,50"), so "2026, 7" is two.
  const found = text.match(/\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)*/g) ?? [];
  return found.map((raw) => {
    const s = raw.replace(/[\u00a0\u202f ]/g, '');
    const lastSep = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
    const decimals = lastSep >= 0 ? s.length - lastSep - 1 : 0;
    // A separator followed by 1 or 2 digits is a decimal point; by 3, a thousands separator.
    const normal =
      lastSep >= 0 && decimals <= 2
        ? `${s.slice(0, lastSep).replace(/[.,]/g, '')}.${s.slice(lastSep + 1)}`
        : s.replace(/[.,]/g, '');
    return Number(normal).toFixed(2);
  });
}

export function summaryChecksOut(summary: string, report: MonthReport): boolean {
  const allowed = allowedNumbers(report);
  return numbersIn(summary).every((n) => allowed.has(n));
}

export function createGroqSummarizer(config: {
  apiKey: string;
  baseURL?: string | undefined;
  model: string;
  timeoutMs: number;
}): Summarizer {
  const client = new Groq({
    apiKey: config.apiKey,
    baseURL: config.baseURL ?? null,
    timeout: config.timeoutMs,
    maxRetries: 1,
  });
  return {
    async summarize(report, lang) {
      try {
        const completion = await client.chat.completions.create({
          model: config.model,
          temperature: 0.2,
          reasoning_effort: 'low',
          max_completion_tokens: 400,
          messages: [
            {
              role: 'system',
              content:
                `Write a friendly 2-3 sentence summary of this month's spending, in ${lang === 'fr' ? 'French' : 'English'}. ` +
                'Use only numbers that appear in the JSON, written exactly as they are there; never compute new ones. ' +
                'Never add two amounts in different currencies. No greeting, no advice.',
            },
            {
              role: 'user',
              content: JSON.stringify({
                ...report,
                biggest: report.biggest.map((e) => ({
                  amount: e.amount,
                  currency: e.currency,
                  category: e.category,
                  description: e.description,
                })),
              }),
            },
          ],
        });
        const text = completion.choices[0]?.message?.content?.trim() ?? '';
        return text && summaryChecksOut(text, report) ? text : plainSummary(report, lang);
      } catch {
        return plainSummary(report, lang);
      }
    },
  };
}

export const plainSummarizer: Summarizer = { summarize: async (report, lang) => plainSummary(report, lang) };
