import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function getSpecialties({ signal }: { signal?: AbortSignal } = {}): Promise<string[]> {
  return api.get<string[]>('/api/doctors/specialties', { signal });
}

export function getSpecialtiesQueryOptions() {
  return queryOptions({
    queryKey: ['doctors', 'specialties'],
    queryFn: ({ signal }) => getSpecialties({ signal }),
    staleTime: 10 * 60_000,
  });
}

export function useSpecialties() {
  return useQuery(getSpecialtiesQueryOptions());
}
