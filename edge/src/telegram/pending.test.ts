import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors.ts';
import { BotApiError } from './bot-api.ts';
import { isRetryable, retryDelaySeconds } from './pending.ts';

describe('trying a kept Telegram update again', () => {
  it('waits a minute, then twice as long each time, at most an hour', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map(retryDelaySeconds)).toEqual([
      60, 120, 240, 480, 960, 1920, 3600, 3600, 3600,
    ]);
  });

  it.each([
    ['the provider down', new ApiError(503, 'provider_unavailable', 'down'), true],
    ['the note busy elsewhere', new ApiError(409, 'capture_in_progress', 'busy'), true],
    ['a rate limit', new ApiError(429, 'rate_limited', 'slow down'), true],
    ['Telegram down', new BotApiError('502', true), true],
    ['the database gone', new Error('connection refused'), true],
    ['words too long', new ApiError(413, 'payload_too_large', 'too long'), false],
    ['Telegram refusing for good', new BotApiError('400 chat not found', false), false],
  ])('tries again after %s: %s', (_name, error, retryable) => {
    expect(isRetryable(error)).toBe(retryable);
  });
});
