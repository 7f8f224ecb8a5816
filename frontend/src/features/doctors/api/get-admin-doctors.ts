import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { DoctorView } from '@/features/doctors/api/get-doctor';

export type DoctorListingStatus = 'PENDING' | 'LISTED';
export type AdminDoctor = DoctorView & { listed: boolean; email: string };

export function getAdminDoctors(status: DoctorListingStatus, { signal }: { signal?: AbortSignal } = {}) {
  return api.get<AdminDoctor[]>('/api/admin/doctors', { params: { status }, signal });
}

export function getAdminDoctorsQueryOptions(status: DoctorListingStatus) {
  return queryOptions({
    queryKey: ['doctors', 'admin', status],
    queryFn: ({ signal }) => getAdminDoctors(status, { signal }),
  });
}

export function useAdminDoctors(status: DoctorListingStatus) {
  return useQuery(getAdminDoctorsQueryOptions(status));
}
