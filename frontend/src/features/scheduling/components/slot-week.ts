import type { Slot, SlotRange } from '@/features/scheduling/api/get-slots';
import { addDays, dateKeyIn, startOfDayIn, startOfWeek, todayKey, toDate, weekDays } from '@/lib/time';

export type SlotDay = { date: string; slots: Slot[] };

/**
 * The doctor-zone dates to ask for so that every slot of the viewer's week comes back. The
 * viewer's Monday 00:00 to next Monday 00:00 may start or end on another date in the doctor's
 * zone, so the range can be one day longer than the week (never more than 8 days).
 */
export function slotRangeForWeek(weekStart: string, viewerTimeZone: string, doctorTimeZone: string): SlotRange {
  const start = startOfDayIn(weekStart, viewerTimeZone);
  const end = startOfDayIn(addDays(weekStart, 7), viewerTimeZone);
  return {
    from: dateKeyIn(start, doctorTimeZone),
    to: dateKeyIn(new Date(end.getTime() - 1), doctorTimeZone),
  };
}

/** Seven days from `weekStart` in the viewer's zone, each with its slots in time order. */
export function groupSlotsByDay(slots: Slot[], weekStart: string, viewerTimeZone: string): SlotDay[] {
  const days = weekDays(weekStart).map((date) => ({ date, slots: [] as Slot[] }));
  const byDate = new Map(days.map((day) => [day.date, day]));
  const sorted = [...slots].sort((a, b) => toDate(a.start).getTime() - toDate(b.start).getTime());
  for (const slot of sorted) {
    byDate.get(dateKeyIn(slot.start, viewerTimeZone))?.slots.push(slot);
  }
  return days;
}

/** The week to open on: the one holding the next free slot when known, else this week. */
export function initialWeekStart(viewerTimeZone: string, nextFreeSlot?: string | null, now: number = Date.now()): string {
  const thisWeek = startOfWeek(todayKey(viewerTimeZone, now));
  if (!nextFreeSlot) return thisWeek;
  const slotWeek = startOfWeek(dateKeyIn(nextFreeSlot, viewerTimeZone));
  return slotWeek > thisWeek ? slotWeek : thisWeek;
}
