import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';
import type { Appointment } from '@/features/appointments/api/get-appointments';

export function getAppointment(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<Appointment> {
  return api.get<Appointment>(`/api/appointments/${encodeURIComponent(id)}`, { signal });
}

export function getAppointmentQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...queryRoots.appointments, 'detail', id],
    queryFn: ({ signal }) => getAppointment(id, { signal }),
    // Callers that learn the id from another query pass "" until it is in.
    enabled: id !== '',
  });
}

export function useAppointment(id: string) {
  return useQuery(getAppointmentQueryOptions(id));
}
