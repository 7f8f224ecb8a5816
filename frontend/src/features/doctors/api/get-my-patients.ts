import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type MyPatient = {
  id: string;
  fullName: string;
  email: string;
  phone: string | null;
  lastVisit: string | null;
  nextVisit: string | null;
};

export function getMyPatients({ signal }: { signal?: AbortSignal } = {}): Promise<MyPatient[]> {
  return api.get<MyPatient[]>('/api/doctors/me/patients', { signal });
}

export function getMyPatientsQueryOptions() {
  return queryOptions({
    queryKey: ['doctors', 'me', 'patients'],
    queryFn: ({ signal }) => getMyPatients({ signal }),
  });
}

export function useMyPatients() {
  return useQuery(getMyPatientsQueryOptions());
}
