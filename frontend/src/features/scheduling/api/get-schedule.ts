import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';
import type { WeekDay } from '@/lib/time';

export type TimeRange = { start: string; end: string };
export type WeeklyInterval = TimeRange & { day: WeekDay };
export type DateOverride = { date: string; hours: TimeRange[] };
export type TimeOff = { id: string; start: string; end: string; reason: string | null };

export type Schedule = {
  timeZone: string;
  slotMinutes: number;
  bufferMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  weekly: WeeklyInterval[];
  overrides: DateOverride[];
  timeOff: TimeOff[];
};

export function scheduleQueryKey(doctorId: string) {
  return [...queryRoots.schedule, doctorId] as const;
}

export function getSchedule(doctorId: string, { signal }: { signal?: AbortSignal } = {}): Promise<Schedule> {
  return api.get<Schedule>(`/api/doctors/${encodeURIComponent(doctorId)}/schedule`, { signal });
}

export function getScheduleQueryOptions(doctorId: string) {
  return queryOptions({
    queryKey: scheduleQueryKey(doctorId),
    queryFn: ({ signal }) => getSchedule(doctorId, { signal }),
    // Callers that learn the doctor's id from another query pass "" until it is in.
    enabled: doctorId !== '',
  });
}

export function useSchedule(doctorId: string) {
  return useQuery(getScheduleQueryOptions(doctorId));
}
