import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { queryRoots } from '@/lib/query-keys';
import type { Appointment } from '@/features/appointments/api/get-appointments';

/** The doctor (or an admin) accepts a pending booking. An illegal move for the current status answers 409. */
export function confirmAppointment(id: string): Promise<Appointment> {
  return api.post<Appointment>(`/api/appointments/${encodeURIComponent(id)}/confirm`);
}

export function useConfirmAppointment() {
  return useApiMutation(confirmAppointment, { invalidates: [queryRoots.notifications, queryRoots.appointments], awaitRefetch: true });
}
