/**
 * Bank statements and reconciliation: POST|GET /statements, DELETE /statements/:id,
 * GET /reconciliation, POST /reconciliation/suggestions/:id/accept|ignore. Each route validates
 * with the shared schema, calls one use-case, and turns its outcome into a status.
 */
import { sValidator } from '@hono/standard-validator';
import {
  AcceptSuggestionSchema,
  MAX_STATEMENT_BYTES,
  maskAccount,
  ReconciliationQuerySchema,
  StatementUploadSchema,
} from '@voicetrack/shared';
import { Hono } from 'hono';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { limitBody, multipartForm, strictJson, tooLarge, valid, validationFailed } from '../http/validate.ts';
import type { SpendingWatch } from '../money/budget-alerts.ts';
import type { LearningStore, ReconcileStore, StatementStore } from '../ports.ts';
import { importStatement } from '../statements/import-statement.ts';
import { acceptSuggestion, monthReconciliation } from '../statements/reconcile.ts';

/** The file plus a few fields and the multipart framing. */
const MAX_BODY = MAX_STATEMENT_BYTES + 64 * 1024;

const statementForm = sValidator('form', StatementUploadSchema, (result) => {
  if (result.success) return;
  const file = (result.data as Record<string, unknown>).file;
  if (!(file instanceof File))
    throw new ApiError(
      400,
      'validation_failed',
      'Send the statement as a `file` part (multipart/form-data).',
    );
  throw validationFailed(result.error);
});

const noSuggestion = () => new ApiError(404, 'not_found', 'No bank line with this id.');

export interface StatementRouteDeps {
  statements: StatementStore;
  reconcile: ReconcileStore;
  learning: LearningStore;
  defaultCurrency: string;
  /** Suggestions accepted this month can take a budget over a threshold. */
  watch: SpendingWatch;
}

export function statementRoutes(deps: StatementRouteDeps) {
  return new Hono<AppEnv>()
    .post('/statements', limitBody(MAX_BODY, 'A statement'), multipartForm(8), statementForm, async (c) => {
      const { file, ...fields } = c.req.valid('form');
      if (file.size > MAX_STATEMENT_BYTES) tooLarge('A statement', MAX_STATEMENT_BYTES);
      if (file.size === 0) throw new ApiError(400, 'validation_failed', 'The statement file is empty.');
      const outcome = await importStatement(deps, c.get('owner'), {
        bytes: new Uint8Array(await file.arrayBuffer()),
        fileName: file.name ? file.name.slice(0, 255) : null,
        account: fields.account,
        format: fields.format,
        mapping: fields.mapping,
      });
      if (outcome.kind === 'mapping_required')
        throw new ApiError(
          422,
          'csv_mapping_required',
          'The columns of this CSV file are not ones we know: say which column is the date, the label and the amount (or debit and credit), and send it again with `mapping`.',
          { csv: outcome.preview },
        );
      if (outcome.kind === 'refused')
        throw new ApiError(422, outcome.code, outcome.message, {
          ...(outcome.refused
            ? {
                details: outcome.refused
                  .slice(0, 20)
                  .map((r) => ({ path: `line ${r.line}`, message: r.reason })),
              }
            : {}),
        });
      if (outcome.result.debits > 0) deps.watch.changed(c.get('owner'));
      return c.json(outcome.result, 201);
    })
    .get('/statements', async (c) => {
      const statements = await deps.statements.list(c.get('owner'));
      // Account numbers are personal data: the page sees their last four characters.
      return c.json(
        {
          statements: statements.map((s) => ({
            ...s,
            accountNumber: s.accountNumber ? maskAccount(s.accountNumber) : null,
          })),
        },
        200,
      );
    })
    .delete('/statements/:id', async (c) => {
      if (!(await deps.statements.delete(c.get('owner'), c.req.param('id'))))
        throw new ApiError(404, 'not_found', 'No statement with this id.');
      return c.body(null, 204);
    })
    .get('/reconciliation', valid('query', ReconciliationQuerySchema), async (c) =>
      c.json(await monthReconciliation(deps.reconcile, c.get('owner'), c.req.valid('query').month), 200),
    )
    .post(
      '/reconciliation/suggestions/:id/accept',
      limitBody(16 * 1024, 'The body'),
      // The body is optional: without one (no content type), the line is accepted as suggested.
      (c, next) => (c.req.header('content-type') ? strictJson(c, next) : next()),
      valid('json', AcceptSuggestionSchema),
      async (c) => {
        const outcome = await acceptSuggestion(deps, c.get('owner'), c.req.param('id'), c.req.valid('json'));
        if (outcome.kind === 'not_found') throw noSuggestion();
        if (outcome.kind === 'not_a_debit')
          throw new ApiError(
            409,
            'conflict',
            'This line is money in (or a cash withdrawal), not an expense to add.',
          );
        if (outcome.created) deps.watch.changed(c.get('owner'));
        return c.json(outcome.expense, outcome.created ? 201 : 200);
      },
    )
    .post('/reconciliation/suggestions/:id/ignore', async (c) => {
      if (!(await deps.reconcile.ignore(c.get('owner'), c.req.param('id')))) throw noSuggestion();
      return c.body(null, 204);
    });
}
