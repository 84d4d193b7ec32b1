/** "2026-11-24T12:30:00.000+01:00": the local time with its offset, as the API wants it. */
export function isoWithOffset(date: Date): string {
  const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

export const currentTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** "2026-11": the month the phone's calendar shows now (not UTC's, a day off near midnight). */
export const localMonth = (date: Date): string => isoWithOffset(date).slice(0, 7);
