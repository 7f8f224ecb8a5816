import { api } from '@/lib/api-client';
import { useApiMutation } from '@/lib/api-mutation';
import { queryRoots } from '@/lib/query-keys';
import { scheduleQueryKey } from '@/features/scheduling/api/get-schedule';

/** Back to the weekly hours on that date. */
export function deleteDateOverride(doctorId: string, date: string): Promise<void> {
  return api.delete<void>(`/api/doctors/${encodeURIComponent(doctorId)}/overrides/${encodeURIComponent(date)}`);
}

export function useDeleteDateOverride(doctorId: string) {
  return useApiMutation((date: string) => deleteDateOverride(doctorId, date), { invalidates: [scheduleQueryKey(doctorId), [...queryRoots.slots, doctorId]] });
}
