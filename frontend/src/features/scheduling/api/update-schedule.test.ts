import { describe, expect, it } from 'vitest';
import { WEEK_DAYS } from '@/lib/time';
import {
  flattenWeekly,
  scheduleFieldPath,
  toScheduleFormValues,
  updateScheduleInputSchema,
  type ScheduleFormValues,
} from '@/features/scheduling/api/update-schedule';

const days = (hours: Partial<Record<(typeof WEEK_DAYS)[number], [string, string][]>>) =>
  WEEK_DAYS.map((day) => ({ day, intervals: (hours[day] ?? []).map(([start, end]) => ({ start, end })) }));

const base: ScheduleFormValues = {
  timeZone: 'Europe/Berlin',
  slotMinutes: 20,
  bufferMinutes: '',
  minNoticeMinutes: 60,
  horizonDays: '',
  days: days({ MONDAY: [['08:00', '12:00'], ['13:00', '16:00']], TUESDAY: [['09:00', '12:00']] }),
};

describe('schedule form ↔ API', () => {
  it('flattens the week Monday first and leaves blank rules out', () => {
    const parsed = updateScheduleInputSchema.parse(base);
    expect(parsed).toEqual({
      timeZone: 'Europe/Berlin',
      slotMinutes: 20,
      minNoticeMinutes: 60,
      weekly: [
        { day: 'MONDAY', start: '08:00', end: '12:00' },
        { day: 'MONDAY', start: '13:00', end: '16:00' },
        { day: 'TUESDAY', start: '09:00', end: '12:00' },
      ],
    });
  });

  it('groups the API’s weekly list into seven sorted rows', () => {
    const values = toScheduleFormValues({
      timeZone: 'Europe/Berlin',
      slotMinutes: 20,
      bufferMinutes: 0,
      minNoticeMinutes: 60,
      horizonDays: 90,
      weekly: [
        { day: 'FRIDAY', start: '13:00:00', end: '16:00:00' },
        { day: 'FRIDAY', start: '08:00', end: '12:00' },
      ],
      overrides: [],
      timeOff: [],
    });
    expect(values.days[4]!.intervals).toEqual([
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '16:00' },
    ]);
    expect(values.days.filter((d) => d.intervals.length === 0)).toHaveLength(6);
    expect(flattenWeekly(values.days)).toHaveLength(2);
  });

  it('maps "weekly[i].field" errors back to the day and interval that were sent', () => {
    expect(scheduleFieldPath(base.days, 'weekly[0].start')).toBe('days.0.intervals.0.start');
    expect(scheduleFieldPath(base.days, 'weekly[1].end')).toBe('days.0.intervals.1.end');
    // The third entry sent is Tuesday's first interval.
    expect(scheduleFieldPath(base.days, 'weekly[2].end')).toBe('days.1.intervals.0.end');
    expect(scheduleFieldPath(base.days, 'weekly[2].day')).toBe('days.1.intervals.0.start');
    expect(scheduleFieldPath(base.days, 'weekly[2]')).toBe('days.1.intervals.0.start');
    expect(scheduleFieldPath(base.days, 'weekly[9].end')).toBe('weekly');
    expect(scheduleFieldPath(base.days, 'weekly')).toBe('weekly');
    expect(scheduleFieldPath(base.days, 'slotMinutes')).toBe('slotMinutes');
    expect(scheduleFieldPath(base.days, 'somethingElse')).toBeUndefined();
  });

  it('rejects an end before its start, overlaps, too-short intervals and bad rules', () => {
    const result = updateScheduleInputSchema.safeParse({
      ...base,
      slotMinutes: 30,
      horizonDays: 0,
      days: days({ MONDAY: [['12:00', '08:00'], ['09:00', '11:00'], ['10:30', '12:00']], WEDNESDAY: [['09:00', '09:15']] }),
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        'horizonDays: editor.validation.horizonRange',
        'days.0.intervals.0.end: editor.validation.endBeforeStart',
        'days.0.intervals.2.start: editor.validation.overlap',
        'days.2.intervals.0.end: editor.validation.shorterThanSlot',
      ]),
    );
  });
});
