import { addDays, dateKeyIn, isoWeekday, minutesIntoDay, startOfDayIn, toDate, WEEK_DAYS, zonedTimeToInstant, type WeekDay } from '@/lib/time';

/**
 * What the calendar needs of the doctor's schedule (the shape of `GET /api/doctors/{id}/schedule`):
 * weekly hours and date overrides on the schedule's own clock, and time off as instants.
 */
export type CalendarAvailability = {
  timeZone: string;
  weekly: { day: WeekDay; start: string; end: string }[];
  /** Replace the weekly hours on their date; `hours: []` closes the day. */
  overrides: { date: string; hours: { start: string; end: string }[] }[];
  timeOff: { id: string; start: string; end: string; reason: string | null }[];
};

/** A stretch of one displayed day, in minutes from its midnight: [start, end), end at most 1440. */
export type DayBand = { start: number; end: number };
export type TimeOffBand = DayBand & { id: string; reason: string | null };

type Range = { from: number; to: number };

function dayRange(day: string, zone: string): Range {
  return { from: startOfDayIn(day, zone).getTime(), to: startOfDayIn(addDays(day, 1), zone).getTime() };
}

/** The part of [from, to) inside the displayed day, as minutes on the display zone's clock. */
function clip({ from, to }: Range, day: Range, zone: string): DayBand | null {
  const start = Math.max(from, day.from);
  const end = Math.min(to, day.to);
  if (end <= start) return null;
  return { start: minutesIntoDay(start, zone), end: end >= day.to ? 24 * 60 : minutesIntoDay(end, zone) };
}

function hoursOn(date: string, availability: CalendarAvailability): { start: string; end: string }[] {
  const override = availability.overrides.find((o) => o.date === date);
  if (override) return override.hours;
  const weekday: WeekDay = WEEK_DAYS[isoWeekday(date) - 1]!;
  return availability.weekly.filter((interval) => interval.day === weekday);
}

/**
 * The doctor's working hours on `day` as seen on the `zone` clock the calendar is drawn in. The
 * schedule's dates either side are looked at too: across zones an evening shift can spill over.
 */
export function workingBands(availability: CalendarAvailability, day: string, zone: string): DayBand[] {
  const range = dayRange(day, zone);
  const scheduleZone = availability.timeZone;
  const first = addDays(dateKeyIn(range.from, scheduleZone), -1);
  const last = addDays(dateKeyIn(range.to - 1, scheduleZone), 1);
  const bands: DayBand[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) {
    for (const { start, end } of hoursOn(date, availability)) {
      const from = zonedTimeToInstant(date, start.slice(0, 5), scheduleZone).getTime();
      const to = zonedTimeToInstant(date, end.slice(0, 5), scheduleZone).getTime();
      const band = clip({ from, to }, range, zone);
      if (band) bands.push(band);
    }
  }
  return bands.sort((a, b) => a.start - b.start);
}

/** Time off that touches `day`, clipped to it. */
export function timeOffBands(availability: CalendarAvailability, day: string, zone: string): TimeOffBand[] {
  const range = dayRange(day, zone);
  return availability.timeOff
    .map((entry) => {
      const band = clip({ from: toDate(entry.start).getTime(), to: toDate(entry.end).getTime() }, range, zone);
      return band ? { ...band, id: entry.id, reason: entry.reason } : null;
    })
    .filter((band): band is TimeOffBand => band !== null)
    .sort((a, b) => a.start - b.start);
}
