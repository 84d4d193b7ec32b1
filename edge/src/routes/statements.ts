/**
 * Bank statements and reconciliation: POST|GET /statements, DELETE /statements/:id,
 * GET /reconciliation, POST /reconciliation/suggestions/:id/accept|pair|ignore, DELETE
 * /reconciliation/suggestions/:id/pair|ignore (their undo). Each route validates with the shared
 * schema, calls one use case, and turns a refusal into a status.
 */
import { sValidator } from '@hono/standard-validator';
import {
  AcceptSuggestionSchema,
  PairSuggestionSchema,
  ReconciliationQuerySchema,
  StatementUploadSchema,
} from '@voicetrack/shared';
import { Hono } from 'hono';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/app-env.ts';
import { BODY_LIMITS } from '../http/body-limits.ts';
import { refusalError } from '../http/refusal.ts';
import { limitBody, multipartForm, strictJson, valid, validationFailed } from '../http/validate.ts';
import type { SpendingWatch } from '../money/budget-alerts.ts';
import type { LearningStore, ReconcileStore, StatementStore } from '../ports.ts';
import { importStatement } from '../statements/import-statement.ts';
import { monthReconciliation } from '../statements/reconcile.ts';
import { deleteStatement, listStatements } from '../statements/statement-list.ts';
import {
  acceptSuggestion,
  ignoreSuggestion,
  pairSuggestion,
  unignoreSuggestion,
  unpairSuggestion,
} from '../statements/suggestions.ts';

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

export interface StatementRouteDeps {
  statements: StatementStore;
  reconcile: ReconcileStore;
  learning: LearningStore;
  defaultCurrency: string;
  /** New debits and accepted lines can take a budget over a threshold. */
  watch: SpendingWatch;
}

export function statementRoutes(deps: StatementRouteDeps) {
  return new Hono<AppEnv>()
    .post(
      '/statements',
      limitBody(BODY_LIMITS.statement.maxSize, BODY_LIMITS.statement.what),
      multipartForm(8),
      statementForm,
      async (c) => {
        const { file, ...fields } = c.req.valid('form');
        const outcome = await importStatement(deps, c.get('owner'), {
          bytes: new Uint8Array(await file.arrayBuffer()),
          fileName: file.name ? file.name.slice(0, 255) : null,
          account: fields.account,
          format: fields.format,
          mapping: fields.mapping,
        });
        if (outcome.kind === 'refused') throw refusalError(outcome);
        return c.json(outcome.result, 201);
      },
    )
    .get('/statements', async (c) => {
      const { statements } = await listStatements(deps.statements, c.get('owner'));
      return c.json({ statements }, 200);
    })
    .delete('/statements/:id', async (c) => {
      const outcome = await deleteStatement(deps.statements, c.get('owner'), c.req.param('id'));
      if (outcome.kind === 'refused') throw refusalError(outcome);
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
        if (outcome.kind === 'refused') throw refusalError(outcome);
        return c.json(outcome.expense, outcome.created ? 201 : 200);
      },
    )
    .post(
      '/reconciliation/suggestions/:id/pair',
      limitBody(16 * 1024, 'The body'),
      strictJson,
      valid('json', PairSuggestionSchema),
      async (c) => {
        const outcome = await pairSuggestion(deps, c.get('owner'), c.req.param('id'), c.req.valid('json'));
        if (outcome.kind === 'refused') throw refusalError(outcome);
        return c.json(outcome.expense, 200);
      },
    )
    .delete('/reconciliation/suggestions/:id/pair', async (c) => {
      const outcome = await unpairSuggestion(deps.reconcile, c.get('owner'), c.req.param('id'));
      if (outcome.kind === 'refused') throw refusalError(outcome);
      return c.body(null, 204);
    })
    .post('/reconciliation/suggestions/:id/ignore', async (c) => {
      const outcome = await ignoreSuggestion(deps.reconcile, c.get('owner'), c.req.param('id'));
      if (outcome.kind === 'refused') throw refusalError(outcome);
      return c.body(null, 204);
    })
    .delete('/reconciliation/suggestions/:id/ignore', async (c) => {
      const outcome = await unignoreSuggestion(deps.reconcile, c.get('owner'), c.req.param('id'));
      if (outcome.kind === 'refused') throw refusalError(outcome);
      return c.body(null, 204);
    });
}
