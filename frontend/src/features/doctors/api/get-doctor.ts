import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { WeekDay } from '@/lib/time';
import type { DoctorSummary } from '@/features/doctors/api/get-doctors';

export type WeeklyHours = { day: WeekDay; start: string; end: string };

export type DoctorView = DoctorSummary & {
  userId: string;
  prepaymentRequired: boolean;
  slotMinutes: number;
  weeklyHours: WeeklyHours[];
};

export function getDoctor(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<DoctorView> {
  return api.get<DoctorView>(`/api/doctors/${encodeURIComponent(id)}`, { signal });
}

export function getDoctorQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['doctors', 'detail', id],
    queryFn: ({ signal }) => getDoctor(id, { signal }),
  });
}

export function useDoctor(id: string) {
  return useQuery(getDoctorQueryOptions(id));
}
