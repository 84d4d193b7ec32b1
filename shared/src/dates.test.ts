import { describe, expect, it } from 'vitest';
import {
  addDays,
  isInstantWithOffset,
  isIsoDate,
  isTimeZone,
  localDate,
  monthRange,
  previousMonth,
} from './dates.ts';

describe('dates', () => {
  it('takes the calendar date in the user time zone, not UTC', () => {
    const instant = new Date('2026-11-24T23:30:00Z');
    expect(localDate(instant, 'Europe/Paris')).toBe('2026-11-25');
    expect(localDate(instant, 'America/New_York')).toBe('2026-11-24');
  });

  it('answers again for an instant asked before, in each zone, whatever was asked between', () => {
    const late = new Date('2026-11-24T23:30:00Z');
    const early = new Date('2026-11-24T03:30:00Z');
    for (let round = 0; round < 2; round++) {
      expect(localDate(late, 'Europe/Paris')).toBe('2026-11-25');
      expect(localDate(late, 'Europe/Paris')).toBe('2026-11-25');
      expect(localDate(late, 'America/New_York')).toBe('2026-11-24');
      expect(localDate(early, 'America/New_York')).toBe('2026-11-23');
      // The same instant in another Date object, and a Date changed in place since it was asked.
      expect(localDate(new Date(late.getTime()), 'Europe/Paris')).toBe('2026-11-25');
      const moved = new Date(late.getTime());
      expect(localDate(moved, 'UTC')).toBe('2026-11-24');
      moved.setUTCDate(30);
      expect(localDate(moved, 'UTC')).toBe('2026-11-30');
    }
    expect(() => localDate(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
  });

  it("reads the same day as the formatter's parts, across zones, years and changes of hour", () => {
    // One formatter per zone, one formatToParts per instant: building them for each part of each
    // instant took 2.4–3.2 s of CPU and timed out (5 s) on a loaded 2-core machine.
    const byParts = (format: Intl.DateTimeFormat, instant: Date) => {
      const parts = format.formatToParts(instant);
      const part = (type: string) => parts.find((p) => p.type === type)?.value;
      return `${part('year')}-${part('month')}-${part('day')}`;
    };
    for (const timeZone of [
      'Europe/Paris',
      'UTC',
      'America/Los_Angeles',
      'Pacific/Kiritimati',
      'Asia/Kolkata',
    ]) {
      const format = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2060, 0, 1); t += 86_400_000 * 37.3) {
        const instant = new Date(t);
        expect(localDate(instant, timeZone)).toBe(byParts(format, instant));
      }
    }
  });

  it.each([
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2026-11-24', true],
    ['24/11/2026', false],
  ])('isIsoDate(%s) is %s', (input, ok) => {
    expect(isIsoDate(input)).toBe(ok);
  });

  it.each([
    ['2026-11-24T12:30:00+01:00', true],
    ['2026-11-24T12:30:00Z', true],
    ['2026-11-24T12:30:00', false],
    ['2026-11-24', false],
    ['2026-11-24T25:30:00Z', false],
  ])('isInstantWithOffset(%s) is %s', (input, ok) => {
    expect(isInstantWithOffset(input)).toBe(ok);
  });

  it('knows IANA zones', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('walks days and months across boundaries', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(previousMonth('2026-01')).toBe('2025-12');
  });
});
