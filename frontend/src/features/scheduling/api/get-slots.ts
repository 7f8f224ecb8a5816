import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryRoots } from '@/lib/query-keys';

export type Slot = { start: string; end: string };

/** At most 31 days, inclusive dates in the doctor's zone (the server answers 400 beyond). */
export type SlotRange = { from: string; to: string };

export function getSlots(doctorId: string, { from, to }: SlotRange, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<Slot[]>(`/api/doctors/${encodeURIComponent(doctorId)}/slots`, { params: { from, to }, signal });
}

export function getSlotsQueryOptions(doctorId: string, range: SlotRange, { enabled = true }: { enabled?: boolean } = {}) {
  return queryOptions({
    enabled,
    queryKey: [...queryRoots.slots, doctorId, range.from, range.to],
    queryFn: ({ signal }) => getSlots(doctorId, range, { signal }),
    // Other patients book all the time: a slot list goes stale quickly.
    staleTime: 15_000,
  });
}

export function useSlots(doctorId: string, range: SlotRange, options: { enabled?: boolean } = {}) {
  return useQuery(getSlotsQueryOptions(doctorId, range, options));
}
