import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/**
 * What of `GET /api/config` (public) the clinic-wide notices need. The appointments feature reads
 * the booking rules of the same answer under the same key, so it is fetched once.
 */
export type ClinicModes = { demoClinic?: boolean; paymentsTestMode?: boolean };

export function getClinicModes({ signal }: { signal?: AbortSignal } = {}): Promise<ClinicModes> {
  return api.get<ClinicModes>('/api/config', { signal });
}

export function getClinicModesQueryOptions() {
  return queryOptions({
    queryKey: ['config'],
    queryFn: ({ signal }) => getClinicModes({ signal }),
    staleTime: 60 * 60_000,
  });
}

export function useClinicModes() {
  return useQuery(getClinicModesQueryOptions());
}
