import type { CsvPreview, ErrorCode } from '@voicetrack/shared';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** An error the API answers as `{ error: { code, message } }` with its status. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly options: {
      retryAfterSeconds?: number;
      details?: { path: string; message: string }[];
      /** csv_mapping_required: the columns and first rows of the file. */
      csv?: CsvPreview;
    } = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
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
