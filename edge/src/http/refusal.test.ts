import { describe, expect, it } from 'vitest';
import { refused } from '../refusal.ts';
import { refusalError } from './refusal.ts';

describe('a refusal as the API answers it', () => {
  it.each([
    [refused('not_found', 'No expense with this id.'), 404],
    [refused('capture_in_progress', 'busy', 5), 409],
    [refused('unsupported_audio', 'unreadable'), 422],
    [refused('rate_limited', 'slow down', 10), 429],
    [refused('provider_unavailable', 'down', 30), 503],
  ])('%j has status %i, its code, its message and its wait', (refusal, status) => {
    const error = refusalError(refusal);
    expect([error.status, error.code, error.message]).toEqual([status, refusal.code, refusal.message]);
    expect(error.options.retryAfterSeconds).toBe(refusal.retryAfterSeconds);
  });
});
