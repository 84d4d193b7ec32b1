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
