import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** `GET /api/clinic` (public): who runs this CareSlot and how to reach them. */
export type Clinic = { name: string; phone: string | null; timeZone: string };

export const clinicQueryKey = ['clinic'] as const;

export function getClinic({ signal }: { signal?: AbortSignal } = {}): Promise<Clinic> {
  return api.get<Clinic>('/api/clinic', { signal });
}

export function getClinicQueryOptions() {
  return queryOptions({
    queryKey: clinicQueryKey,
    queryFn: ({ signal }) => getClinic({ signal }),
    staleTime: 10 * 60_000,
  });
}

export function useClinic() {
  return useQuery(getClinicQueryOptions());
}
