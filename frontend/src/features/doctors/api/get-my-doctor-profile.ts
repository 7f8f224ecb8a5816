import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { DoctorView } from '@/features/doctors/api/get-doctor';

/** The signed-in doctor's own profile (DOCTOR only): where their id and zone come from. */
export function getMyDoctorProfile({ signal }: { signal?: AbortSignal } = {}): Promise<DoctorView> {
  return api.get<DoctorView>('/api/doctors/me', { signal });
}

export function getMyDoctorProfileQueryOptions() {
  return queryOptions({
    queryKey: ['doctors', 'me'],
    queryFn: ({ signal }) => getMyDoctorProfile({ signal }),
  });
}

export function useMyDoctorProfile() {
  return useQuery(getMyDoctorProfileQueryOptions());
}
