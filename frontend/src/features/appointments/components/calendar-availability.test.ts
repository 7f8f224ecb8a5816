import { describe, expect, it } from 'vitest';
import { timeOffBands, workingBands, type CalendarAvailability } from '@/features/appointments/components/calendar-availability';

const availability: CalendarAvailability = {
  timeZone: 'Europe/Berlin',
  weekly: [
    { day: 'MONDAY', start: '09:00', end: '12:00' },
    { day: 'MONDAY', start: '14:00', end: '17:00' },
    { day: 'TUESDAY', start: '09:00', end: '12:00' },
    { day: 'WEDNESDAY', start: '09:00', end: '12:00' },
  ],
  overrides: [
    { date: '2027-03-30', hours: [{ start: '13:00', end: '15:00' }] },
    { date: '2027-03-31', hours: [] },
  ],
  timeOff: [{ id: 't1', start: '2027-03-29T14:00:00Z', end: '2027-03-30T08:00:00Z', reason: 'Training' }],
};

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const show = (bands: { start: number; end: number }[]) => bands.map((b) => `${hhmm(b.start)}–${hhmm(b.end)}`);

describe('calendar availability', () => {
  it('reads the weekly hours of the day', () => {
    expect(show(workingBands(availability, '2027-03-29', 'Europe/Berlin'))).toEqual(['09:00–12:00', '14:00–17:00']);
  });

  it('lets an override replace the weekly hours, and an empty one close the day', () => {
    expect(show(workingBands(availability, '2027-03-30', 'Europe/Berlin'))).toEqual(['13:00–15:00']);
    expect(workingBands(availability, '2027-03-31', 'Europe/Berlin')).toEqual([]);
  });

  it('shifts the hours onto the clock the calendar is drawn in', () => {
    // Berlin is UTC+2 after 28 March 2027; New York UTC-4.
    expect(show(workingBands(availability, '2027-03-29', 'America/New_York'))).toEqual(['03:00–06:00', '08:00–11:00']);
  });

  it('clips time off to each day it covers', () => {
    expect(timeOffBands(availability, '2027-03-29', 'Europe/Berlin').map((b) => [hhmm(b.start), hhmm(b.end), b.reason])).toEqual([['16:00', '24:00', 'Training']]);
    expect(show(timeOffBands(availability, '2027-03-30', 'Europe/Berlin'))).toEqual(['00:00–10:00']);
    expect(timeOffBands(availability, '2027-03-31', 'Europe/Berlin')).toEqual([]);
  });
});
