import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';
import { scheduleQueryKey } from '@/features/scheduling/api/get-schedule';

export function deleteTimeOff(doctorId: string, timeOffId: string): Promise<void> {
  return api.delete<void>(`/api/doctors/${encodeURIComponent(doctorId)}/time-off/${encodeURIComponent(timeOffId)}`);
}

export function useDeleteTimeOff(doctorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (timeOffId: string) => deleteTimeOff(doctorId, timeOffId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: scheduleQueryKey(doctorId) });
      void queryClient.invalidateQueries({ queryKey: [...queryRoots.slots, doctorId] });
    },
  });
}
