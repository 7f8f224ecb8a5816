import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { queryRoots } from '@/lib/query-keys';
import type { Appointment } from '@/features/appointments/api/get-appointments';

/** Atomic on the server: the old time is freed only once the new one is taken. */
export function rescheduleAppointment(id: string, start: string): Promise<Appointment> {
  return api.post<Appointment>(`/api/appointments/${encodeURIComponent(id)}/reschedule`, { start });
}

export function useRescheduleAppointment({ onSuccess }: { onSuccess?: (appointment: Appointment) => void } = {}) {
  return useApiMutation(({ id, start }: { id: string; start: string }) => rescheduleAppointment(id, start), {
    invalidates: [queryRoots.appointments, queryRoots.notifications],
    invalidatesSettled: [queryRoots.slots, queryRoots.doctors],
    onSuccess,
  });
}
