/** One queued edit (PATCH with its editedAt) or delete (DELETE) to the API. */
import type { Op } from './db.ts';
import type { SendOutcome } from './outbox-machine.ts';
import type { SendOptions } from './send-note.ts';

export async function sendOp(op: Op, options: SendOptions): Promise<SendOutcome> {
  const url = `${options.baseUrl}/api/expenses/${encodeURIComponent(op.expenseId)}`;
  const auth = options.headers ? ((await options.headers()) ?? {}) : {};
  let res: Response;
  try {
    res =
      op.kind === 'delete'
        ? await options.fetch(url, { method: 'DELETE', headers: auth })
        : await options.fetch(url, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json', ...auth },
            body: JSON.stringify({ ...op.patch, editedAt: op.editedAt }),
          });
  } catch (error) {
    return { kind: 'network_error', message: error instanceof Error ? error.message : String(error) };
  }
  const retryAfter = Number(res.headers.get('retry-after'));
  const body = (res.headers.get('content-type') ?? '').includes('json')
    ? await res.json().catch(() => null)
    : null;
  return {
    kind: 'response',
    status: res.status,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    body,
  };
}
