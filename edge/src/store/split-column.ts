import type { Share } from '@voicetrack/shared';

/** The split column as written by the API (validated on the way in and by the database). */
export function readSplit(text: string | object | null): Share[] {
  if (text === null) return [];
  const value: unknown = typeof text === 'string' ? JSON.parse(text) : text;
  if (!Array.isArray(value)) return [];
  return value.flatMap((s: unknown) => {
    const share = s as { memberId?: unknown; cents?: unknown };
    return typeof share.memberId === 'string' && typeof share.cents === 'number'
      ? [{ memberId: share.memberId, cents: share.cents }]
      : [];
  });
}
