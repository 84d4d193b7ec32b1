/**
 * What each provider call costs, in one table. Amounts are in nano-dollars (1e-9 USD) so the
 * ledger adds integers. Checked on 2026-11-24 against stored copies of groq.com/pricing,
 * console.groq.com/docs/models and openai.com/api/pricing (not the live pages): check them
 * again before relying on the figures, and update `PRICES_CHECKED`.
 */
export const PRICES_CHECKED = '2026-11-24';

interface TokenPrice {
  kind: 'chat';
  /** nano-USD per input token (= USD per million tokens × 1000). */
  inputNano: number;
  outputNano: number;
}
interface AudioPrice {
  kind: 'transcription';
  /** nano-USD per second of audio billed. */
  perSecondNano: number;
  /** Groq bills at least 10 s per request; OpenAI bills the audio's length. */
  minimumSeconds: number;
}

const perMillion = (usd: number) => Math.round(usd * 1000);
const perHour = (usd: number) => Math.round((usd * 1e9) / 3600);
const perMinute = (usd: number) => Math.round((usd * 1e9) / 60);

export const PRICES: Record<string, TokenPrice | AudioPrice> = {
  'groq:openai/gpt-oss-20b': { kind: 'chat', inputNano: perMillion(0.075), outputNano: perMillion(0.3) },
  'groq:openai/gpt-oss-120b': { kind: 'chat', inputNano: perMillion(0.15), outputNano: perMillion(0.6) },
  'groq:whisper-large-v3-turbo': { kind: 'transcription', perSecondNano: perHour(0.04), minimumSeconds: 10 },
  'groq:whisper-large-v3': { kind: 'transcription', perSecondNano: perHour(0.111), minimumSeconds: 10 },
  'openai:whisper-1': { kind: 'transcription', perSecondNano: perMinute(0.006), minimumSeconds: 0 },
  'openai:gpt-4o-mini-transcribe': {
    kind: 'transcription',
    perSecondNano: perMinute(0.003),
    minimumSeconds: 0,
  },
  'openai:gpt-4o-transcribe': { kind: 'transcription', perSecondNano: perMinute(0.006), minimumSeconds: 0 },
  // RECEIPT_MODEL's default: a photo is billed as the input tokens it is counted as.
  'openai:gpt-4.1-mini': { kind: 'chat', inputNano: perMillion(0.4), outputNano: perMillion(1.6) },
};

export interface ProviderUsage {
  /** "groq:whisper-large-v3-turbo": the provider and the model. */
  model: string;
  kind: 'transcription' | 'chat';
  audioSeconds?: number;
  promptTokens?: number;
  completionTokens?: number;
}

export interface PricedUsage extends ProviderUsage {
  billedSeconds: number;
  /** null when the model is not in the table (a self-hosted Whisper costs us nothing we know). */
  costNano: number | null;
}

export function priceUsage(usage: ProviderUsage): PricedUsage {
  const price = PRICES[usage.model];
  if (usage.kind === 'transcription') {
    const seconds = Math.max(0, usage.audioSeconds ?? 0);
    const billed = price?.kind === 'transcription' ? Math.max(seconds, price.minimumSeconds) : seconds;
    return {
      ...usage,
      billedSeconds: billed,
      costNano: price?.kind === 'transcription' ? Math.round(billed * price.perSecondNano) : null,
    };
  }
  const input = usage.promptTokens ?? 0;
  const output = usage.completionTokens ?? 0;
  return {
    ...usage,
    billedSeconds: 0,
    costNano: price?.kind === 'chat' ? input * price.inputNano + output * price.outputNano : null,
  };
}

/** 1234567 nano-USD → "0.001235" (USD, six places: a note costs fractions of a cent). */
export function nanoToUsd(nano: number): string {
  const micro = Math.round(nano / 1000);
  return `${Math.floor(micro / 1e6)}.${String(micro % 1e6).padStart(6, '0')}`;
}
