import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateKeyIn,
  isoWeekday,
  localInputToInstant,
  offsetMinutes,
  startOfWeek,
  timeIn,
  zonedTimeToInstant,
} from '@/lib/time';

describe('time', () => {
  it('reads the calendar date of an instant in a zone', () => {
    // 23:30 UTC on the 28th is already the 29th in Berlin (CEST, UTC+2).
    expect(dateKeyIn('2027-03-28T23:30:00Z', 'Europe/Berlin')).toBe('2027-03-29');
    expect(dateKeyIn('2027-03-28T23:30:00Z', 'America/New_York')).toBe('2027-03-28');
  });

  it('does calendar arithmetic without 24-hour days', () => {
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(isoWeekday('2027-03-29')).toBe(1);
    expect(isoWeekday('2027-03-28')).toBe(7);
    expect(startOfWeek('2027-03-28')).toBe('2027-03-22');
    expect(startOfWeek('2027-03-29')).toBe('2027-03-29');
  });

  it('turns a wall-clock time into an instant on both sides of a DST change', () => {
    expect(zonedTimeToInstant('2027-03-27', '09:00', 'Europe/Berlin').toISOString()).toBe('2027-03-27T08:00:00.000Z');
    expect(zonedTimeToInstant('2027-03-29', '09:00', 'Europe/Berlin').toISOString()).toBe('2027-03-29T07:00:00.000Z');
    expect(offsetMinutes('2027-03-29T07:00:00Z', 'Europe/Berlin')).toBe(120);
  });

  it('resolves a skipped time to after the jump and a repeated one to its first occurrence', () => {
    // 02:30 does not exist in Berlin on 28 March 2027; 02:30 happens twice on 31 October 2027.
    expect(timeIn(zonedTimeToInstant('2027-03-28', '02:30', 'Europe/Berlin'), 'Europe/Berlin')).toBe('03:30');
    expect(zonedTimeToInstant('2027-10-31', '02:30', 'Europe/Berlin').toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('reads datetime-local input in the given zone', () => {
    expect(localInputToInstant('2027-07-01T08:15', 'Europe/Berlin')?.toISOString()).toBe('2027-07-01T06:15:00.000Z');
    expect(localInputToInstant('', 'Europe/Berlin')).toBeNull();
  });
});
