import { afterEach, describe, expect, it } from 'vitest';
import { isoWithOffset, localMonth } from './time.ts';

// Node reads TZ again whenever it is assigned: each case runs in its zone, whatever the machine's.
const machineZone = process.env.TZ;
afterEach(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe('isoWithOffset', () => {
  const instant = new Date('2026-11-24T11:30:00.250Z');
  it.each([
    // Summer time in the Chatham Islands: ahead by 13 h 45, already the next day.
    ['Pacific/Chatham', '2026-11-25T01:15:00.250+13:45'],
    // Newfoundland in winter: behind by 3 h 30 (the half hour keeps the sign of the hours).
    ['America/St_Johns', '2026-11-24T08:00:00.250-03:30'],
    ['Asia/Kolkata', '2026-11-24T17:00:00.250+05:30'],
    ['Europe/Paris', '2026-11-24T12:30:00.250+01:00'],
    ['America/Los_Angeles', '2026-11-24T03:30:00.250-08:00'],
    ['UTC', '2026-11-24T11:30:00.250+00:00'],
  ])('writes the local time with its offset in %s', (zone, expected) => {
    process.env.TZ = zone;
    expect(isoWithOffset(instant)).toBe(expected);
    // The same instant, read back.
    expect(Date.parse(isoWithOffset(instant))).toBe(instant.getTime());
  });

  it('pads the date and time fields of a small instant', () => {
    process.env.TZ = 'America/St_Johns';
    expect(isoWithOffset(new Date('2026-01-02T03:04:05.006Z'))).toBe('2026-01-01T23:34:05.006-03:30');
  });
});

describe('localMonth', () => {
  it.each([
    // Already 1 December on the Chatham Islands while UTC is still in November.
    ['Pacific/Chatham', '2026-11-30T11:00:00Z', '2026-12'],
    // Still 31 December in Newfoundland while UTC is in the new year.
    ['America/St_Johns', '2027-01-01T02:00:00Z', '2026-12'],
    ['UTC', '2026-11-30T11:00:00Z', '2026-11'],
  ])('in %s at %s it is %s', (zone, instant, month) => {
    process.env.TZ = zone;
    expect(localMonth(new Date(instant))).toBe(month);
  });
});
