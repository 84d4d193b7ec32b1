import Groq, { toFile as groqToFile } from 'groq-sdk';
import OpenAI, { toFile as openaiToFile } from 'openai';
import type { AudioInput, TranscribeOptions, Transcriber, Transcription } from '../ports.ts';
import { classifyProviderError } from './provider-errors.ts';

/**
 * Whisper's `prompt` steers spelling: numbers as digits, currency words, shop names.
 * Kept short; Whisper only reads its last 224 tokens.
 */
export const WHISPER_PROMPTS: Record<string, string> = {
  fr: 'Dépenses : 12,50 €, 8 euros de pain, 23,40 € au resto ce midi, courses chez Monoprix, ticket SNCF, Uber, pharmacie.',
  en: 'Expenses: $12.50, 8 pounds for bread, €23.40 for lunch today, groceries at Tesco, Uber ride, pharmacy.',
};

export interface TranscriberConfig {
  apiKey: string;
  baseURL?: string | undefined;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  fetch?: typeof fetch;
}

/**
 * The browser's words, as much as fits: Whisper reads only the last 224 tokens of its prompt, and
 * a French or English word is one to three tokens. Cut at a word, never mid-word.
 */
export const MAX_HINT_CHARS = 300;

/** The prompt: the spelling examples, then the browser's words (the closest to what was said). */
export function whisperPrompt(language: string | undefined, hint: string | undefined): string | undefined {
  const base = (language && WHISPER_PROMPTS[language]) || '';
  let words = (hint ?? '').replace(/\s+/g, ' ').trim();
  if (words.length > MAX_HINT_CHARS) {
    const cut = words.slice(0, MAX_HINT_CHARS + 1);
    words = cut.slice(0, Math.max(cut.lastIndexOf(' '), 0)) || cut.slice(0, MAX_HINT_CHARS);
  }
  const prompt = [base, words].filter(Boolean).join(' ');
  return prompt || undefined;
}

function requestFor(options: TranscribeOptions) {
  const language = options.language;
  const prompt = whisperPrompt(language, options.hint);
  return {
    ...(language ? { language } : {}),
    ...(prompt ? { prompt } : {}),
    temperature: 0,
    // verbose_json carries the audio duration, which the cost ledger bills by.
    response_format: 'verbose_json' as const,
  };
}

function readTranscription(reply: unknown): Transcription {
  const r = reply as { text?: unknown; duration?: unknown };
  const text = typeof r.text === 'string' ? r.text.trim() : '';
  return typeof r.duration === 'number' ? { text, durationSeconds: r.duration } : { text };
}

type Upload = Awaited<ReturnType<typeof groqToFile>> & Awaited<ReturnType<typeof openaiToFile>>;
type CreateTranscription = (
  body: { file: Upload; model: string } & ReturnType<typeof requestFor>,
  options: { signal: AbortSignal } | undefined,
) => Promise<unknown>;

/** Both SDKs expose the same `audio.transcriptions.create`; only the client differs. */
function whisperTranscriber(
  name: string,
  model: string,
  toFile: (bytes: Uint8Array, name: string, options: { type: string }) => Promise<Upload>,
  create: CreateTranscription,
): Transcriber {
  return {
    name,
    async transcribeAudio(audio: AudioInput, options: TranscribeOptions) {
      try {
        const file = await toFile(audio.bytes, audio.fileName, { type: audio.mimeType });
        const reply = await create(
          { file, model, ...requestFor(options) },
          options.signal ? { signal: options.signal } : undefined,
        );
        const transcription = readTranscription(reply);
        options.onUsage?.({
          model: name,
          kind: 'transcription',
          ...(transcription.durationSeconds !== undefined
            ? { audioSeconds: transcription.durationSeconds }
            : {}),
        });
        return transcription;
      } catch (error) {
        throw classifyProviderError(name, error);
      }
    },
  };
}

function clientOptions(config: TranscriberConfig) {
  return {
    apiKey: config.apiKey,
    baseURL: config.baseURL ?? null,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    ...(config.fetch ? { fetch: config.fetch } : {}),
  };
}

/** Whisper on Groq (whisper-large-v3-turbo by default). */
export function createGroqTranscriber(config: TranscriberConfig): Transcriber {
  const client = new Groq(clientOptions(config));
  return whisperTranscriber(`groq:${config.model}`, config.model, groqToFile, (body, options) =>
    client.audio.transcriptions.create(body, options),
  );
}

/** Whisper on OpenAI, or any OpenAI-compatible server (self-hosted faster-whisper…) via baseURL. */
export function createOpenAiTranscriber(config: TranscriberConfig): Transcriber {
  const client = new OpenAI(clientOptions(config));
  return whisperTranscriber(`openai:${config.model}`, config.model, openaiToFile, (body, options) =>
    client.audio.transcriptions.create(body, options),
  );
}
