import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { queryRoots } from '@/lib/query-keys';
import type { Appointment } from '@/features/appointments/api/get-appointments';

/** The visit happened. An illegal move for the current status answers 409. */
export function completeAppointment(id: string): Promise<Appointment> {
  return api.post<Appointment>(`/api/appointments/${encodeURIComponent(id)}/complete`);
}

export function useCompleteAppointment() {
  return useApiMutation(completeAppointment, { invalidates: [queryRoots.appointments], awaitRefetch: true });
}
