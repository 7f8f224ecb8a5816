import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { queryRoots } from '@/lib/query-keys';
import { scheduleQueryKey } from '@/features/scheduling/api/get-schedule';

export function deleteTimeOff(doctorId: string, timeOffId: string): Promise<void> {
  return api.delete<void>(`/api/doctors/${encodeURIComponent(doctorId)}/time-off/${encodeURIComponent(timeOffId)}`);
}

export function useDeleteTimeOff(doctorId: string) {
  return useApiMutation((timeOffId: string) => deleteTimeOff(doctorId, timeOffId), { invalidates: [scheduleQueryKey(doctorId), [...queryRoots.slots, doctorId]] });
}
