/**
 * Calendar arithmetic in a named IANA time zone with nothing but `Intl`.
 *
 * A "date key" is an ISO calendar date ("2027-03-29") with no zone attached; instants are
 * `Date`s or ISO strings. Days are never 24 hours here: converting between the two always goes
 * through the zone's offset at that moment, so weeks across a DST change come out right.
 */

export type Instant = Date | string | number;

export function toDate(instant: Instant): Date {
  return instant instanceof Date ? instant : new Date(instant);
}

/** The zone the browser runs in, e.g. "Europe/Berlin". */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export type ZonedParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The wall-clock reading of an instant in a zone. */
export function zonedParts(instant: Instant, timeZone: string): ZonedParts {
  const parts: Record<string, number> = {};
  for (const { type, value } of partFormatter(timeZone).formatToParts(toDate(instant))) {
    if (type !== 'literal') parts[type] = Number(value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    // Some engines still say "24" for midnight even with h23.
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function keyOf(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function parseKey(dateKey: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateKey);
  if (!match) throw new RangeError(`Not an ISO date: ${dateKey}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The calendar date of an instant in a zone. */
export function dateKeyIn(instant: Instant, timeZone: string): string {
  const { year, month, day } = zonedParts(instant, timeZone);
  return keyOf(year, month, day);
}

/** "HH:mm" wall-clock time of an instant in a zone. */
export function timeIn(instant: Instant, timeZone: string): string {
  const { hour, minute } = zonedParts(instant, timeZone);
  return `${pad(hour)}:${pad(minute)}`;
}

/** Minutes since local midnight: where an instant sits on a day column. */
export function minutesIntoDay(instant: Instant, timeZone: string): number {
  const { hour, minute } = zonedParts(instant, timeZone);
  return hour * 60 + minute;
}

export function todayKey(timeZone: string, now: Instant = Date.now()): string {
  return dateKeyIn(now, timeZone);
}

export function addDays(dateKey: string, days: number): string {
  const [year, month, day] = parseKey(dateKey);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return keyOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(dateKey: string): number {
  const [year, month, day] = parseKey(dateKey);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The Monday on or before the date. */
export function startOfWeek(dateKey: string): string {
  return addDays(dateKey, 1 - isoWeekday(dateKey));
}

export function weekDays(weekStart: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
}

/** Offset of the zone from UTC at an instant, in minutes (Berlin in summer: +120). */
export function offsetMinutes(instant: Instant, timeZone: string): number {
  const date = toDate(instant);
  const { year, month, day, hour, minute, second } = zonedParts(date, timeZone);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const whole = Math.floor(date.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60_000);
}

/**
 * The instant a wall clock in the zone reads `time` on `dateKey`. A time skipped by a DST jump
 * resolves to the moment after the jump; a repeated one to its first occurrence.
 */
export function zonedTimeToInstant(dateKey: string, time: string, timeZone: string): Date {
  const [year, month, day] = parseKey(dateKey);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offsets a day either side: equal unless a DST change falls on this date.
  const candidates = [wall - 86_400_000, wall + 86_400_000].map((around) => {
    const offset = offsetMinutes(around, timeZone);
    const instant = wall - offset * 60_000;
    return { instant, valid: offsetMinutes(instant, timeZone) === offset };
  });
  const valid = candidates.filter((c) => c.valid).map((c) => c.instant);
  // Repeated time: its first occurrence. Skipped time: the instant just after the jump.
  return new Date(valid.length > 0 ? Math.min(...valid) : Math.max(...candidates.map((c) => c.instant)));
}

/** Midnight at the start of a date in a zone. */
export function startOfDayIn(dateKey: string, timeZone: string): Date {
  return zonedTimeToInstant(dateKey, '00:00', timeZone);
}

/** A date key rendered for people: formatting at noon UTC cannot slip to a neighbouring day. */
export function formatDateKey(dateKey: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  const [year, month, day] = parseKey(dateKey);
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day, 12)),
  );
}

/**
 * How every time of day reads, everywhere: the locale's own clock. en-US says "9:05 AM" and
 * "11:40 PM"; en-GB, de and fr say "9:05" and "23:40". Nothing shown to people is "HH:mm".
 */
export const TIME_OF_DAY: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

function timeFormatter(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let formatter = timeFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, ...TIME_OF_DAY });
    timeFormatters.set(key, formatter);
  }
  return formatter;
}

/** The time of day of an instant on the zone's clock, in the locale's words. */
export function formatTime(instant: Instant, timeZone: string, locale: string): string {
  return timeFormatter(locale, timeZone).format(toDate(instant));
}

/**
 * A wall-clock time with no date or zone ("09:00" from a schedule) in the locale's words:
 * "9:00 AM" or "9:00". Read on a UTC clock, so no offset can shift it.
 */
export function formatWallTime(time: string, locale: string): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return timeFormatter(locale, 'UTC').format(new Date(Date.UTC(2000, 0, 1, hour, minute)));
}

/** "9:00 AM–12:00 PM" for a schedule's interval. */
export function formatWallTimeRange(start: string, end: string, locale: string): string {
  return `${formatWallTime(start, locale)}–${formatWallTime(end, locale)}`;
}

export function formatDateTime(
  instant: Instant,
  timeZone: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
): string {
  return new Intl.DateTimeFormat(locale, { timeZone, ...options, ...TIME_OF_DAY }).format(toDate(instant));
}

/** "Berlin (GMT+2)": a zone people recognise, with its offset at that moment. */
export function describeTimeZone(timeZone: string, locale: string, at: Instant = Date.now()): string {
  const city = timeZone.split('/').pop()!.replaceAll('_', ' ');
  let offset = '';
  try {
    offset =
      new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'shortOffset' })
        .formatToParts(toDate(at))
        .find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    // Older engines lack shortOffset; the city alone still helps.
  }
  return offset ? `${city} (${offset})` : city;
}

/** Whether two zone names mean the same wall clock at this moment and around it. */
export function sameTimeZone(a: string, b: string): boolean {
  if (a === b) return true;
  const now = Date.now();
  const halfYear = 182 * 24 * 3_600_000;
  return [now, now + halfYear].every((at) => offsetMinutes(at, a) === offsetMinutes(at, b));
}

/** A `<input type="datetime-local">` value ("2027-03-29T09:00") as an instant in the zone. */
export function localInputToInstant(value: string, timeZone: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  if (!match) return null;
  return zonedTimeToInstant(match[1]!, match[2]!, timeZone);
}

/** The API's names for days of the week, Monday first like ISO. */
export const WEEK_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

/**
 * The locale to format dates and numbers in: the browser's own variant of the UI language when
 * it has one ("en-GB" reads 14:30 and 29/03), else the UI language itself.
 */
export function formatLocale(language: string): string {
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  const base = language.split('-')[0]!.toLowerCase();
  return preferred.find((tag) => tag.split('-')[0]!.toLowerCase() === base) ?? language;
}
