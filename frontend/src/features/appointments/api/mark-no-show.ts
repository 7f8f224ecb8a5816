import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { queryRoots } from '@/lib/query-keys';
import type { Appointment } from '@/features/appointments/api/get-appointments';

/** The patient did not come. An illegal move for the current status answers 409. */
export function markNoShow(id: string): Promise<Appointment> {
  return api.post<Appointment>(`/api/appointments/${encodeURIComponent(id)}/no-show`);
}

export function useMarkNoShow() {
  return useApiMutation(markNoShow, { invalidates: [queryRoots.appointments], awaitRefetch: true });
}
