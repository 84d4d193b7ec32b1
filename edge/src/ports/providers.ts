/** The providers the pipeline calls: speech to words (Whisper), words to expenses (an LLM). */
import type { Category, LearnedWord } from '@voicetrack/shared';
import type { ProviderUsage } from '../usage/prices.ts';

export interface AudioInput {
  bytes: Uint8Array;
  mimeType: string;
  fileName: string;
}

export interface TranscribeOptions {
  /** ISO 639-1 language from the note's locale ("fr", "en"), when known. */
  language?: string;
  /**
   * The browser's own words for this audio (untrusted): spelling help for Whisper, never its
   * answer. Whisper reads them as the end of its prompt.
   */
  hint?: string;
  signal?: AbortSignal;
  /** Told what each provider call used, for the cost ledger. */
  onUsage?: (usage: ProviderUsage) => void;
}

export interface Transcription {
  text: string;
  /** Seconds of audio, when the provider says. */
  durationSeconds?: number;
}

export interface Transcriber {
  /** e.g. "groq:whisper-large-v3-turbo". */
  readonly name: string;
  transcribeAudio(audio: AudioInput, options: TranscribeOptions): Promise<Transcription>;
}

export interface ParseContext {
  /** The note's own date (YYYY-MM-DD) in its time zone: "today" for the words. */
  today: string;
  timeZone: string;
  currency: string;
  locale: string;
  /** What the person taught the parser (the model is told the words that appear in the note). */
  memory?: readonly LearnedWord[];
  /**
   * A household's bill: the amount is the whole bill the words say, never the speaker's part of it
   * (« on partage », « à trois » do not divide it; the household splits it among its members).
   */
  wholeBill?: boolean;
  signal?: AbortSignal;
  onUsage?: (usage: ProviderUsage) => void;
}

export interface LlmExpense {
  amount: string;
  currency: string;
  category: Category;
  description: string;
  date: string;
}

export interface ExpenseParser {
  /** e.g. "groq:openai/gpt-oss-20b". */
  readonly name: string;
  /** Throws LlmInvalidOutputError when the model's reply stays invalid after one retry. */
  parseExpenseWords(transcript: string, context: ParseContext): Promise<LlmExpense[]>;
}

/** A provider (Whisper, the LLM) is down, rate-limited or timing out: the client retries later. */
export class ProviderUnavailableError extends Error {
  constructor(
    readonly provider: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = 'ProviderUnavailableError';
  }
}

/** The provider refused the audio itself (not decodable, too short…): retrying will not help. */
export class ProviderRejectedInputError extends Error {
  constructor(
    readonly provider: string,
    message: string,
  ) {
    super(message);
    this.name = 'ProviderRejectedInputError';
  }
}

/** The LLM's reply did not match the schema, even after one retry. */
export class LlmInvalidOutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LlmInvalidOutputError';
  }
}
