import type { ProvidersConfig } from '../config/providers.ts';
import type { ExpenseParser, ReceiptReader, Transcriber } from '../ports.ts';
import { createGroqParser } from './groq-parser.ts';
import { createOpenAiReceiptReader } from './receipt-reader.ts';
import { createGroqTranscriber, createOpenAiTranscriber } from './transcriber.ts';

/** The configured providers, or null where no key is set (notes then wait, text uses the local parser). */
export function openProviders(
  config: ProvidersConfig,
  fetchImpl?: typeof fetch,
): { transcriber: Transcriber | null; parser: ExpenseParser | null; receiptReader: ReceiptReader | null } {
  const common = {
    timeoutMs: config.timeoutMs,
    maxRetries: config.maxRetries,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  };
  const t = config.transcription;
  const transcriber = !t
    ? null
    : t.provider === 'groq'
      ? createGroqTranscriber({ ...common, apiKey: t.apiKey, baseURL: t.baseURL, model: t.model })
      : createOpenAiTranscriber({ ...common, apiKey: t.apiKey, baseURL: t.baseURL, model: t.model });
  const p = config.parser;
  const parser = p
    ? createGroqParser({ ...common, apiKey: p.apiKey, baseURL: p.baseURL, model: p.model })
    : null;
  const r = config.receipts;
  const receiptReader = r
    ? createOpenAiReceiptReader({ ...common, apiKey: r.apiKey, baseURL: r.baseURL, model: r.model })
    : null;
  return { transcriber, parser, receiptReader };
}
