/**
 * GET /export.ofx and GET /export.qif: the saved expenses as bank files other ledgers import,
 * each with a stable id so a second import there doubles nothing (shared/src/statements/ledger-export.ts).
 */
import {
  LedgerExportQuerySchema,
  OFX_FOOTER,
  ofxHeader,
  ofxStatement,
  QIF_HEADER,
  qifRecord,
} from '@voicetrack/shared';
import { Hono } from 'hono';
import { ApiError } from '../errors.ts';
import { savedExpenses } from '../expenses/saved-expenses.ts';
import type { AppEnv } from '../http/app-env.ts';
import { attachment } from '../http/content-disposition.ts';
import { valid } from '../http/validate.ts';
import type { ExpenseStore, HouseholdStore, Owner } from '../ports.ts';

/** Oldest first, as a bank file lists them; a household's bill at the owner's part. */
async function oldestFirst(deps: LedgerExportDeps, owner: Owner, from?: string, to?: string) {
  return (await savedExpenses(deps.expenses, owner, { from, to }, deps.households)).reverse();
}

export interface LedgerExportDeps {
  expenses: ExpenseStore;
  households: HouseholdStore;
}

export function ledgerExportRoutes(expenses: LedgerExportDeps) {
  return new Hono<AppEnv>()
    .get('/export.ofx', valid('query', LedgerExportQuerySchema), async (c) => {
      const { from, to, lang = 'fr' } = c.req.valid('query');
      if (from && to && from > to) throw new ApiError(400, 'validation_failed', 'from must not be after to.');
      const all = await oldestFirst(expenses, c.get('owner'), from, to);
      const currencies = [...new Set(all.map((e) => e.currency))].sort();
      const range = {
        from: from ?? all[0]?.date ?? '1970-01-01',
        to: to ?? all.at(-1)?.date ?? '1970-01-01',
      };
      const body =
        ofxHeader(new Date()) +
        currencies
          .map((currency) =>
            ofxStatement(
              currency,
              all.filter((e) => e.currency === currency),
              range,
              lang,
            ),
          )
          .join('') +
        OFX_FOOTER;
      return c.body(body, 200, {
        'content-type': 'application/x-ofx; charset=utf-8',
        'content-disposition': attachment(`voicetrack-${range.from}-${range.to}.ofx`),
      });
    })
    .get('/export.qif', valid('query', LedgerExportQuerySchema), async (c) => {
      const { from, to, lang = 'fr' } = c.req.valid('query');
      if (from && to && from > to) throw new ApiError(400, 'validation_failed', 'from must not be after to.');
      const all = await oldestFirst(expenses, c.get('owner'), from, to);
      return c.body(QIF_HEADER + all.map((e) => qifRecord(e, lang)).join(''), 200, {
        'content-type': 'application/qif; charset=utf-8',
        'content-disposition': attachment(`voicetrack-${from ?? 'debut'}-${to ?? 'fin'}.qif`),
      });
    });
}
