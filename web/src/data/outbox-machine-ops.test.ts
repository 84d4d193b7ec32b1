import { describe, expect, it } from 'vitest';
import { afterOpSend, backoffMs, inOrderMade } from './outbox-machine.ts';
import { fresh, NOW, offline, ok, refused, wait } from './outbox-machine-fixtures.ts';

describe('afterOpSend', () => {
  const op = { ...fresh, kind: 'delete' as const };
  it.each([
    ['200 (edit applied)', ok({}), 'done'],
    ['204 (deleted)', ok(null), 'done'],
    ['404 (already gone)', refused(404, 'not_found'), 'done'],
    ['no answer (a network error)', offline, 'waiting'],
    ['503', refused(503, 'database_unavailable', wait(5)), 'waiting'],
    ['429', refused(429, 'rate_limited', wait(5)), 'waiting'],
    ['401', refused(401, 'token_expired'), 'waiting_for_sign_in'],
    ['400', refused(400, 'validation_failed'), 'failed'],
    ['413 (too long)', refused(413, 'payload_too_large'), 'failed'],
    ['413 from a proxy', refused(413), 'failed'],
    ['422 (a share refused)', refused(422, 'not_a_member'), 'failed'],
    ['409 (a conflict)', refused(409, 'conflict'), 'failed'],
    ['410 (gone)', refused(410, 'not_found'), 'failed'],
    // Not the change's fault: a revoked, unpaired or capture-only phone waits for its pairing.
    ['401 revoked', refused(401, 'invalid_token'), 'waiting_for_sign_in'],
    ['401 unpaired', refused(401, 'missing_token'), 'waiting_for_sign_in'],
    ['403 (a capture-only token)', refused(403, 'insufficient_scope'), 'waiting_for_sign_in'],
    ['403 (an account gone, signed in again later)', refused(403, 'forbidden'), 'waiting_for_sign_in'],
    ['421 (a host not configured yet)', refused(421, 'unknown_host'), 'waiting'],
    ['a proxy’s 404 page', refused(404), 'waiting'],
    ['a proxy’s 400 page', refused(400), 'waiting'],
    ['500', refused(500, 'internal_error'), 'waiting'],
  ])('after %s the operation is %s', (_name, outcome, state) => {
    expect(afterOpSend(op, outcome, NOW, 0.5).state).toBe(state);
  });

  it.each([
    ['an edit', 'edit', refused(503, 'database_unavailable', wait(90))],
    ['a delete', 'delete', refused(429, 'rate_limited', wait(90))],
    ['an edit timed out', 'edit', refused(408, 'timeout', wait(90))],
  ] as const)('waits as long as Retry-After says before sending %s again', (_name, kind, outcome) => {
    const next = afterOpSend({ ...fresh, kind }, outcome, NOW, 0.5);
    // The backoff after one attempt is 2 s: the server's 90 s win.
    expect(next.nextAttemptAt).toBe(NOW + 90_000);
    expect(next.lastError?.code).toBe(outcome.kind === 'refused' ? outcome.code : null);
  });

  it('keeps its own backoff when the server asks for less', () => {
    const next = afterOpSend(op, refused(503, 'database_unavailable', wait(1)), NOW, 0.5);
    expect(next.nextAttemptAt).toBe(NOW + backoffMs(1, 0.5));
  });
});

describe('what each answer leaves on a queued edit or delete, whole', () => {
  const op = {
    state: 'waiting' as const,
    attempts: 2,
    nextAttemptAt: 0,
    lastError: null,
    kind: 'edit' as const,
  };

  it.each([
    ['applied', ok({}), { state: 'done', attempts: 3, nextAttemptAt: 0, lastError: null }],
    [
      'already gone',
      refused(404, 'not_found'),
      { state: 'done', attempts: 3, nextAttemptAt: 0, lastError: null },
    ],
    [
      'no answer',
      offline,
      {
        state: 'waiting',
        attempts: 3,
        nextAttemptAt: NOW + backoffMs(3, 0.5),
        lastError: { code: 'network', message: 'offline' },
      },
    ],
    [
      'a 401',
      refused(401, 'token_expired'),
      {
        state: 'waiting_for_sign_in',
        attempts: 3,
        nextAttemptAt: NOW + 5 * 60_000,
        lastError: { code: 'token_expired', message: 'token_expired' },
      },
    ],
    [
      'a 400',
      refused(400, 'validation_failed'),
      {
        state: 'failed',
        attempts: 3,
        nextAttemptAt: Number.POSITIVE_INFINITY,
        lastError: { code: 'validation_failed', message: 'validation_failed' },
      },
    ],
  ] as const)('after %s', (_name, outcome, expected) => {
    expect(afterOpSend(op, outcome, NOW, 0.5)).toEqual(expected);
  });

  it('tries an edit refused with a 409 no more: only a note’s 409 means "in progress"', () => {
    expect(afterOpSend(op, refused(409, 'conflict'), NOW, 0.5).state).toBe('failed');
  });
});

describe('inOrderMade', () => {
  const op = (name: string, createdAt: number, seq?: number) => ({
    name,
    createdAt,
    ...(seq === undefined ? {} : { seq }),
  });
  it.each([
    ['made in the same millisecond', [op('second', NOW, 2), op('first', NOW, 1)], ['first', 'second']],
    // A change made before the answer is replayed at the server's clock, here a minute ahead.
    [
      'a replayed early change stamped later than a change made after it',
      [op('after', NOW, 2), op('replayed', NOW + 60_000, 1)],
      ['replayed', 'after'],
    ],
    [
      'changes queued before sequences, then after',
      [op('new', NOW - 5, 1), op('old-2', NOW - 1), op('old-1', NOW - 2)],
      ['old-1', 'old-2', 'new'],
    ],
  ])('orders %s by their sequence', (_name, ops, names) => {
    expect(inOrderMade(ops).map((o) => o.name)).toEqual(names);
  });
});
