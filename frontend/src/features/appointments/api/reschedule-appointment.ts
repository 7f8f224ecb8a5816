import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';
import type { Appointment } from '@/features/appointments/api/get-appointments';

/** Atomic on the server: the old time is freed only once the new one is taken. */
export function rescheduleAppointment(id: string, start: string): Promise<Appointment> {
  return api.post<Appointment>(`/api/appointments/${encodeURIComponent(id)}/reschedule`, { start });
}

export function useRescheduleAppointment({ onSuccess }: { onSuccess?: (appointment: Appointment) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, start }: { id: string; start: string }) => rescheduleAppointment(id, start),
    onSuccess: (appointment) => {
      void queryClient.invalidateQueries({ queryKey: queryRoots.appointments });
      void queryClient.invalidateQueries({ queryKey: queryRoots.notifications });
      onSuccess?.(appointment);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryRoots.slots });
      void queryClient.invalidateQueries({ queryKey: queryRoots.doctors });
    },
  });
}
