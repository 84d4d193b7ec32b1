import { describe, expect, it } from 'vitest';
import { refused } from '../refusal.ts';
import { BotApiError } from './bot-api.ts';
import { isRetryable, retryDelaySeconds } from './pending.ts';

describe('trying a kept Telegram update again', () => {
  it('waits a minute, then twice as long each time, at most an hour', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map(retryDelaySeconds)).toEqual([
      60, 120, 240, 480, 960, 1920, 3600, 3600, 3600,
    ]);
  });

  it.each([
    ['the provider down', refused('provider_unavailable', 'down', 30), true],
    ['the note busy elsewhere', refused('capture_in_progress', 'busy', 5), true],
    ['a rate limit', refused('rate_limited', 'slow down', 10), true],
    ['Telegram down', new BotApiError('502', true), true],
    ['the database gone', new Error('connection refused'), true],
    ['words too long', refused('payload_too_large', 'too long'), false],
    ['Telegram refusing for good', new BotApiError('400 chat not found', false), false],
  ])('tries again after %s: %s', (_name, failure, retryable) => {
    expect(isRetryable(failure)).toBe(retryable);
  });
});
