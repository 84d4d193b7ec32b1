/**
 * The AI providers: Whisper (Groq's or OpenAI's, or any OpenAI-compatible server) hears the audio;
 * Groq's chat model reads the words. No key: notes wait, typed words go to the local parser.
 */
import * as v from 'valibot';
import { int, oneOf, text, textOr } from './env.ts';

const DEFAULT_GROQ_WHISPER = 'whisper-large-v3-turbo';
const DEFAULT_OPENAI_WHISPER = 'whisper-1';
/** llama-3.x on Groq were retired in August 2026; gpt-oss-20b is the cheap structured-output model. */
const DEFAULT_GROQ_MODEL = 'openai/gpt-oss-20b';
/** A small OpenAI model that reads images, with structured outputs. */
const DEFAULT_RECEIPT_MODEL = 'gpt-4.1-mini';

export interface ProviderAccount {
  apiKey: string;
  baseURL: string | undefined;
  model: string;
}

const providerEnv = v.object({
  GROQ_API_KEY: text(),
  GROQ_BASE_URL: text(),
  GROQ_MODEL: textOr(DEFAULT_GROQ_MODEL),
  OPENAI_API_KEY: text(),
  OPENAI_BASE_URL: text(),
  TRANSCRIBE_PROVIDER: oneOf(['groq', 'openai'], '"groq" or "openai"'),
  TRANSCRIBE_MODEL: text(),
  RECEIPT_PROVIDER: oneOf(['openai'], '"openai" (or unset: the phone\'s OCR, or Tesseract on the server)'),
  RECEIPT_MODEL: textOr(DEFAULT_RECEIPT_MODEL),
  PROVIDER_TIMEOUT_MS: int(20_000, 100, 300_000),
  PROVIDER_MAX_RETRIES: int(2, 0, 10),
});

/** TRANSCRIBE_PROVIDER when set, else Groq when its key is set, else OpenAI's (or a self-hosted) Whisper. */
function transcriptionOf(
  env: v.InferOutput<typeof providerEnv>,
): (ProviderAccount & { provider: 'groq' | 'openai' }) | null {
  const wanted = env.TRANSCRIBE_PROVIDER;
  // A self-hosted OpenAI-compatible Whisper needs no real key: its base URL is enough.
  const openaiKey = env.OPENAI_API_KEY ?? (env.OPENAI_BASE_URL ? 'not-needed' : undefined);
  if ((wanted === 'openai' || (!wanted && !env.GROQ_API_KEY)) && openaiKey) {
    const model = env.TRANSCRIBE_MODEL ?? DEFAULT_OPENAI_WHISPER;
    return { provider: 'openai', apiKey: openaiKey, baseURL: env.OPENAI_BASE_URL, model };
  }
  if (env.GROQ_API_KEY && wanted !== 'openai') {
    const model = env.TRANSCRIBE_MODEL ?? DEFAULT_GROQ_WHISPER;
    return { provider: 'groq', apiKey: env.GROQ_API_KEY, baseURL: env.GROQ_BASE_URL, model };
  }
  return null;
}

export const providersConfig = v.pipe(
  providerEnv,
  v.check(
    (env) => env.TRANSCRIBE_PROVIDER !== 'openai' || Boolean(env.OPENAI_API_KEY ?? env.OPENAI_BASE_URL),
    'TRANSCRIBE_PROVIDER=openai needs OPENAI_API_KEY (or OPENAI_BASE_URL for a self-hosted Whisper)',
  ),
  v.check(
    (env) => env.RECEIPT_PROVIDER !== 'openai' || Boolean(env.OPENAI_API_KEY ?? env.OPENAI_BASE_URL),
    'RECEIPT_PROVIDER=openai needs OPENAI_API_KEY (or OPENAI_BASE_URL for a compatible server)',
  ),
  v.transform((env) => ({
    transcription: transcriptionOf(env),
    parser: env.GROQ_API_KEY
      ? ({ apiKey: env.GROQ_API_KEY, baseURL: env.GROQ_BASE_URL, model: env.GROQ_MODEL } as ProviderAccount)
      : null,
    // The vision model that reads a receipt's photo (OpenAI's, or a compatible server's).
    receipts:
      env.RECEIPT_PROVIDER === 'openai'
        ? ({
            apiKey: env.OPENAI_API_KEY ?? 'not-needed',
            baseURL: env.OPENAI_BASE_URL,
            model: env.RECEIPT_MODEL,
          } as ProviderAccount)
        : null,
    timeoutMs: env.PROVIDER_TIMEOUT_MS,
    maxRetries: env.PROVIDER_MAX_RETRIES,
  })),
);

export type ProvidersConfig = v.InferOutput<typeof providersConfig>;
