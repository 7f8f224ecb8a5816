import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateKeyIn,
  formatDateTime,
  formatTime,
  formatWallTime,
  formatWallTimeRange,
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

  it('gives every time one clock per locale: 12-hour in en-US, 24-hour in en-GB, de and fr', () => {
    const morning = '2027-03-29T09:05:00Z';
    const evening = '2027-03-29T23:40:00Z';
    expect(formatTime(morning, 'UTC', 'en-US')).toBe('9:05 AM');
    expect(formatTime(evening, 'UTC', 'en-US')).toBe('11:40 PM');
    for (const locale of ['en-GB', 'de', 'fr']) {
      expect(formatTime(evening, 'UTC', locale)).toBe('23:40');
      expect(formatTime(morning, 'UTC', locale)).toMatch(/^0?9:05$/);
    }
    // Schedules' wall-clock times ("usual hours", the calendar's axis) read the same way.
    expect(formatWallTime('13:30', 'en-US')).toBe('1:30 PM');
    expect(formatWallTime('13:30', 'de')).toBe('13:30');
    expect(formatWallTimeRange('09:00', '12:00', 'en-US')).toBe('9:00 AM–12:00 PM');
    // Dates with a time carry the same clock.
    expect(formatDateTime(evening, 'UTC', 'en-US')).toContain('11:40 PM');
    expect(formatDateTime(evening, 'UTC', 'en-GB')).toContain('23:40');
  });
});
