/** The month's three export buttons, used as a person does: tapped, the files the browser saved read back. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const EXPORTS = ['Exporter en CSV (Excel)', 'Exporter en CSV', 'Exporter tout (JSON)'] as const;

/** Taps each export of the month view open on `page`; the text of each file, by button. */
export async function downloadExports(page: Page): Promise<Record<(typeof EXPORTS)[number], string>> {
  const files = {} as Record<(typeof EXPORTS)[number], string>;
  for (const name of EXPORTS) {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      page.getByRole('button', { name, exact: true }).click(),
    ]);
    expect(await download.failure()).toBeNull();
    files[name] = readFileSync(await download.path(), 'utf8');
  }
  return files;
}

/** What the three files hold for one 20 $ taxi ride (the Excel one starts with a BOM, in French). */
export function expectTaxiInExports(files: Record<(typeof EXPORTS)[number], string>): void {
  expect(files['Exporter en CSV (Excel)'].charCodeAt(0)).toBe(0xfeff);
  expect(files['Exporter en CSV (Excel)']).toContain(';20,00;USD;Transport;Taxi;Enregistrée;');
  expect(files['Exporter en CSV']).toContain(',20.00,USD,transport,Taxi,');
  const json = JSON.parse(files['Exporter tout (JSON)']) as { app: string; expenses: { amount: string }[] };
  expect(json.app).toBe('voicetrack');
  expect(json.expenses.map((e) => e.amount)).toContain('20.00');
}
