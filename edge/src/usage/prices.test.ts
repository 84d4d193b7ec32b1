import { describe, expect, it } from 'vitest';
import { nanoToUsd, priceUsage } from './prices.ts';

describe('provider prices', () => {
  it('bills Groq Whisper at least 10 seconds', () => {
    const short = priceUsage({
      model: 'groq:whisper-large-v3-turbo',
      kind: 'transcription',
      audioSeconds: 3.2,
    });
    expect(short.billedSeconds).toBe(10);
    // $0.04 an hour: 10 s = $0.000111
    expect(nanoToUsd(short.costNano ?? 0)).toBe('0.000111');
    const long = priceUsage({
      model: 'groq:whisper-large-v3-turbo',
      kind: 'transcription',
      audioSeconds: 90,
    });
    expect(long.billedSeconds).toBe(90);
    expect(nanoToUsd(long.costNano ?? 0)).toBe('0.001000');
  });

  it('bills OpenAI Whisper by the second', () => {
    const usage = priceUsage({ model: 'openai:whisper-1', kind: 'transcription', audioSeconds: 30 });
    expect(nanoToUsd(usage.costNano ?? 0)).toBe('0.003000');
  });

  it('bills chat tokens in and out at their own prices', () => {
    const usage = priceUsage({
      model: 'groq:openai/gpt-oss-20b',
      kind: 'chat',
      promptTokens: 1_000_000,
      completionTokens: 1_000_000,
    });
    expect(nanoToUsd(usage.costNano ?? 0)).toBe('0.375000');
  });

  it('knows nothing of a self-hosted model', () => {
    expect(
      priceUsage({ model: 'openai:Systran/faster-whisper-small', kind: 'transcription', audioSeconds: 5 })
        .costNano,
    ).toBeNull();
  });
});
